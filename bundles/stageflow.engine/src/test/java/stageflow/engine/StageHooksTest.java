package stageflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import stageflow.api.Selection;
import stageflow.api.StatusChange;
import stageflow.api.dto.DataChange;
import stageflow.api.dto.JournalEntry;
import stageflow.api.dto.StageChange;
import stageflow.api.stage.InfluencerView;
import stageflow.api.stage.StageDefinition;

/** C-9: the hooks of custom stages, asked by the engine through the registry's catalog, with real MapDB. */
class StageHooksTest extends EngineFixture {
    /** Like the shipping example: entry needs an address, the tracking number is the exit. */
    static final class Shipping implements StageDefinition {
        @Override
        public Optional<String> refuseEntry(InfluencerView influencer) {
            return influencer.value("shipping.address").isPresent() ? Optional.empty()
                    : Optional.of("no shipping address; record it first");
        }

        @Override
        public boolean exitReached(InfluencerView influencer) {
            return influencer.value("shipping.tracking").isPresent();
        }
    }

    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void shippingCampaign() {
        provide("shipping", "Shipping", new Shipping());
        campaign("c1", "ana", "ben", "cy");
        workflows.insertStage("c1", "shipping", "pre-payment", OP);
        moves.move("c1", "pre-payment", Selection.of("ana", "ben", "cy"), OP);
    }

    @AfterEach
    void releaseHangingHooks() {
        release.countDown();
    }

    private DataChange record(String influencer, String key, String value) {
        return influencers.recordData("c1", influencer, Map.of(key, value), OP);
    }

    @Test
    @DisplayName("C-9 entry check: refused with the extension's reason and nothing stored; admitted once data allows")
    void entryCheck() {
        refusedEach("C-9", () -> moves.promote("c1", Selection.of("ana"), OP));
        assertThat(moves.promote("c1", Selection.of("ana"), OP).failed().get(0).reason())
                .contains("'ana' cannot enter shipping: no shipping address");
        refusedEach("C-9", () -> moves.move("c1", "shipping", Selection.of("ana"), OP));
        record("ana", "shipping.address", "1 Main St");
        assertThat(moves.promote("c1", Selection.of("ana"), OP).changed()).extracting(StageChange::to)
                .containsExactly("shipping");
    }

    @Test
    @DisplayName("C-9 automatic exit: recording the tracking number moves on, journaled auto:shipping, only while live")
    void automaticExit() {
        record("ana", "shipping.address", "1 Main St");
        moves.promote("c1", Selection.of("ana"), OP);
        DataChange paused = record("ana", "shipping.tracking", "1Z999");
        assertThat(paused.moved()).as("A-2: draft campaign, no automatic move").isEmpty();
        assertThat(paused.stayed()).contains("draft", "A-2");
        assertThat(stageOf("c1", "ana")).isEqualTo("shipping");

        live("c1");
        record("ana", "shipping.tracking", "");
        DataChange tracked = record("ana", "shipping.tracking", "1Z1000");
        assertThat(tracked.moved()).singleElement().satisfies(change -> {
            assertThat(change.from()).isEqualTo("shipping");
            assertThat(change.to()).isEqualTo("draft");
            assertThat(change.cause()).isEqualTo("auto:shipping");
        });
        assertThat(stageOf("c1", "ana")).isEqualTo("draft");
        assertThat(journal.history("c1", "ana")).last().satisfies(e -> {
            assertThat(e.cause()).isEqualTo("auto:shipping");
            assertThat(e.to()).isEqualTo("draft");
        });
        assertThat(journal.history("c1", "ana")).extracting(JournalEntry::detail)
                .contains("data shipping.tracking = '1Z1000'", "data shipping.tracking removed (was '1Z999')");
        assertThat(influencers.data("c1", "ana")).containsExactly(Map.entry("shipping.address", "1 Main St"),
                Map.entry("shipping.tracking", "1Z1000"));
    }

    @Test
    @DisplayName("recording data that is already stored changes nothing and journals nothing")
    void unchangedData() {
        record("ben", "shipping.address", "2 Side St");
        int entries = journal.history("c1", "ben").size();
        DataChange again = record("ben", "shipping.address", "2 Side St");
        assertThat(again.moved()).isEmpty();
        assertThat(journal.history("c1", "ben")).hasSize(entries);
    }

    @Test
    @DisplayName("bad data keys and values are refused and change nothing")
    void badData() {
        refused(null, () -> influencers.recordData("c1", "ana", Map.of(), OP));
        refused(null, () -> influencers.recordData("c1", "ana", Map.of("Shipping Address", "x"), OP));
        refused(null, () -> influencers.recordData("c1", "ana", Map.of("shipping.address", "two\nlines"), OP));
        refused(null, () -> influencers.recordData("c1", "nobody", Map.of("shipping.address", "x"), OP));
        campaigns.changeStatus("c1", StatusChange.LAUNCH, OP);
        campaigns.changeStatus("c1", StatusChange.PAUSE, OP);
        campaigns.changeStatus("c1", StatusChange.ARCHIVE, OP);
        refused("C-8", () -> record("ana", "shipping.address", "x"));
    }

    @Test
    @DisplayName("a hook that throws counts as no: entry refused (C-9), no exit, a warning, and the engine goes on")
    void throwingHook() {
        provide("legal", "Legal review", new StageDefinition() {
            @Override
            public Optional<String> refuseEntry(InfluencerView influencer) {
                throw new IllegalStateException("legal database down");
            }
        });
        workflows.insertStage("c1", "legal", "candidates", OP);
        moves.move("c1", "candidates", Selection.of("ben"), OP);
        assertThat(moves.promote("c1", Selection.of("ben"), OP).failed()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("C-9");
            assertThat(f.reason()).contains("entry check of stage 'legal' failed", "legal database down");
        });
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("stage 'legal'", "counts as no"));
        assertThat(moves.move("c1", "draft", Selection.of("cy"), OP).changed()).as("other operations go on")
                .extracting(StageChange::to).containsExactly("draft");
    }

    @Test
    @DisplayName("a hook that hangs counts as no after the limit; the rest of a bulk command is not held up per influencer")
    void hangingHook() {
        catalog.hooks().timeoutMillis(100);
        provide("vetting", "Vetting", new StageDefinition() {
            @Override
            public Optional<String> refuseEntry(InfluencerView influencer) {
                // deaf to interrupts, like a blocking call without time-out in a careless extension
                while (release.getCount() > 0) {
                    try {
                        release.await(1, TimeUnit.MINUTES);
                    } catch (InterruptedException ignored) {
                        // keeps hanging
                    }
                }
                return Optional.empty();
            }
        });
        workflows.insertStage("c1", "vetting", "candidates", OP);
        add("c1", "dee", "eve");
        moves.move("c1", "candidates", Selection.of("ana", "ben", "cy"), OP);
        var result = moves.promote("c1", Selection.inStage("candidates"), OP);
        assertThat(result.changed()).isEmpty();
        assertThat(result.failed()).hasSize(5).allSatisfy(f -> assertThat(f.rule()).isEqualTo("C-9"));
        assertThat(result.failed()).filteredOn(f -> f.reason().contains("no answer within 100 ms")).hasSize(1);
        assertThat(result.failed()).as("one time-out, then answered at once while the hook still hangs")
                .filteredOn(f -> f.reason().contains("still running")).hasSize(4);
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("stage 'vetting'", "no answer within 100 ms"));
        assertThat(moves.promote("c1", Selection.of("cy"), OP).failed()).as("still refused, engine still answers")
                .hasSize(1);
        assertThat(campaigns.board("c1").stages()).isNotEmpty();
    }
}
