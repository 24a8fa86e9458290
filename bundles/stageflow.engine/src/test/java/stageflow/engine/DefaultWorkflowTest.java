package stageflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import stageflow.api.Phase;
import stageflow.api.dto.Board;
import stageflow.api.dto.StageRow;
import stageflow.store.spi.StageSlot;
import stageflow.engine.workflow.CampaignWorkflow;

class DefaultWorkflowTest extends EngineFixture {

    @Test
    @DisplayName("S-1 a new campaign gets the 13 default stages in order, all enabled, dropped last")
    void defaultStages() {
        campaign("c1");
        Board board = campaigns.board("c1");
        assertThat(board.stages()).extracting(StageRow::id).containsExactly("candidates", "invited", "applied",
                "deliverables", "confirmation", "pre-payment", "draft", "draft-review", "content-creation",
                "post-review", "post-payment", "complete", "dropped");
        assertThat(board.stages()).allMatch(StageRow::enabled).noneMatch(StageRow::custom)
                .allMatch(StageRow::available);
        assertThat(board.stages()).filteredOn(StageRow::required).extracting(StageRow::id)
                .containsExactly("content-creation", "complete", "dropped");
        assertThat(board.stages()).filteredOn(s -> s.linkedWith() != null)
                .extracting(s -> s.id() + "+" + s.linkedWith())
                .containsExactly("invited+applied", "applied+invited", "draft+draft-review", "draft-review+draft");
    }

    @Test
    @DisplayName("S-1 phases of the default stages follow the table of section 3")
    void phases() {
        campaign("c1");
        assertThat(campaigns.board("c1").stages()).extracting(s -> s.id() + ":" + s.phase().id()).containsExactly(
                "candidates:candidates", "invited:candidates", "applied:candidates", "deliverables:candidates",
                "confirmation:participants", "pre-payment:participants", "draft:participants",
                "draft-review:participants", "content-creation:participants", "post-review:participants",
                "post-payment:participants", "complete:complete", "dropped:dropped");
    }

    @Test
    @DisplayName("S-2 stage ids and labels of default stages are fixed: a registry label change does not rename them")
    void labelsFixed() {
        campaign("c1");
        assertThat(campaigns.board("c1").stages()).extracting(StageRow::label).contains("Draft Review", "Pre-Payment");
        assertThat(new CampaignWorkflow(CampaignWorkflow.defaultSlots(), id -> java.util.Optional.empty()).stages())
                .extracting(s -> s.label()).contains("Draft Review", "Content Creation");
    }

    @Test
    @DisplayName("S-3 the product ships 13 default stages, Deliverables among them")
    void thirteen() {
        assertThat(CampaignWorkflow.defaultSlots()).hasSize(13).extracting(StageSlot::stage).contains("deliverables");
    }

    @Test
    @DisplayName("P-1 a custom stage takes the phase of the stage right before it, enabled or disabled")
    void customStagePhase() {
        var slots = new java.util.ArrayList<>(CampaignWorkflow.defaultSlots());
        slots.add(1, new StageSlot("vetting", true, "Vetting"));                 // after candidates
        slots.add(6, new StageSlot("negotiation", true, "Negotiation"));         // after confirmation
        slots.set(5, slots.get(5).withEnabled(false));                           // confirmation disabled
        CampaignWorkflow workflow = new CampaignWorkflow(slots, id -> java.util.Optional.empty());
        assertThat(workflow.phaseOf("vetting")).isEqualTo(Phase.CANDIDATES);
        assertThat(workflow.phaseOf("negotiation")).isEqualTo(Phase.PARTICIPANTS);
        assertThat(workflow.stage("negotiation")).hasValueSatisfying(s -> {
            assertThat(s.custom()).isTrue();
            assertThat(s.available()).as("no bundle provides it").isFalse();
            assertThat(s.label()).as("remembered label").isEqualTo("Negotiation");
        });
    }
}
