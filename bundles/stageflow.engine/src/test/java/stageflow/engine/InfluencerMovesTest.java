package stageflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import stageflow.api.NewInfluencer;
import stageflow.api.Phase;
import stageflow.api.Selection;
import stageflow.api.dto.BulkResult;
import stageflow.api.dto.JournalEntry;
import stageflow.api.dto.StageChange;

class InfluencerMovesTest extends EngineFixture {

    @Test
    @DisplayName("S-1 an influencer passes through all 13 default stages")
    void wholeWorkflow() {
        campaign("c1", "ana", "ben");
        live("c1");
        moves.promote("c1", Selection.of("ana"), OP);                       // candidates -> invited
        assertThat(moves.apply("c1", "ana", OP).to()).isEqualTo("applied");  // auto on application
        moves.accept("c1", List.of("ana"), OP);                             // -> deliverables
        deliverables.assign("c1", "ana", new stageflow.api.DeliverableSpec(stageflow.api.DeliverableKind.REVIEW,
                null, null, null, null, "a review"), OP, false);                // D-6
        moves.promote("c1", Selection.of("ana"), OP);                       // -> confirmation
        assertThat(moves.confirm("c1", "ana", OP)).isEqualTo(
                new StageChange("ana", "confirmation", "pre-payment", "auto:confirm"));
        moves.promote("c1", Selection.of("ana"), OP);                       // -> draft
        assertThat(drafts.submit("c1", "ana", "d1", "https://d.example/1", OP).moved().to())
                .isEqualTo("draft-review");                                     // D-9 auto
        drafts.review("c1", "ana", "d1", stageflow.api.DraftOutcome.APPROVED, null, OP);
        assertThat(drafts.approve("c1", "ana", OP).to()).isEqualTo("content-creation");
        for (String next : new String[] { "post-review", "post-payment", "complete" }) {
            assertThat(moves.promote("c1", Selection.of("ana"), OP).changed()).singleElement()
                    .satisfies(c -> assertThat(c.to()).isEqualTo(next));
        }
        moves.drop("c1", Selection.of("ben"), OP.because("budget"));
        assertThat(journal.history("c1", "ana")).filteredOn(e -> e.cause().equals("manual") || e.cause().startsWith("auto:"))
                .extracting(JournalEntry::to).containsExactly("candidates", "invited",
                "applied", "deliverables", "confirmation", "pre-payment", "draft", "draft-review", "content-creation",
                "post-review", "post-payment", "complete");
        assertThat(influencers.get("c1", "ben").phase()).isEqualTo(Phase.DROPPED);
        refusedEach("S-1", () -> moves.promote("c1", Selection.of("ana"), OP));
    }

    @Test
    @DisplayName("S-1 applications: a public application by a non-member lands in applied; reject drops")
    void applications() {
        campaign("c1", "ana");
        live("c1");
        assertThat(moves.apply("c1", "walk-in", OP)).isEqualTo(new StageChange("walk-in", null, "applied", "auto:apply"));
        refused("S-1", () -> moves.apply("c1", "ana", OP));                 // still a candidate, not invited
        moves.reject("c1", List.of("walk-in"), OP);
        assertThat(stageOf("c1", "walk-in")).isEqualTo("dropped");
        refusedEach("S-1", () -> moves.accept("c1", List.of("ana"), OP));
        refusedEach("S-1", () -> moves.promote("c1", Selection.of("walk-in"), OP));  // dropped: restore only
        workflows.setEnabled("c1", "post-review", false, OP);
        moves.promote("c1", Selection.of("ana"), OP);
        moves.apply("c1", "ana", OP);
        refusedEach("S-1", () -> moves.promote("c1", Selection.of("ana"), OP));  // decided by accept/reject
    }

    @Test
    @DisplayName("S-1 an application is refused when applied is disabled")
    void applyDisabled() {
        campaign("c1");
        workflows.setEnabled("c1", "applied", false, OP);
        live("c1");
        refused("C-5", () -> moves.apply("c1", "walk-in", OP));
    }

