package stageflow.store.mapdb;

import static stageflow.store.mapdb.RecordCodec.read;
import static stageflow.store.mapdb.RecordCodec.string;
import static stageflow.store.mapdb.RecordCodec.version;
import static stageflow.store.mapdb.RecordCodec.write;

import java.util.ArrayList;
import java.util.List;

import stageflow.store.spi.DeliveryRecord;
import stageflow.store.spi.WebhookRecord;

/** Webhook endpoints and their deliveries as bytes, versioned like every record ({@link RecordCodec}). */
final class OutboxCodec {
    private OutboxCodec() {
    }

    static byte[] webhook(WebhookRecord w) {
        return write(out -> {
            out.writeByte(RecordCodec.V1);
            string(out, w.id());
            string(out, w.url());
            string(out, w.secret());
            out.writeInt(w.events().size());
            for (String event : w.events()) {
                string(out, event);
            }
            out.writeLong(w.created());
        });
    }

    static WebhookRecord webhook(byte[] bytes) {
        return read(bytes, in -> {
            version(in);
            String id = string(in);
            String url = string(in);
            String secret = string(in);
            int n = in.readInt();
            List<String> events = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                events.add(string(in));
            }
            return new WebhookRecord(id, url, secret, events, in.readLong());
        });
    }

    static byte[] delivery(DeliveryRecord d) {
        return write(out -> {
            out.writeByte(RecordCodec.V1);
            string(out, d.id());
            string(out, d.endpoint());
            out.writeLong(d.number());
            string(out, d.type());
            string(out, d.campaign());
            out.writeLong(d.seq());
            string(out, d.body());
            string(out, d.status());
            out.writeInt(d.attempts());
            out.writeInt(d.lastStatus());
            out.writeLong(d.next());
            out.writeLong(d.created());
        });
    }

    static DeliveryRecord delivery(byte[] bytes) {
        return read(bytes, in -> {
            version(in);
            return new DeliveryRecord(string(in), string(in), in.readLong(), string(in), string(in), in.readLong(),
                    string(in), string(in), in.readInt(), in.readInt(), in.readLong(), in.readLong());
        });
    }
}
