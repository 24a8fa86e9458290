package stageflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import stageflow.api.DraftOutcome;
import stageflow.api.NewInfluencer;
import stageflow.api.Selection;
import stageflow.api.StatusChange;
import stageflow.api.message.MessageOutbox;
import stageflow.api.message.MessageView;
import stageflow.api.message.RenderedMessage;
import stageflow.api.message.TemplateChange;
import stageflow.api.message.TemplateView;
import stageflow.engine.message.MessageOutboxComponent;
import stageflow.engine.message.MessagesComponent;

/** Messages on the real store, without a framework: M-1 deliveries, M-2 defaults, M-3 once, rendered, live only. */
class MessagesTest extends EngineFixture {
    private MessagesComponent messages;
    private MessageOutbox outbox;

    @BeforeEach
    void campaignWithAddresses() {
        messages = new MessagesComponent(transactions);
        outbox = new MessageOutboxComponent(transactions);
        campaigns.create("c1", "Spring Launch", OP);
        influencers.add("c1", List.of(new NewInfluencer("ana", "Ana Lima", "ana@example.com"),
                new NewInfluencer("ben", null, null), NewInfluencer.of("cy@example.org")), OP, null);
    }

    private List<String> queued(String influencer) {
        return messages.messages("c1", influencer, null).stream().map(MessageView::template).toList();
    }

    @Test
    @DisplayName("M-2 every campaign has the default templates, bound to their stages; Deliverables has none")
    void defaults() {
        assertThat(messages.templates("c1")).extracting(TemplateView::id, TemplateView::stage, TemplateView::delivery)
                .containsExactlyInAnyOrder(tuple("invitation", "invited", "stage-entry"),
                        tuple("member-accepted", "confirmation", "stage-entry"),
                        tuple("youre-confirmed", "pre-payment", "stage-entry"),
                        tuple("draft-submission", "draft", "stage-entry"),
                        tuple("draft-needs-revisions", null, "needs-work"),
                        tuple("posting-instructions", "content-creation", "stage-entry"),
                        tuple("draft-approval", "content-creation", "stage-entry"),
                        tuple("post-complete", "complete", "stage-entry"));
        assertThat(messages.templates("c1")).allSatisfy(t -> assertThat(t.isDefault()).isTrue())
                .noneSatisfy(t -> assertThat(t.stage()).isEqualTo("deliverables"));
    }

    @Test
    @DisplayName("M-3 a stage entry queues its template rendered with the merge fields, in the move's transaction")
    void stageEntry() {
        live("c1");
        moves.promote("c1", Selection.of("ana"), OP);
        MessageView m = messages.messages("c1", "ana", null).get(0);
        assertThat(m).extracting(MessageView::id, MessageView::template, MessageView::to, MessageView::subject,
                MessageView::status).containsExactly("m1", "invitation", "ana@example.com",
                        "You're invited: Spring Launch", "queued");
        MessageOutbox.Outgoing out = outbox.due(Long.MAX_VALUE, 10).get(0);
        assertThat(out.message().body()).startsWith("Hi Ana,").contains("join Spring Launch");
        moves.promote("c1", Selection.of("cy@example.org"), OP.dryRun(true));
        assertThat(queued("cy@example.org")).as("a dry run queues nothing").isEmpty();
    }

    @Test
    @DisplayName("M-3 an automatic template goes once per influencer however often the stage is re-entered;"
            + " a manual send always goes")
    void once() {
        live("c1");
        moves.promote("c1", Selection.of("ana"), OP);
        moves.move("c1", "candidates", Selection.of("ana"), OP);
        moves.promote("c1", Selection.of("ana"), OP);
        moves.move("c1", "candidates", Selection.of("ana"), OP);
        moves.promote("c1", Selection.of("ana"), OP);
        assertThat(queued("ana")).containsExactly("invitation");
        messages.send("c1", "invitation", List.of("ana"), OP);
        messages.send("c1", "invitation", List.of("ana"), OP);
        assertThat(queued("ana")).containsExactly("invitation", "invitation", "invitation");
    }

    @Test
    @DisplayName("M-3 nothing is queued or sent while the campaign is not live; its queued messages wait")
    void liveOnly() {
        moves.promote("c1", Selection.of("ana"), OP);
        assertThat(queued("ana")).as("draft: an entry queues nothing").isEmpty();
        refused("M-3", () -> messages.send("c1", "invitation", List.of("ana"), OP));
        live("c1");
        messages.send("c1", "invitation", List.of("ana"), OP);
        campaigns.changeStatus("c1", StatusChange.PAUSE, OP);
        assertThat(outbox.due(Long.MAX_VALUE, 10)).as("paused: its messages wait").isEmpty();
        campaigns.changeStatus("c1", StatusChange.RESUME, OP);
        assertThat(outbox.due(Long.MAX_VALUE, 10)).hasSize(1);
    }