    @Test
    @DisplayName("S-1 opt-out from confirmation drops; confirm skips a disabled pre-payment")
    void confirmation() {
        campaign("c1", "ana", "ben");
        workflows.setEnabled("c1", "pre-payment", false, OP);
        live("c1");
        moves.move("c1", "confirmation", Selection.of("ana", "ben"), OP);
        assertThat(moves.confirm("c1", "ana", OP).to()).isEqualTo("draft");
        assertThat(moves.optOut("c1", "ben", OP)).isEqualTo(new StageChange("ben", "confirmation", "dropped", "auto:opt-out"));
        refused("S-1", () -> moves.confirm("c1", "ben", OP));
        refused("S-1", () -> moves.optOut("c1", "ana", OP));
    }

    @Test
    @DisplayName("drop keeps where the influencer was; restore brings them back there, or --to an enabled stage")
    void dropAndRestore() {
        campaign("c1", "ana", "ben");
        moves.move("c1", "draft", Selection.of("ana", "ben"), OP);
        moves.drop("c1", Selection.inStage("draft"), OP.because("no reply"));
        assertThat(campaigns.board("c1").stages()).filteredOn(s -> s.id().equals("dropped")).singleElement()
                .satisfies(s -> assertThat(s.count()).isEqualTo(2));
        refusedEach("S-1", () -> moves.promote("c1", Selection.of("ana"), OP));
        refusedEach("S-1", () -> moves.move("c1", "complete", Selection.of("ana"), OP));
        assertThat(moves.restore("c1", "ana", null, OP).to()).isEqualTo("draft");
        workflows.setEnabled("c1", "draft", false, OP);
        refused("C-5", () -> moves.restore("c1", "ben", null, OP));
        refused("C-5", () -> moves.restore("c1", "ben", "draft-review", OP));
        assertThat(moves.restore("c1", "ben", "confirmation", OP).to()).isEqualTo("confirmation");
        refused("S-1", () -> moves.restore("c1", "ben", null, OP));
        refused("S-1", () -> moves.move("c1", "dropped", Selection.of("ben"), OP));
    }

    @Nested
    class Bulk {
        @Test
        @DisplayName("adding nobody is refused: a command with nothing to do fails")
        void addNobody() {
            campaign("c1");
            refused(null, () -> influencers.add("c1", java.util.List.of(), OP, null));
        }

        @Test
        @DisplayName("C-11 a selection by stage moves exactly those influencers")
        void byStage() {
            campaign("c1", "a", "b", "c");
            moves.promote("c1", Selection.of("c"), OP);
            BulkResult result = moves.promote("c1", Selection.inStage("candidates"), OP);
            assertThat(result.changed()).extracting(StageChange::influencer).containsExactly("a", "b");
            assertThat(influencers.list("c1", "invited", null)).hasSize(3);
        }

        @Test
        @DisplayName("C-11 --expect N: a selection of another size changes nothing")
        void expect() {
            campaign("c1", "a", "b", "c");
            refused("C-11", () -> moves.promote("c1", Selection.inStage("candidates").expecting(2), OP));
            refused("C-11", () -> moves.drop("c1", Selection.of("a", "b").expecting(3), OP));
            assertThat(moves.promote("c1", Selection.inStage("candidates").expecting(3), OP).changed()).hasSize(3);
        }

        @Test
        @DisplayName("C-11 one bad id does not abort the others; each failure says why")
        void partial() {
            campaign("c1", "a", "b");
            BulkResult result = moves.promote("c1", Selection.of("a", "nobody", "Bad Id!", "b"), OP);
            assertThat(result.changed()).extracting(StageChange::influencer).containsExactly("a", "b");
            assertThat(result.failed()).extracting(f -> f.influencer() + ": " + f.line()).containsExactly(
                    "nobody: error: 'nobody' is not in campaign 'c1'; add them with influencer:add c1 nobody",
                    "Bad Id!: error: influencer id 'Bad Id!' is not valid; ids look like [A-Za-z0-9._@-]{1,128}");
        }

        @Test
        @DisplayName("C-11 --atomic: one failure and nothing changes")
        void atomic() {
            campaign("c1", "a", "b");
            refused("C-11", () -> moves.promote("c1", Selection.of("a", "nobody", "b").atomically(true), OP));
            assertThat(moves.promote("c1", Selection.of("a", "b").atomically(true), OP).changed()).hasSize(2);
        }

