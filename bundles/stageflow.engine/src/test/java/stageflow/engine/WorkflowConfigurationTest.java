package stageflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import stageflow.api.Selection;
import stageflow.api.StatusChange;
import stageflow.api.dto.StageRow;
import stageflow.api.dto.StageToggle;

class WorkflowConfigurationTest extends EngineFixture {

    private boolean enabled(String campaign, String stage) {
        return campaigns.board(campaign).stages().stream().filter(s -> s.id().equals(stage)).findFirst()
                .map(StageRow::enabled).orElseThrow();
    }

    @Test
    @DisplayName("C-1 each campaign has its own workflow")
    void ownWorkflow() {
        campaign("c1");
        campaign("c2");
        workflows.setEnabled("c1", "pre-payment", false, OP);
        assertThat(enabled("c1", "pre-payment")).isFalse();
        assertThat(enabled("c2", "pre-payment")).isTrue();
    }

    @Test
    @DisplayName("C-2 content-creation, complete and dropped can never be disabled")
    void requiredStages() {
        campaign("c1");
        refused("C-2", () -> workflows.setEnabled("c1", "content-creation", false, OP));
        refused("C-2", () -> workflows.setEnabled("c1", "complete", false, OP));
        refused("C-2", () -> workflows.setEnabled("c1", "dropped", false, OP));
        for (String optional : new String[] { "candidates", "deliverables", "confirmation", "pre-payment",
                "post-review", "post-payment" }) {
            assertThat(workflows.setEnabled("c1", optional, false, OP)).containsExactly(new StageToggle(optional, false));
        }
    }

    @Test
    @DisplayName("C-3 linked pairs are enabled and disabled together, in one change")
    void linkedPairs() {
        campaign("c1");
        assertThat(workflows.setEnabled("c1", "invited", false, OP))
                .containsExactly(new StageToggle("invited", false), new StageToggle("applied", false));
        assertThat(enabled("c1", "applied")).isFalse();
        assertThat(workflows.setEnabled("c1", "draft-review", false, OP))
                .containsExactly(new StageToggle("draft-review", false), new StageToggle("draft", false));
        assertThat(workflows.setEnabled("c1", "applied", true, OP))
                .containsExactly(new StageToggle("applied", true), new StageToggle("invited", true));
        assertThat(workflows.validate("c1")).isEmpty();
    }

    @Test
    @DisplayName("C-4 added influencers land in the first enabled stage; Deliverables may be first")
    void entryStage() {
        campaign("c1", "ana");
        assertThat(stageOf("c1", "ana")).isEqualTo("candidates");
        workflows.setEnabled("c1", "candidates", false, OP);
        add("c1", "ben");
        assertThat(stageOf("c1", "ben")).isEqualTo("invited");
        workflows.setEnabled("c1", "invited", false, OP);
        add("c1", "cy");
        assertThat(stageOf("c1", "cy")).isEqualTo("deliverables");
        for (String s : new String[] { "deliverables", "confirmation", "pre-payment", "draft" }) {
            workflows.setEnabled("c1", s, false, OP);
        }
        add("c1", "dee");
        assertThat(stageOf("c1", "dee")).as("never complete or dropped").isEqualTo("content-creation");
    }

    @Test
    @DisplayName("C-5 promote goes to the next enabled stage; move to any enabled stage; disabled stages are never entered")
    void promoteAndMove() {
        campaign("c1", "ana", "ben");
        workflows.setEnabled("c1", "invited", false, OP);
        moves.promote("c1", Selection.of("ana"), OP);
        assertThat(stageOf("c1", "ana")).as("skips the disabled pair").isEqualTo("deliverables");
        moves.move("c1", "post-review", Selection.of("ana"), OP);
        moves.move("c1", "candidates", Selection.of("ana"), OP);
        assertThat(stageOf("c1", "ana")).as("backward too").isEqualTo("candidates");
        refused("C-5", () -> moves.move("c1", "applied", Selection.of("ben"), OP));
    }

