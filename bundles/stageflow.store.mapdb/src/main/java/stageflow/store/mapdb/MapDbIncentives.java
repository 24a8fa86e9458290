package stageflow.store.mapdb;

import static stageflow.store.mapdb.RecordCodec.read;
import static stageflow.store.mapdb.RecordCodec.string;
import static stageflow.store.mapdb.RecordCodec.version;
import static stageflow.store.mapdb.RecordCodec.write;

import java.util.List;

import stageflow.store.spi.IncentiveRecord;

/**
 * Incentives in the store's maps, keyed like deliverables by (campaign, owner, id), the owner empty for the
 * campaign-level list, so one influencer's incentives are one range read; their bytes versioned like every record.
 */
final class MapDbIncentives {
    private final StoreMaps maps;
    private final Counters counters;

    MapDbIncentives(StoreMaps maps, Counters counters) {
        this.maps = maps;
        this.counters = counters;
    }

    List<IncentiveRecord> incentives(String campaign, String influencer) {
        String prefix = Keys.deliverableOwner(campaign, influencer);
        return maps.incentives().subMap(prefix, true, Keys.end(prefix), false).values().stream()
                .map(MapDbIncentives::decode).toList();
    }

    void put(IncentiveRecord i) {
        maps.incentives().put(Keys.deliverable(i.campaign(), i.influencer(), i.id()), encode(i));
    }

    long next(String campaign) {
        return counters.next(Keys.of("incentive", campaign));
    }

    void deleteCampaign(String campaign) {
        String prefix = Keys.prefix(campaign);
        maps.incentives().subMap(prefix, true, Keys.end(prefix), false).clear();
        counters.remove(Keys.of("incentive", campaign));
    }

    static byte[] encode(IncentiveRecord i) {
        return write(out -> {
            out.writeByte(RecordCodec.V1);
            string(out, i.campaign());
            string(out, i.influencer());
            string(out, i.id());
            string(out, i.kind());
            string(out, i.amount());
            string(out, i.currency());
            string(out, i.stage());
            out.writeBoolean(i.integrated());
            string(out, i.description());
            string(out, i.status());
            string(out, i.reference());
            out.writeBoolean(i.fromCampaign());
        });
    }

    static IncentiveRecord decode(byte[] bytes) {
        return read(bytes, in -> {
            version(in);
            return new IncentiveRecord(string(in), string(in), string(in), string(in), string(in), string(in),
                    string(in), in.readBoolean(), string(in), string(in), string(in), in.readBoolean());
        });
    }
}
