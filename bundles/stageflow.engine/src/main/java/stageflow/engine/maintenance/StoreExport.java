package stageflow.engine.maintenance;

import java.io.IOException;
import java.io.Writer;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.stream.JsonWriter;

import stageflow.store.spi.CampaignRecord;
import stageflow.store.spi.JournalRecord;
import stageflow.store.spi.ParticipationRecord;
import stageflow.store.spi.StageSlot;
import stageflow.store.spi.StoreReader;

/**
 * Everything stored, as one JSON document in a fixed order (campaigns by id, influencers by id, journals in
 * sequence), written as it is read: two exports of the same content are the same bytes, so comparing them shows
 * whether anything changed.
 */
final class StoreExport {
    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private StoreExport() {
    }

    static void write(StoreReader tx, Writer out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.beginObject().name("format").value("stageflow-export-1").name("campaigns").beginArray();
        for (CampaignRecord c : tx.campaigns()) {
            json.beginObject().name("campaign");
            GSON.toJson(c, CampaignRecord.class, json);
            json.name("members").value(tx.members(c.id()));
            json.name("stages").beginArray();
            for (StageSlot slot : c.workflow()) {
                json.beginObject().name("stage").value(slot.stage()).name("count").value(tx.count(c.id(), slot.stage()))
                        .name("entered").value(tx.entered(c.id(), slot.stage())).endObject();
            }
            json.endArray();
            json.name("deliverables");
            GSON.toJson(tx.deliverables(c.id(), null), java.util.List.class, json);
            json.name("incentives");
            GSON.toJson(tx.incentives(c.id(), null), java.util.List.class, json);
            json.name("influencers").beginArray();
            for (ParticipationRecord p : tx.participations(c.id())) {
                json.beginObject().name("participation");
                GSON.toJson(p, ParticipationRecord.class, json);
                json.name("data");
                GSON.toJson(tx.data(c.id(), p.influencer()), java.util.Map.class, json);
                json.name("deliverables");
                GSON.toJson(tx.deliverables(c.id(), p.influencer()), java.util.List.class, json);
                json.name("drafts");
                GSON.toJson(tx.drafts(c.id(), p.influencer()), java.util.List.class, json);
                json.name("incentives");
                GSON.toJson(tx.incentives(c.id(), p.influencer()), java.util.List.class, json);
                json.endObject();
            }
            json.endArray();
            json.name("journal");
            GSON.toJson(tx.journal(c.id(), null), java.util.List.class, json);
            // the templates operators set and every message queued (M-1..M-3)
            json.name("templates");
            GSON.toJson(tx.templates(c.id()), java.util.List.class, json);
            json.name("messages");
            GSON.toJson(tx.messages(c.id(), null), java.util.List.class, json);
            json.endObject();
        }
        json.endArray();
        // who may use the remote console, and every grant and revocation
        json.name("access").beginObject().name("grants");
        GSON.toJson(tx.accessRecords(), java.util.List.class, json);
        json.name("journal");
        GSON.toJson(tx.journal(JournalRecord.ACCESS_JOURNAL, null), java.util.List.class, json);
        json.endObject().endObject();
        json.flush();
    }
}
