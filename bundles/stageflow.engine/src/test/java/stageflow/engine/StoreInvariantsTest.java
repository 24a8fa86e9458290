package stageflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import stageflow.api.Selection;
import stageflow.store.spi.JournalRecord;
import stageflow.store.spi.ParticipationRecord;

/** Workflow.verify (store:check): silent after real operations, loud about a half-applied change. */
class StoreInvariantsTest extends EngineFixture {

    @Test
    @DisplayName("after operations of every kind the store agrees with a recount")
    void consistent() {
        campaign("c1", "ana", "ben", "cy", "dee");
        moves.promote("c1", Selection.inStage("candidates"), OP);
        moves.drop("c1", Selection.of("ben"), OP);
        moves.restore("c1", "ben", null, OP);
        moves.move("c1", "confirmation", Selection.of("cy"), OP);
        campaign("c2", "ana");
        assertThat(maintenance.check()).isEmpty();
    }

    @Test
    @DisplayName("a stage change without its journal entry, and a journal entry without its change, are reported")
    void halfApplied() {
        campaign("c1", "ana", "ben");
        store.write(tx -> {
            ParticipationRecord ana = tx.participation("c1", "ana").orElseThrow();
            tx.putParticipation(ana.movedTo("complete", 1L));
            tx.append("c1", new JournalRecord(0, 1L, "ben", "candidates", "invited", "manual", "t", null, null));
            tx.append("c1", new JournalRecord(0, 1L, "ghost", null, "candidates", "manual", "t", null, null));
            return null;
        });
        List<String> problems = maintenance.check();
        assertThat(problems).containsExactlyInAnyOrder(
                "c1: ana stands in complete but the journal ends in candidates",
                "c1: ben stands in candidates but the journal ends in invited",
                "c1: the journal names ghost, who is not in the campaign");
    }
}
