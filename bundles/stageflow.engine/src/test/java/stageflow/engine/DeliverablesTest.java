package stageflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import stageflow.api.ContentType;
import stageflow.api.DeliverableKind;
import stageflow.api.DeliverableSpec;
import stageflow.api.Phase;
import stageflow.api.Selection;
import stageflow.api.dto.DeliverableChange;
import stageflow.api.dto.DeliverableView;
import stageflow.api.dto.JournalEntry;

class DeliverablesTest extends EngineFixture {

    static DeliverableSpec tiktok(int count) {
        return new DeliverableSpec(DeliverableKind.CONTENT, ContentType.TIKTOK, count, null, "2026-12-01", "posts");
    }

    static final DeliverableSpec REVIEW = new DeliverableSpec(DeliverableKind.REVIEW, null, null, null, null, null);

    private DeliverableChange assign(String influencer, DeliverableSpec spec) {
        return deliverables.assign("c1", influencer, spec, OP, false);
    }

    private List<String> ids(String influencer) {
        return deliverables.list("c1", influencer).stream().map(DeliverableView::id).toList();
    }

    @Test
    @DisplayName("D-1 kinds, content types and counts are checked; ids are unique in the campaign")
    void shape() {
        campaign("c1", "ana", "ben");
        assertThat(assign("ana", tiktok(2)).deliverable()).isEqualTo("d1");
        assertThat(assign("ben", REVIEW).deliverable()).isEqualTo("d2");
        assertThat(assign(null, new DeliverableSpec(DeliverableKind.AMPLIFY, null, null, "https://x.example/p", null,
                null)).deliverable()).isEqualTo("d3");
        refused("D-1", () -> assign("ana", new DeliverableSpec(DeliverableKind.CONTENT, null, 1, null, null, null)));
        refused("D-1", () -> assign("ana", tiktok(0 - 1)));
        refused("D-1", () -> assign("ana", new DeliverableSpec(DeliverableKind.AMPLIFY, null, null, null, null, null)));
        refused("D-1", () -> assign("ana", new DeliverableSpec(DeliverableKind.REVIEW, ContentType.BLOG, null, null,
                null, null)));
        refused(null, () -> assign("ana", new DeliverableSpec(DeliverableKind.REVIEW, null, null, null, "31/12/2026",
                null)));
        assertThat(deliverables.list("c1", "ana")).filteredOn(d -> d.id().equals("d1")).singleElement().satisfies(d -> {
            assertThat(d.contentType()).isEqualTo("tiktok");
            assertThat(d.count()).isEqualTo(2);
            assertThat(d.due()).isEqualTo("2026-12-01");
        });
    }

    @Test
    @DisplayName("D-2 campaign-level deliverables reach every influencer, and new influencers receive the list")
    void campaignLevel() {
        campaign("c1", "ana");
        assign(null, tiktok(1));
        add("c1", "ben");
        assertThat(ids("ana")).containsExactly("d1");
        assertThat(ids("ben")).containsExactly("d1");
        assertThat(deliverables.list("c1", "ben")).singleElement()
                .satisfies(d -> assertThat(d.scope()).isEqualTo("campaign"));
        assign("ben", REVIEW);
        assertThat(deliverables.list("c1", "ben")).extracting(DeliverableView::scope)
                .containsExactly("campaign", "influencer");
        assertThat(ids(null)).containsExactly("d1");
    }

