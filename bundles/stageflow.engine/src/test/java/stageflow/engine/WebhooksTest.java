package stageflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;

import stageflow.api.Selection;
import stageflow.api.WorkflowException;
import stageflow.api.webhook.DeliveryView;
import stageflow.api.webhook.Outgoing;
import stageflow.api.webhook.WebhookCreated;
import stageflow.engine.webhook.OutboxComponent;
import stageflow.engine.webhook.WebhooksComponent;

/** Webhooks on the real store, without a framework: W-1 enqueueing, W-2 order, W-3 answers, the wire format. */
class WebhooksTest extends EngineFixture {
    private WebhooksComponent webhooks;
    private OutboxComponent outbox;
    private WebhookCreated endpoint;

    @BeforeEach
    void endpoint() {
        webhooks = new WebhooksComponent(transactions);
        outbox = new OutboxComponent(transactions);
        campaign("c1", "ana", "ben");
        endpoint = webhooks.add("http://127.0.0.1:9/in", List.of("stage.changed"), OP);
    }

    @Test
    @DisplayName("W-1 committed changes queue a delivery each; a dry run, a refusal and a rolled-back bulk none")
    void onlyCommittedChanges() {
        moves.promote("c1", Selection.of("ana"), OP);
        moves.promote("c1", Selection.of("ben"), OP.dryRun(true));
        moves.drop("c1", Selection.of("ben"), OP.because("no reply"));
        assertThatThrownBy(() -> moves.promote("c1", Selection.of("ana", "ben").atomically(true), OP))
                .isInstanceOf(WorkflowException.class);
        assertThatThrownBy(() -> webhooks.add("ftp://x", List.of(), OP)).isInstanceOf(WorkflowException.class);
        List<DeliveryView> queued = webhooks.deliveries(null, false);
        assertThat(queued).extracting(DeliveryView::seq).as("after the endpoint came: the promote and the drop")
                .containsExactly(journalSeq("ana", "invited"), journalSeq("ben", "dropped"));
        assertThat(queued).allSatisfy(d -> assertThat(d.status()).isEqualTo("pending"));
    }

    @Test
    @DisplayName("E-2 the wire: Standard Webhooks headers an independent verifier accepts, the reference's body")
    void signedAsStandardWebhooks() throws Exception {
        moves.promote("c1", Selection.of("ana"), OP);
        Outgoing out = outbox.due(System.currentTimeMillis(), Set.of()).get(0);
        Map<String, List<String>> headers = new HashMap<>();
        out.headers().forEach((k, v) -> headers.put(k, List.of(v)));
        new Webhook(endpoint.secret()).verify(out.body(), headers);
        assertThatThrownBy(() -> new Webhook(endpoint.secret()).verify(out.body().replace("ana", "eve"), headers))
                .isInstanceOf(WebhookVerificationException.class);
        assertThat(headers.get("webhook-id")).containsExactly(out.delivery());
        JsonObject data = JsonParser.parseString(out.body()).getAsJsonObject().getAsJsonObject("data");
        assertThat(data.getAsJsonObject("influencer").get("id").getAsString()).isEqualTo("ana");
        assertThat(data.getAsJsonObject("current").get("slug").getAsString()).isEqualTo("invited");
        assertThat(data.getAsJsonObject("previous").get("label").getAsString()).isEqualTo("Candidates");
        assertThat(data.get("actor").getAsString()).isEqualTo("tester");
    }

    @Test
    @DisplayName("W-2 only the oldest pending delivery of an endpoint is due, and none while it is busy")
    void inOrder() {
        moves.promote("c1", Selection.of("ana", "ben"), OP);
        long now = transactions.now(); // the fixture's clock, which dated the changes
        List<Outgoing> due = outbox.due(now, Set.of());
        assertThat(due).hasSize(1);
        assertThat(outbox.due(now, Set.of(endpoint.endpoint().id()))).isEmpty();
        outbox.report(due.get(0).delivery(), 204, now);
        Outgoing next = outbox.due(now, Set.of()).get(0);
        assertThat(next.delivery()).isNotEqualTo(due.get(0).delivery());
        assertThat(JsonParser.parseString(next.body()).getAsJsonObject().getAsJsonObject("data").getAsJsonObject(
                "influencer").get("id").getAsString()).isEqualTo("ben");
    }

