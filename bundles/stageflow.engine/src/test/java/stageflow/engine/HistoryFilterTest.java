package stageflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import stageflow.api.HistoryFilter;
import stageflow.api.Origin;
import stageflow.api.Selection;
import stageflow.api.WorkflowException;
import stageflow.api.dto.JournalEntry;

/** History filters (issue 14, item 6): by time range, cause and actor, on the real journal. */
class HistoryFilterTest extends EngineFixture {
    private static final long NOW = Instant.parse("2026-11-24T10:00:00Z").toEpochMilli(); // the fixture's clock

    @BeforeEach
    void history() {
        campaign("c1", "ana", "ben");
        moves.promote("c1", Selection.of("ana"), Origin.operator("eve"));
        moves.drop("c1", Selection.of("ben"), OP.because("no reply"));
    }

    @Test
    @DisplayName("E-1 a history by actor, by cause or its kind, by time range; a range that ends before it starts is"
            + " refused")
    void filters() {
        assertThat(journal.history("c1", null, new HistoryFilter(null, null, null, "eve")))
                .extracting(JournalEntry::influencer).containsExactly("ana");
        assertThat(journal.history("c1", null, new HistoryFilter(null, null, "manual", null)))
                .extracting(JournalEntry::influencer).containsExactly("ana", "ben", "ana", "ben");
        assertThat(journal.history("c1", "ben", new HistoryFilter(null, null, "manual", "tester")))
                .extracting(JournalEntry::to).containsExactly("candidates", "dropped");
        assertThat(journal.history("c1", null, new HistoryFilter(NOW, NOW + 1, null, null))).hasSize(4);
        assertThat(journal.history("c1", null, new HistoryFilter(NOW + 1, null, null, null))).isEmpty();
        assertThat(journal.history("c1", null, new HistoryFilter(null, NOW, null, null))).isEmpty();
        assertThatThrownBy(() -> new HistoryFilter(NOW, NOW, null, null)).isInstanceOf(WorkflowException.class)
                .hasMessageContaining("--since comes before --until");
    }

    @Test
    @DisplayName("E-1 a cause's kind takes every cause of that kind: auto takes auto:<trigger>, not manual")
    void causeKind() {
        live("c1");
        deliverables.assign("c1", "ana", DeliverablesTest.tiktok(1), OP, false);
        assertThat(journal.history("c1", "ana", new HistoryFilter(null, null, "deliverable", null)))
                .extracting(JournalEntry::cause).containsExactly("deliverable:assign");
        assertThat(journal.history("c1", "ana", new HistoryFilter(null, null, "auto", null))).isEmpty();
    }
}