    @Test
    @DisplayName("D-3 deliverables change only in the candidates phase; the refusal names phase, stage and way forward")
    void lock() {
        campaign("c1", "ana");
        assign("ana", REVIEW);
        moves.move("c1", "confirmation", Selection.of("ana"), OP);
        refused("D-3", () -> assign("ana", tiktok(1)));
        refused("D-3", () -> deliverables.edit("c1", "ana", "d1", tiktok(1), OP, false));
        refused("D-3", () -> deliverables.remove("c1", "ana", "d1", OP, false));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assign("ana", tiktok(1))).hasMessage(
                "refused (D-3): influencer 'ana' is in phase participants (stage confirmation); deliverables are"
                        + " locked. Move them back to the candidates phase or use --override-lock --reason \"...\"");
        assertThat(deliverables.list("c1", "ana")).singleElement().satisfies(d -> assertThat(d.locked()).isTrue());
    }

    @Test
    @DisplayName("D-3 the lock follows the phase policy: a custom stage in the candidates phase is open too")
    void lockByPhaseNotStage() {
        provide("vetting", "Vetting");
        campaign("c1", "ana");
        workflows.insertStage("c1", "vetting", "candidates", OP);
        moves.promote("c1", Selection.of("ana"), OP);
        assertThat(stageOf("c1", "ana")).isEqualTo("vetting");
        assertThat(influencers.get("c1", "ana").phase()).isEqualTo(Phase.CANDIDATES);
        assertThat(assign("ana", REVIEW).updated()).isEqualTo(1);
    }

    @Test
    @DisplayName("D-4 a campaign-level change reaches exactly the influencers in the candidates phase and says how many")
    void campaignLevelReach() {
        campaign("c1", "ana", "ben", "cy");
        assign(null, tiktok(1));
        moves.move("c1", "confirmation", Selection.of("ben"), OP);
        moves.drop("c1", Selection.of("cy"), OP);
        DeliverableChange edit = deliverables.edit("c1", null, "d1", tiktok(3), OP, false);
        assertThat(edit.updated()).isEqualTo(1);
        assertThat(edit.locked()).isEqualTo(2);
        assertThat(deliverables.list("c1", "ana")).singleElement().satisfies(d -> assertThat(d.count()).isEqualTo(3));
        assertThat(deliverables.list("c1", "ben")).singleElement().satisfies(d -> assertThat(d.count()).isEqualTo(1));
        DeliverableChange added = assign(null, REVIEW);
        assertThat(added.updated()).isEqualTo(1);
        assertThat(ids("ben")).containsExactly("d1");
        assertThat(deliverables.remove("c1", null, "d1", OP, false).updated()).isEqualTo(1);
        assertThat(ids("ana")).containsExactly("d2");
        assertThat(ids("ben")).as("past the candidates phase: keeps what they had").containsExactly("d1");
    }

    @Test
    @DisplayName("D-5 promoting past the candidates phase locks; moving back unlocks")
    void lockAndUnlock() {
        campaign("c1", "ana");
        moves.move("c1", "deliverables", Selection.of("ana"), OP);
        assign("ana", REVIEW);
        moves.promote("c1", Selection.of("ana"), OP);
        assertThat(deliverables.list("c1", "ana")).allMatch(DeliverableView::locked);
        refused("D-3", () -> assign("ana", tiktok(1)));
        moves.move("c1", "deliverables", Selection.of("ana"), OP);
        assertThat(deliverables.list("c1", "ana")).noneMatch(DeliverableView::locked);
        assertThat(deliverables.edit("c1", "ana", "d1", tiktok(2), OP, false).updated()).isEqualTo(1);
    }

    @Test
    @DisplayName("D-6 promoting out of Deliverables needs at least one deliverable, campaign-level or own")
    void deliverablesStage() {
        campaign("c1", "ana", "ben");
        moves.move("c1", "deliverables", Selection.of("ana", "ben"), OP);
        refusedEach("D-6", () -> moves.promote("c1", Selection.of("ana"), OP));
        assign("ana", REVIEW);
        assertThat(moves.promote("c1", Selection.of("ana"), OP).changed()).hasSize(1);
        assign(null, tiktok(1));
        assertThat(moves.promote("c1", Selection.of("ben"), OP).changed()).as("campaign-level counts").hasSize(1);
    }

    @Test
    @DisplayName("C-4 D-6 Deliverables may be the first stage; accepting an application moves into it")
    void firstStage() {
        campaign("c1");
        workflows.setEnabled("c1", "candidates", false, OP);
        workflows.setEnabled("c1", "invited", false, OP);
        add("c1", "ana");
        assertThat(stageOf("c1", "ana")).isEqualTo("deliverables");
        campaign("c2");
        live("c2");
        moves.apply("c2", "walk-in", OP);
        moves.accept("c2", List.of("walk-in"), OP);
        assertThat(influencers.get("c2", "walk-in").stage()).isEqualTo("deliverables");
    }

    @Test
    @DisplayName("D-7 a locked deliverable changes only with --override-lock and a reason, recorded in the history")
    void override() {
        campaign("c1", "ana");
        assign("ana", tiktok(1));
        moves.move("c1", "confirmation", Selection.of("ana"), OP);
        refused("D-7", () -> deliverables.edit("c1", "ana", "d1", tiktok(2), OP, true));
        deliverables.edit("c1", "ana", "d1", tiktok(2), OP.because("brand asked for two"), true);
        assertThat(deliverables.list("c1", "ana")).singleElement().satisfies(d -> assertThat(d.count()).isEqualTo(2));
        JournalEntry last = journal.history("c1", "ana").get(journal.history("c1", "ana").size() - 1);
        assertThat(last.cause()).isEqualTo("deliverable:edit:override-lock");
        assertThat(last.reason()).isEqualTo("brand asked for two");
        assertThat(last.detail()).isEqualTo("d1: count 1 -> 2");
        refused(null, () -> deliverables.edit("c1", null, "d1", tiktok(2), OP.because("x"), true));
    }

    @Test
    @DisplayName("D-7 a policy that forbids overrides refuses them")
    void overrideForbidden() {
        stop();
        policies.set(1, new Policy(Phase.PARTICIPANTS, false, false, true, "pending"));
        start();
        campaign("c1", "ana");
        assign("ana", tiktok(1));
        moves.move("c1", "confirmation", Selection.of("ana"), OP);
        refused("D-7", () -> deliverables.edit("c1", "ana", "d1", tiktok(2), OP.because("please"), true));
    }

    @Test
    @DisplayName("D-8 content is recorded only in the participants phase; the last one in content-creation moves on")
    void completion() {
        campaign("c1", "ana", "ben");
        assign(null, tiktok(1));
        assign("ana", REVIEW);
        live("c1");
        refused("D-8", () -> deliverables.complete("c1", "ana", "d1", "https://t.example/1", OP));
        moves.move("c1", "content-creation", Selection.of("ana", "ben"), OP);
        var first = deliverables.complete("c1", "ana", "d1", "https://t.example/1", OP);
        assertThat(first.moved()).as("d2 is still open").isNull();
        refused(null, () -> deliverables.complete("c1", "ana", "d1", "https://t.example/again", OP));
        var last = deliverables.complete("c1", "ana", "d2", null, OP);
        assertThat(last.moved()).isEqualTo(new stageflow.api.dto.StageChange("ana", "content-creation", "post-review",
                "auto:content-complete"));
        assertThat(stageOf("c1", "ana")).isEqualTo("post-review");
        assertThat(deliverables.list("c1", "ana")).allMatch(DeliverableView::complete);
        assertThat(journal.history("c1", "ana")).extracting(JournalEntry::cause)
                .endsWith("deliverable:complete", "deliverable:complete", "auto:content-complete");

        moves.move("c1", "confirmation", Selection.of("ben"), OP);
        assertThat(deliverables.complete("c1", "ben", "d1", "https://t.example/b", OP).moved())
                .as("only content-creation moves on").isNull();
        campaigns.changeStatus("c1", stageflow.api.StatusChange.PAUSE, OP);
        refused("A-2", () -> deliverables.complete("c1", "ana", "d1", null, OP));
    }

    @Test
    @DisplayName("deliverable edits in an archived campaign are refused (C-8); a dry run stores nothing")
    void archivedAndDryRun() {
        campaign("c1", "ana");
        java.util.List<Object> before = snapshot();
        deliverables.assign("c1", "ana", REVIEW, OP.dryRun(true), false);
        assertThat(snapshot()).isEqualTo(before);
        live("c1");
        campaigns.changeStatus("c1", stageflow.api.StatusChange.PAUSE, OP);
        campaigns.changeStatus("c1", stageflow.api.StatusChange.ARCHIVE, OP);
        refused("C-8", () -> assign("ana", REVIEW));
    }

    @Test
    @DisplayName("an edit that changes nothing is refused: nothing to journal")
    void nothingToEdit() {
        campaign("c1", "ana");
        assign("ana", tiktok(1));
        refused(null, () -> deliverables.edit("c1", "ana", "d1", tiktok(1), OP, false));
    }
}
