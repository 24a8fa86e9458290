package stageflow.engine.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import stageflow.api.Origin;
import stageflow.api.stage.StageRegistry;
import stageflow.api.webhook.DeliveryView;
import stageflow.api.webhook.Outgoing;
import stageflow.api.webhook.WebhookOutbox;
import stageflow.engine.tx.Transactions;
import stageflow.store.spi.DeliveryRecord;
import stageflow.store.spi.WebhookRecord;
import stageflow.store.spi.WorkflowStore;

/** The outbox for the sending bundle: the head of each endpoint's outbox when due, signed; answers applied (W-3). */
@Component(service = WebhookOutbox.class)
public final class OutboxComponent implements WebhookOutbox {
    private static final Origin SENDER = Origin.operator("webhook-sender");

    private final Transactions tx;

    @Activate
    public OutboxComponent(@Reference WorkflowStore store, @Reference StageRegistry registry) {
        this(Transactions.sealed(store, registry));
    }

    /** On given transactions: the engine's tests, on the real store without a framework. */
    public OutboxComponent(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public List<Outgoing> due(long now, Set<String> busy) {
        return tx.read(t -> {
            List<Outgoing> due = new ArrayList<>();
            for (WebhookRecord endpoint : t.webhooks()) {
                if (busy.contains(endpoint.id())) {
                    continue;
                }
                // W-2: only the oldest pending delivery, so the endpoint receives in journal order
                t.pendingDeliveries(endpoint.id(), 1).stream().filter(d -> d.next() <= now).findFirst()
                        .ifPresent(d -> due.add(new Outgoing(d.id(), endpoint.id(), endpoint.url(),
                                Signing.headers(endpoint.secret(), d.id(), now / 1000, d.body()), d.body())));
            }
            return due;
        });
    }

    @Override
    public DeliveryView report(String delivery, int httpStatus, long now) {
        return tx.write(SENDER, t -> t.delivery(delivery)
                // removed with its endpoint, or replayed meanwhile: nothing to record
                .filter(d -> d.status().equals(DeliveryRecord.PENDING))
                .map(d -> WebhooksComponent.view(t.putDelivery(DeliveryRules.after(d, httpStatus, now))))
                .orElse(null));
    }
}