    @Test
    @DisplayName("M-1 a needs-work review queues Draft Needs Revisions; Content Creation sends Draft Approval when"
            + " drafts are reviewed")
    void needsWorkAndDraftApproval() {
        deliverables.assign("c1", "ana", DeliverablesTest.tiktok(1), OP, false);
        live("c1");
        moves.move("c1", "draft", Selection.of("ana"), OP);
        drafts.submit("c1", "ana", "d1", null, OP);
        drafts.review("c1", "ana", "d1", DraftOutcome.NEEDS_WORK, "brighter", OP);
        moves.move("c1", "draft", Selection.of("ana"), OP);
        drafts.submit("c1", "ana", "d1", null, OP);
        drafts.review("c1", "ana", "d1", DraftOutcome.APPROVED, null, OP);
        drafts.approve("c1", "ana", OP);
        assertThat(queued("ana")).containsExactly("draft-submission", "draft-needs-revisions", "draft-approval");
        assertThat(messages.messages("c1", "ana", null).get(2).subject()).isEqualTo("Your draft for Spring Launch"
                + " is approved");
    }

    @Test
    @DisplayName("M-1 date-based: N days before a due date, from that day until the due date; once; open"
            + " deliverables only")
    void dateBased() {
        deliverables.assign("c1", "ana", DeliverablesTest.tiktok(1), OP, false); // due 2026-12-01
        live("c1");
        messages.set("c1", "reminder", new TemplateChange(null, "date-based", -3, "Due soon",
                "Hi {{first_name}}, your post is due on {{due_date}}."), OP);
        assertThat(messages.queueDateBased(LocalDate.parse("2026-11-27"), OP)).isZero();
        assertThat(messages.queueDateBased(LocalDate.parse("2026-11-28"), OP)).isEqualTo(1);
        assertThat(messages.queueDateBased(LocalDate.parse("2026-11-29"), OP)).as("once").isZero();
        assertThat(messages.messages("c1", "ana", null)).extracting(MessageView::template, MessageView::subject)
                .containsExactly(tuple("reminder", "Due soon"));
        assertThat(outbox.due(Long.MAX_VALUE, 10).get(0).message().body())
                .isEqualTo("Hi Ana, your post is due on 2026-12-01.");
        deliverables.assign("c1", "ben", DeliverablesTest.tiktok(1), OP, false);
        assertThat(messages.queueDateBased(LocalDate.parse("2026-12-02"), OP)).as("due date passed: a reminder"
                + " before it no longer goes").isZero();
    }

    @Test
    @DisplayName("M-1 a date-based template limited to a stage goes only to the influencers in that stage")
    void dateBasedInAStage() {
        deliverables.assign("c1", "ana", DeliverablesTest.tiktok(1), OP, false); // due 2026-12-01
        deliverables.assign("c1", "ben", DeliverablesTest.tiktok(1), OP, false);
        messages.set("c1", "overdue", new TemplateChange("content-creation", "date-based", 1, "Overdue",
                "Hi {{first_name}}, your post was due on {{due_date}}."), OP);
        live("c1");
        moves.move("c1", "content-creation", Selection.of("ben"), OP);
        assertThat(messages.queueDateBased(LocalDate.parse("2026-12-05"), OP)).isEqualTo(1);
        assertThat(messages.messages("c1", null, null)).extracting(MessageView::influencer, MessageView::template)
                .contains(tuple("ben", "overdue")).doesNotContain(tuple("ana", "overdue"));
    }

    @Test
    @DisplayName("M-3 preview renders without queueing; a field without a value renders empty")
    void preview() {
        RenderedMessage preview = messages.preview("c1", "draft-submission", "ben");
        assertThat(preview.to()).isNull();
        assertThat(preview.body()).isEqualTo("Hi ben,\n\nplease submit your draft.");
        assertThat(messages.preview("c1", "invitation", "cy@example.org").to()).isEqualTo("cy@example.org");
        assertThat(queued(null)).isEmpty();
    }

    @Test
    @DisplayName("M-3 an influencer without an address: a manual send is refused whole, an automatic one fails in"
            + " plain sight")
    void noAddress() {
        live("c1");
        refused("M-3", () -> messages.send("c1", "invitation", List.of("ana", "ben"), OP));
        moves.promote("c1", Selection.of("ben"), OP);
        assertThat(messages.messages("c1", "ben", "failed")).singleElement()
                .satisfies(m -> assertThat(m.error()).startsWith("no email address"));
        assertThat(outbox.due(Long.MAX_VALUE, 10)).isEmpty();
    }

