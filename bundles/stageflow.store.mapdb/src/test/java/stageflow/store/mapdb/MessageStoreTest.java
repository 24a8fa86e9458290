package stageflow.store.mapdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import stageflow.api.CampaignStatus;
import stageflow.store.spi.CampaignRecord;
import stageflow.store.spi.MessageRecord;
import stageflow.store.spi.TemplateRecord;

/** Templates and message outboxes on MapDB on disk (workflow-spec M-1, M-3). */
class MessageStoreTest {
    @TempDir
    Path dir;

    @TempDir
    Path copy;

    private MapDbStore store;

    @BeforeEach
    void open() {
        store = new MapDbStore(dir);
        store.write(tx -> {
            tx.putCampaign(new CampaignRecord("c1", "One", CampaignStatus.LIVE, 1L, List.of()));
            tx.putCampaign(new CampaignRecord("c2", "Two", CampaignStatus.LIVE, 1L, List.of()));
            return null;
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    static MessageRecord message(String campaign, String influencer, String trigger) {
        return new MessageRecord(campaign, 0, "invitation", trigger, influencer, influencer + "@example.com", "s",
                "b", MessageRecord.QUEUED, 0, null, 10L, 10L);
    }

    private List<MessageRecord> queued(String campaign) {
        return store.read(tx -> tx.queuedMessages(campaign, 10));
    }

    private List<MessageRecord> messages(String campaign, String influencer) {
        return store.read(tx -> tx.messages(campaign, influencer));
    }

    private java.util.Optional<MessageRecord> message(String campaign, long number) {
        return store.read(tx -> tx.message(campaign, number));
    }

    private boolean triggered(String campaign, String influencer, String template) {
        return store.read(tx -> tx.triggered(campaign, influencer, template));
    }

    private List<TemplateRecord> templates(String campaign) {
        return store.read(tx -> tx.templates(campaign));
    }

    private MessageRecord put(MessageRecord m) {
        return store.write(tx -> tx.putMessage(m));
    }

    @Test
    @DisplayName("M-3 each campaign numbers its messages from 1; the queued index gives them in order without a scan")
    void numbered() {
        assertThat(put(message("c1", "ana", "stage-entry")).id()).isEqualTo("m1");
        assertThat(put(message("c2", "ana", "manual")).id()).isEqualTo("m1");
        MessageRecord second = put(message("c1", "ben", "manual"));
        assertThat(second.id()).isEqualTo("m2");
        put(second.attempted(MessageRecord.SENT, null, 0, 20L));
        assertThat(queued("c1")).extracting(MessageRecord::id).as("m2 was sent").containsExactly("m1");
        assertThat(queued("c2")).extracting(MessageRecord::id).containsExactly("m1");
        assertThat(messages("c1", "ben")).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo("sent"));
        assertThat(message("c1", 2)).get().extracting(MessageRecord::attempts).isEqualTo(1);
    }

    @Test
    @DisplayName("M-3 an automatic message is remembered per (campaign, influencer, template); a manual one is not")
    void triggered() {
        put(message("c1", "ana", "stage-entry"));
        put(message("c1", "ben", "manual"));
        assertThat(triggered("c1", "ana", "invitation")).isTrue();
        assertThat(triggered("c1", "ben", "invitation")).isFalse();
        assertThat(triggered("c2", "ana", "invitation")).isFalse();
    }

    @Test
    @DisplayName("a write that throws leaves no message; what committed, templates too, is there after a reopen"
            + " and in a backup")
    void durable() {
        store.write(tx -> {
            tx.putTemplate(new TemplateRecord("c1", "reminder", null, "date-based", -3, "Due", "Hi", 5L));
            return tx.putMessage(message("c1", "ana", "date-based"));
        });
        assertThatThrownBy(() -> store.write(tx -> {
            tx.putMessage(message("c1", "ben", "stage-entry"));
            throw new IllegalStateException("refused");
        })).hasMessage("refused");
        store.backup(copy.resolve(MapDbStore.DATABASE_FILE));
        for (Path where : List.of(dir, copy)) {
            store.close();
            store = new MapDbStore(where);
            assertThat(messages("c1", null)).extracting(MessageRecord::influencer)
                    .containsExactly("ana");
            assertThat(triggered("c1", "ben", "invitation")).isFalse();
            assertThat(templates("c1")).extracting(TemplateRecord::id, TemplateRecord::days)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("reminder", -3));
            assertThat(put(message("c1", "cy", "manual")).id()).as("numbering goes on").isEqualTo("m2");
        }
    }

    @Test
    @DisplayName("deleting a campaign removes its templates, messages, queue entries and marks; numbering goes on")
    void deleteCampaign() {
        store.write(tx -> {
            tx.putTemplate(new TemplateRecord("c1", "reminder", null, "manual", 0, "s", "b", 5L));
            tx.putMessage(message("c1", "ana", "stage-entry"));
            tx.putMessage(message("c2", "ana", "stage-entry"));
            tx.deleteCampaign("c1");
            return null;
        });
        assertThat(templates("c1")).isEmpty();
        assertThat(messages("c1", null)).isEmpty();
        assertThat(triggered("c1", "ana", "invitation")).isFalse();
        assertThat(queued("c1")).isEmpty();
        assertThat(queued("c2")).hasSize(1);
        store.write(tx -> {
            tx.putCampaign(new CampaignRecord("c1", "Again", CampaignStatus.LIVE, 2L, List.of()));
            return null;
        });
        assertThat(put(message("c1", "ana", "manual")).id()).as("never a number a sender may still hold")
                .isEqualTo("m2");
    }
}