        @Test
        @DisplayName("C-11 ids or --stage, not both and not neither")
        void selectionShape() {
            campaign("c1", "a");
            refused(null, () -> moves.promote("c1", new Selection(List.of("a"), "candidates", null, false), OP));
            refused(null, () -> moves.promote("c1", new Selection(List.of(), null, null, false), OP));
            refused(null, () -> moves.promote("c1", Selection.inStage("no-such-stage"), OP));
            refused(null, () -> moves.promote("c1", Selection.of("a").expecting(-1), OP));
        }

        @Test
        @DisplayName("add reports duplicates and bad input per influencer and adds the rest")
        void add() {
            campaign("c1", "a");
            BulkResult result = influencers.add("c1", List.of(NewInfluencer.of("a"), NewInfluencer.of("b"),
                    NewInfluencer.of("b"), new NewInfluencer("c", "Cy", "not-an-email"),
                    new NewInfluencer("d", "Dee", "dee@example.com")), OP, null);
            assertThat(result.changed()).extracting(StageChange::influencer).containsExactly("b", "d");
            assertThat(result.failed()).extracting(f -> f.influencer()).containsExactly("a", "b", "c");
            assertThat(influencers.get("c1", "d").email()).isEqualTo("dee@example.com");
        }
    }

    @Test
    @DisplayName("E-1 every change is journaled: sequence, time, influencer, from, to, cause, actor, reason")
    void journal() {
        campaign("c1", "ana");
        live("c1");
        moves.promote("c1", Selection.of("ana"), OP);
        moves.apply("c1", "ana", stageflow.api.Origin.operator("webhook"));
        moves.drop("c1", Selection.of("ana"), OP.because("went quiet"));
        List<JournalEntry> entries = journal.history("c1", null);
        assertThat(entries).extracting(JournalEntry::seq).containsExactly(1L, 2L, 3L, 4L);
        assertThat(entries).extracting(e -> e.from() + ">" + e.to() + " " + e.cause() + " " + e.actor() + " "
                + e.reason()).containsExactly("null>candidates manual tester null", "candidates>invited manual tester null",
                        "invited>applied auto:apply webhook null", "applied>dropped manual tester went quiet");
        assertThat(entries).allSatisfy(e -> assertThat(e.time()).isEqualTo(
                java.time.Instant.parse("2026-11-24T10:00:00Z").toEpochMilli()));
    }

    @Test
    @DisplayName("--dry-run answers what would change and stores nothing")
    void dryRun() {
        campaign("c1", "a", "b");
        List<Object> before = snapshot();
        BulkResult result = moves.promote("c1", Selection.inStage("candidates"), OP.dryRun(true));
        assertThat(result.dryRun()).isTrue();
        assertThat(result.changed()).hasSize(2);
        influencers.add("c1", List.of(NewInfluencer.of("c")), OP.dryRun(true), null);
        workflows.setEnabled("c1", "invited", false, OP.dryRun(true));
        campaigns.delete("c1", OP.dryRun(true));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    @DisplayName("bad input is refused before anything is read or written")
    void badInput() {
        campaign("c1", "a");
        refused(null, () -> campaigns.board("no-such"));
        refused(null, () -> campaigns.create("c1", null, OP));
        refused(null, () -> campaigns.create("bad id", null, OP));
        refused(null, () -> campaigns.create("--json", null, OP));
        refused(null, () -> campaigns.create("x".repeat(65), null, OP));
        refused(null, () -> campaigns.create("c2", "n".repeat(1001), OP));
        refused(null, () -> campaigns.create("c2", "two\nlines", OP));
        refused(null, () -> workflows.setEnabled("c1", "Invited", false, OP));
        refused(null, () -> influencers.get("c1", "nobody"));
        refused(null, () -> moves.drop("c1", Selection.of("a"), OP.because("r".repeat(5000))));
        refused(null, () -> moves.move("c1", "nowhere", Selection.of("a"), OP));
        refused(null, () -> moves.restore("c1", "a", "UPPER", OP));
    }
}