    @Test
    @DisplayName("M-1, M-3 template changes that break the rules are refused in one line and change nothing")
    void badTemplates() {
        refused("M-3", () -> messages.set("c1", "invitation", new TemplateChange(null, null, null, "Hi {{nick}}",
                null), OP));
        refused("M-3", () -> messages.set("c1", "invitation", new TemplateChange(null, null, null, null,
                "{{#first_name}}unclosed"), OP));
        refused("M-3", () -> messages.set("c1", "invitation", new TemplateChange(null, null, null, null,
                "x".repeat(1024 * 1024)), OP));
        refused("M-1", () -> messages.set("c1", "new-one", new TemplateChange(null, null, null, "s", null), OP));
        refused("M-1", () -> messages.set("c1", "invitation", new TemplateChange("", "stage-entry", null, null,
                null), OP));
        refused(null, () -> messages.set("c1", "invitation", new TemplateChange("nowhere", null, null, null,
                null), OP));
        refused(null, () -> messages.set("c1", "invitation", new TemplateChange(null, "sometimes", null, null,
                null), OP));
        refused(null, () -> messages.set("c1", "Bad Id", new TemplateChange(null, null, null, "s", "b"), OP));
    }

    @Test
    @DisplayName("M-1 a changed default keeps its binding and is still a default; the change applies to later"
            + " entries")
    void changedDefault() {
        live("c1");
        TemplateView set = messages.set("c1", "invitation", new TemplateChange(null, null, null,
                "Join {{campaign}}, {{first_name}}", null), OP);
        assertThat(set).extracting(TemplateView::stage, TemplateView::delivery, TemplateView::isDefault)
                .containsExactly("invited", "stage-entry", true);
        moves.promote("c1", Selection.of("ana"), OP);
        assertThat(messages.messages("c1", "ana", null).get(0).subject()).isEqualTo("Join Spring Launch, Ana");
        messages.set("c1", "invitation", new TemplateChange(null, "manual", null, null, null), OP);
        moves.promote("c1", Selection.of("cy@example.org"), OP);
        assertThat(queued("cy@example.org")).as("made manual: no longer sent on entry").isEmpty();
    }

    @Test
    @DisplayName("M-3 the outbox: sent, retried later after a passing failure, failed for good when refused")
    void outboxReports() {
        live("c1");
        moves.promote("c1", Selection.of("ana", "cy@example.org"), OP);
        long now = transactions.now();
        List<MessageOutbox.Outgoing> due = outbox.due(now, 10);
        assertThat(due).hasSize(2);
        assertThat(outbox.report("c1", due.get(0).id(), null, false, now).status()).isEqualTo("sent");
        MessageView later = outbox.report("c1", due.get(1).id(), "connection refused", false, now);
        assertThat(later).extracting(MessageView::status, MessageView::attempts).containsExactly("queued", 1);
        assertThat(outbox.due(now + 29_000, 10)).as("not before its next attempt").isEmpty();
        assertThat(outbox.due(now + 30_000, 10)).hasSize(1);
        assertThat(outbox.report("c1", due.get(1).id(), "550 no such user", true, now + 40_000).status())
                .isEqualTo("failed");
        assertThat(outbox.report("c1", due.get(0).id(), null, false, now + 50_000))
                .as("already sent: nothing to record").isNull();
    }

    @Test
    @DisplayName("M-3 a passing failure is tried again 30 s later, doubling to 30 min apart, for 24 hours from when"
            + " the message was queued")
    void retries() {
        live("c1");
        moves.promote("c1", Selection.of("ana"), OP);
        long queued = transactions.now();
        String id = outbox.due(queued, 10).get(0).id();
        long t = queued;
        long wait = 30_000;
        for (int attempt = 1; attempt <= 9; attempt++) {
            outbox.report("c1", id, "421 try again later", false, t);
            long expected = Math.min(wait, 30 * 60_000);
            assertThat(outbox.due(t + expected - 1, 10)).as("attempt " + attempt + ": not before its wait").isEmpty();
            t += expected;
            assertThat(outbox.due(t, 10)).as("attempt " + attempt + ": due after " + expected + " ms").hasSize(1);
            wait *= 2;
        }
        assertThat(outbox.report("c1", id, "421 try again later", false, queued + 24 * 3_600_000L - 1).status())
                .isEqualTo("queued");
        assertThat(outbox.report("c1", id, "421 try again later", false, queued + 24 * 3_600_000L))
                .extracting(MessageView::status, MessageView::error).containsExactly("failed", "421 try again later");
    }
}
