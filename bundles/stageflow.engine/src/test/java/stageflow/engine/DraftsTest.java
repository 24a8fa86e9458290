package stageflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import stageflow.api.DraftOutcome;
import stageflow.api.Selection;
import stageflow.api.dto.DraftView;
import stageflow.api.dto.StageChange;

class DraftsTest extends EngineFixture {

    @BeforeEach
    void inDraft() {
        campaign("c1", "ana");
        deliverables.assign("c1", "ana", DeliverablesTest.tiktok(1), OP, false);
        deliverables.assign("c1", "ana", DeliverablesTest.REVIEW, OP, false);
        live("c1");
        moves.move("c1", "draft", Selection.of("ana"), OP);
    }

    @Test
    @DisplayName("D-9 one draft per deliverable; when every deliverable has one the influencer moves to draft-review")
    void submitAll() {
        assertThat(drafts.submit("c1", "ana", "d1", "https://d.example/1", OP).moved()).isNull();
        assertThat(drafts.submit("c1", "ana", "d2", null, OP).moved())
                .isEqualTo(new StageChange("ana", "draft", "draft-review", "auto:drafts-submitted"));
        assertThat(drafts.list("c1", "ana")).extracting(DraftView::deliverable, DraftView::version, DraftView::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("d1", 1, "submitted"),
                        org.assertj.core.groups.Tuple.tuple("d2", 1, "submitted"));
    }

    @Test
    @DisplayName("D-9 versions are kept; one version per deliverable is in review at a time")
    void versions() {
        drafts.submit("c1", "ana", "d1", "https://d.example/v1", OP);
        refused("D-9", () -> drafts.submit("c1", "ana", "d1", "https://d.example/v2", OP));
        drafts.review("c1", "ana", "d1", DraftOutcome.NEEDS_WORK, "brighter", OP);
        assertThat(drafts.submit("c1", "ana", "d1", "https://d.example/v2", OP).draft().version()).isEqualTo(2);
        java.util.List<stageflow.store.spi.DraftRecord> versions = store.read(tx -> tx.drafts("c1", "ana"));
        assertThat(versions).hasSize(2);
        refused("D-9", () -> drafts.review("c1", "ana", "d2", DraftOutcome.APPROVED, null, OP));
    }

    @Test
    @DisplayName("D-9 approve needs every draft approved or approved-with-corrections; promote points to approve")
    void approve() {
        drafts.submit("c1", "ana", "d1", null, OP);
        drafts.submit("c1", "ana", "d2", null, OP);
        refused("D-9", () -> drafts.approve("c1", "ana", OP));
        drafts.review("c1", "ana", "d1", DraftOutcome.APPROVED_WITH_CORRECTIONS, "fix the caption", OP);
        drafts.review("c1", "ana", "d2", DraftOutcome.NEEDS_WORK, "too short", OP);
        refused("D-9", () -> drafts.approve("c1", "ana", OP));
        refusedEach("D-9", () -> moves.promote("c1", Selection.of("ana"), OP));
        moves.move("c1", "draft", Selection.of("ana"), OP);
        drafts.submit("c1", "ana", "d2", null, OP);
        assertThat(stageOf("c1", "ana")).as("d1 accepted, d2 resubmitted: all drafted").isEqualTo("draft-review");
        drafts.review("c1", "ana", "d2", DraftOutcome.APPROVED, null, OP);
        assertThat(drafts.approve("c1", "ana", OP)).isEqualTo(
                new StageChange("ana", "draft-review", "content-creation", "manual"));
    }

    @Test
    @DisplayName("D-9 drafts are submitted only in the draft stage, while live (A-2)")
    void whereAndWhen() {
        moves.move("c1", "confirmation", Selection.of("ana"), OP);
        refused("D-9", () -> drafts.submit("c1", "ana", "d1", null, OP));
        moves.move("c1", "draft", Selection.of("ana"), OP);
        refused(null, () -> drafts.submit("c1", "ana", "d9", null, OP));
        campaigns.changeStatus("c1", stageflow.api.StatusChange.PAUSE, OP);
        refused("A-2", () -> drafts.submit("c1", "ana", "d1", null, OP));
    }
}