    @Test
    @DisplayName("C-6 in a draft campaign stages are enabled and disabled freely")
    void draftCampaign() {
        campaign("c1", "ana");
        moves.promote("c1", Selection.of("ana"), OP);
        assertThat(workflows.setEnabled("c1", "candidates", false, OP)).isNotEmpty();
        assertThat(workflows.setEnabled("c1", "candidates", true, OP)).isNotEmpty();
        assertThat(workflows.setEnabled("c1", "invited", false, OP)).as("even with somebody in it").hasSize(2);
    }

    @Test
    @DisplayName("C-7 live or paused: enabling works; disabling only stages nobody is in and nobody ever entered")
    void liveCampaign() {
        campaign("c1", "ana");
        workflows.setEnabled("c1", "post-review", false, OP);
        live("c1");
        assertThat(workflows.setEnabled("c1", "post-review", true, OP)).containsExactly(new StageToggle("post-review", true));
        assertThat(workflows.setEnabled("c1", "post-payment", false, OP)).as("never entered").isNotEmpty();

        refused("C-7", () -> workflows.setEnabled("c1", "candidates", false, OP));
        moves.promote("c1", Selection.of("ana"), OP);
        moves.move("c1", "deliverables", Selection.of("ana"), OP);
        refused("C-7", () -> workflows.setEnabled("c1", "applied", false, OP));   // partner invited was entered
        refused("C-7", () -> workflows.setEnabled("c1", "candidates", false, OP)); // empty now, but entered before
        campaigns.changeStatus("c1", StatusChange.PAUSE, OP);
        refused("C-7", () -> workflows.setEnabled("c1", "invited", false, OP));
        assertThat(workflows.setEnabled("c1", "pre-payment", false, OP)).as("paused, never entered").isNotEmpty();
    }

    @Test
    @DisplayName("C-7 a refusal says how many influencers block the change")
    void refusalCounts() {
        campaign("c1", "ana", "ben");
        live("c1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> workflows.setEnabled("c1", "candidates", false, OP))
                .hasMessageContaining("2 influencer(s) are in it now and 2 have entered it");
    }

    @Test
    @DisplayName("C-8 nothing in an archived campaign changes; reading works")
    void archived() {
        campaign("c1", "ana");
        live("c1");
        campaigns.changeStatus("c1", StatusChange.PAUSE, OP);
        campaigns.changeStatus("c1", StatusChange.ARCHIVE, OP);
        refused("C-8", () -> workflows.setEnabled("c1", "invited", false, OP));
        refused("C-8", () -> workflows.setEnabled("c1", "post-review", true, OP));
        refused("C-8", () -> add("c1", "ben"));
        refused("C-8", () -> moves.promote("c1", Selection.of("ana"), OP));
        refused("C-8", () -> moves.move("c1", "complete", Selection.of("ana"), OP));
        refused("C-8", () -> moves.drop("c1", Selection.of("ana"), OP));
        assertThat(campaigns.board("c1").stages()).isNotEmpty();
        assertThat(influencers.get("c1", "ana").stage()).isEqualTo("candidates");
        assertThat(journal.history("c1", null)).hasSize(1);
    }

    @Test
    @DisplayName("workflow validation reports an unavailable custom stage with its waiting influencers (C-10)")
    void validate() {
        campaign("c1");
        assertThat(workflows.validate("c1")).isEmpty();
        long vetting = provide("vetting", "Vetting");
        workflows.insertStage("c1", "vetting", "candidates", OP);
        assertThat(workflows.validate("c1")).isEmpty();
        stages.remove(vetting);
        assertThat(workflows.validate("c1")).singleElement().asString().startsWith("C-10: stage 'vetting' is unavailable");
    }

    @Test
    @DisplayName("a toggle with nothing to change is refused and changes nothing")
    void nothingToToggle() {
        campaign("c1");
        refused(null, () -> workflows.setEnabled("c1", "draft", true, OP));
        workflows.setEnabled("c1", "draft", false, OP);
        refused(null, () -> workflows.setEnabled("c1", "draft-review", false, OP));
    }
}
