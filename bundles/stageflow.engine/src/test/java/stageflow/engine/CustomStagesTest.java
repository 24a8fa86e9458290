package stageflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import stageflow.api.Phase;
import stageflow.api.Selection;
import stageflow.api.StatusChange;
import stageflow.api.dto.StageRow;

class CustomStagesTest extends EngineFixture {
    long negotiation;

    @BeforeEach
    void extension() {
        negotiation = provide("negotiation", "Negotiation");
        provide("vetting", "Vetting");
        campaign("c1", "ana");
    }

    private StageRow row(String stage) {
        return campaigns.board("c1").stages().stream().filter(s -> s.id().equals(stage)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("C-6 P-1 a custom stage is inserted after a stage of a draft campaign and takes that stage's phase")
    void insert() {
        workflows.insertStage("c1", "negotiation", "applied", OP);
        workflows.insertStage("c1", "vetting", "post-review", OP);
        assertThat(campaigns.board("c1").stages()).extracting(StageRow::id).containsSubsequence("applied", "negotiation",
                "deliverables", "post-review", "vetting", "post-payment");
        assertThat(row("negotiation")).satisfies(s -> {
            assertThat(s.phase()).isEqualTo(Phase.CANDIDATES);
            assertThat(s.custom()).isTrue();
            assertThat(s.label()).isEqualTo("Negotiation");
        });
        assertThat(row("vetting").phase()).isEqualTo(Phase.PARTICIPANTS);
        moves.move("c1", "negotiation", Selection.of("ana"), OP);
        assertThat(moves.promote("c1", Selection.of("ana"), OP).changed().get(0).to()).isEqualTo("deliverables");
    }

    @Test
    @DisplayName("C-6 a custom stage nobody is in is removed; with influencers in it, it is refused")
    void remove() {
        workflows.insertStage("c1", "negotiation", "candidates", OP);
        moves.move("c1", "negotiation", Selection.of("ana"), OP);
        refused("C-6", () -> workflows.removeStage("c1", "negotiation", OP));
        moves.move("c1", "candidates", Selection.of("ana"), OP);
        workflows.removeStage("c1", "negotiation", OP);
        assertThat(campaigns.board("c1").stages()).extracting(StageRow::id).doesNotContain("negotiation");
        refused("C-6", () -> workflows.removeStage("c1", "invited", OP));
    }

    @Test
    @DisplayName("C-7 live or paused campaigns refuse inserting and removing custom stages; C-8 archived ones too")
    void notWhileLive() {
        workflows.insertStage("c1", "vetting", "candidates", OP);
        live("c1");
        refused("C-7", () -> workflows.insertStage("c1", "negotiation", "candidates", OP));
        refused("C-7", () -> workflows.removeStage("c1", "vetting", OP));
        assertThat(workflows.setEnabled("c1", "vetting", false, OP)).as("disabling still works (never entered)").hasSize(1);
        campaigns.changeStatus("c1", StatusChange.PAUSE, OP);
        refused("C-7", () -> workflows.insertStage("c1", "negotiation", "candidates", OP));
        campaigns.changeStatus("c1", StatusChange.ARCHIVE, OP);
        refused("C-8", () -> workflows.insertStage("c1", "negotiation", "candidates", OP));
    }

    @Test
    @DisplayName("C-9 a custom stage cannot stand after complete; only available custom stages are inserted")
    void placement() {
        refused("C-9", () -> workflows.insertStage("c1", "negotiation", "complete", OP));
        refused("C-9", () -> workflows.insertStage("c1", "negotiation", "dropped", OP));
        refused("C-6", () -> workflows.insertStage("c1", "invited", "candidates", OP));
        refused(null, () -> workflows.insertStage("c1", "shipping", "candidates", OP));
        refused(null, () -> workflows.insertStage("c1", "negotiation", "nowhere", OP));
        workflows.insertStage("c1", "negotiation", "candidates", OP);
        refused(null, () -> workflows.insertStage("c1", "negotiation", "invited", OP));
    }

    @Test
    @DisplayName("C-10 when the providing bundle goes away the stage stays, unavailable: entry refused, leaving works")
    void unavailable() {
        workflows.insertStage("c1", "negotiation", "candidates", OP);
        add("c1", "ben");
        moves.move("c1", "negotiation", Selection.of("ana"), OP);
        stages.remove(negotiation);
        assertThat(row("negotiation")).satisfies(s -> {
            assertThat(s.available()).isFalse();
            assertThat(s.count()).isEqualTo(1);
            assertThat(s.label()).as("remembered").isEqualTo("Negotiation");
        });
        refusedEach("C-10", () -> moves.promote("c1", Selection.of("ben"), OP));
        refused("C-10", () -> moves.move("c1", "negotiation", Selection.of("ben"), OP));
        assertThat(moves.promote("c1", Selection.of("ana"), OP).changed().get(0).to()).isEqualTo("invited");
        negotiation = provide("negotiation", "Negotiation");
        moves.move("c1", "negotiation", Selection.of("ana"), OP);
        assertThat(row("negotiation").available()).isTrue();
    }
}