    @Test
    @DisplayName("W-3 503, 429 and no answer are retried with growing waits; 400 fails at once; after 24 h, failed")
    void answers() {
        moves.promote("c1", Selection.of("ana"), OP);
        long now = transactions.now(); // the fixture's clock, which dated the changes
        String id = outbox.due(now, Set.of()).get(0).delivery();
        DeliveryView first = outbox.report(id, 503, now);
        assertThat(first.status()).isEqualTo("pending");
        assertThat(first.next() - now).as("first retry within 5 s").isPositive().isLessThanOrEqualTo(5_000);
        assertThat(outbox.due(now, Set.of())).as("not before its time").isEmpty();
        DeliveryView second = outbox.report(id, 0, first.next());
        assertThat(second.next() - first.next()).isGreaterThan(first.next() - now);
        DeliveryView third = outbox.report(id, 429, second.next());
        assertThat(third.attempts()).isEqualTo(3);
        assertThat(outbox.report(id, 503, now + 24 * 3_600_000L).status()).as("24 h after the change")
                .isEqualTo("failed");

        moves.promote("c1", Selection.of("ben"), OP);
        String bad = outbox.due(now, Set.of()).get(0).delivery();
        DeliveryView refused = outbox.report(bad, 400, now);
        assertThat(refused.status()).isEqualTo("failed");
        assertThat(refused.attempts()).isEqualTo(1);
        assertThat(webhooks.deliveries(endpoint.endpoint().id(), true)).hasSize(2);
    }

    @Test
    @DisplayName("W-4 replay queues delivered and failed deliveries again with their ids; test queues after them")
    void replayAndTest() {
        moves.promote("c1", Selection.of("ana"), OP);
        long now = transactions.now(); // the fixture's clock, which dated the changes
        String id = outbox.due(now, Set.of()).get(0).delivery();
        outbox.report(id, 200, now);
        String w1 = endpoint.endpoint().id();
        assertThat(webhooks.replay(w1, null, id, OP)).isEqualTo(1);
        assertThat(outbox.due(now, Set.of()).get(0).delivery()).isEqualTo(id);
        DeliveryView test = webhooks.test(w1, OP);
        assertThat(test.type()).isEqualTo("webhook.test");
        assertThat(webhooks.deliveries(w1, false)).extracting(DeliveryView::delivery).as("after what is queued")
                .containsExactly(id, test.delivery());
        assertThatThrownBy(() -> webhooks.replay(w1, 1L, id, OP)).isInstanceOf(WorkflowException.class);
        assertThatThrownBy(() -> webhooks.replay("w9", 1L, null, OP)).hasMessageContaining("no webhook 'w9'");
        webhooks.remove(w1, OP);
        assertThat(webhooks.list()).isEmpty();
        assertThat(outbox.due(now, Set.of())).isEmpty();
    }

    private long journalSeq(String influencer, String to) {
        return store.read(tx -> tx.journal("c1", influencer)).stream().filter(e -> to.equals(e.to())).findFirst()
                .orElseThrow().seq();
    }

    @Test
    @DisplayName("W-1 incentive status changes are queued for the endpoints that take incentive.changed, with the"
            + " incentive and its status before and after")
    void incentiveDeliveries() {
        WebhookCreated all = webhooks.add("http://127.0.0.1:9/all", List.of(), OP);
        var incentives = new stageflow.engine.incentive.IncentivesComponent(transactions,
                new stageflow.engine.workflow.PhasePolicies(policies));
        incentives.add("c1", "ana", new stageflow.api.incentive.IncentiveSpec("payment", "10", "EUR", "pre-payment",
                true, null), OP, false);
        moves.move("c1", "confirmation", Selection.of("ana"), OP);
        List<DeliveryView> toAll = webhooks.deliveries(all.endpoint().id(), false);
        assertThat(toAll).extracting(DeliveryView::type).containsExactly("incentive.changed", "stage.changed",
                "incentive.changed");
        assertThat(webhooks.deliveries(endpoint.endpoint().id(), false)).extracting(DeliveryView::type)
                .as("an endpoint for stage changes only").containsOnly("stage.changed");
        Outgoing first = outbox.due(System.currentTimeMillis(), Set.of()).stream()
                .filter(o -> o.endpoint().equals(all.endpoint().id())).findFirst().orElseThrow();
        JsonObject data = JsonParser.parseString(first.body()).getAsJsonObject().getAsJsonObject("data");
        assertThat(data.get("previous").isJsonNull()).isTrue();
        assertThat(data.get("current").getAsString()).isEqualTo("draft");
        assertThat(data.getAsJsonObject("incentive").get("amount").getAsString()).isEqualTo("10.00");
    }
}
