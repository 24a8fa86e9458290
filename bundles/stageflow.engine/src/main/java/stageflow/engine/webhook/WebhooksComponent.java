package stageflow.engine.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.google.gson.JsonObject;

import stageflow.api.Ids;
import stageflow.api.Origin;
import stageflow.api.WorkflowException;
import stageflow.api.stage.StageRegistry;
import stageflow.api.webhook.DeliveryView;
import stageflow.api.webhook.WebhookCreated;
import stageflow.api.webhook.WebhookEndpoint;
import stageflow.api.webhook.Webhooks;
import stageflow.engine.tx.Transactions;
import stageflow.store.spi.DeliveryRecord;
import stageflow.store.spi.StoreReader;
import stageflow.store.spi.WebhookRecord;
import stageflow.store.spi.WorkflowStore;

/** Webhook endpoints and their outboxes (E-2, W-2, W-4): what the {@code webhook:} commands call. */
@Component(service = Webhooks.class)
public final class WebhooksComponent implements Webhooks {
    private static final List<String> TYPES = List.of(STAGE_CHANGED, INCENTIVE_CHANGED);
    private static final int LONGEST_URL = 2000;

    private final Transactions tx;

    @Activate
    public WebhooksComponent(@Reference WorkflowStore store, @Reference StageRegistry registry) {
        this(Transactions.sealed(store, registry));
    }

    /** On given transactions: the engine's tests, on the real store without a framework. */
    public WebhooksComponent(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public WebhookCreated add(String url, List<String> events, Origin origin) {
        URI uri = url(url);
        List<String> types = events == null ? List.of() : events.stream().map(e -> e.trim().toLowerCase(Locale.ROOT))
                .filter(e -> !e.isEmpty()).distinct().toList();
        for (String type : types) {
            if (!TYPES.contains(type)) {
                throw WorkflowException.invalid("unknown event type '" + Ids.shorten(type) + "'; the types are "
                        + String.join(", ", TYPES));
            }
        }
        String secret = Signing.newSecret();
        return tx.write(origin, t -> {
            WebhookRecord record = new WebhookRecord(nextId(t), uri.toString(), secret, types, tx.now());
            t.putWebhook(record);
            return new WebhookCreated(view(t, record), secret);
        });
    }

    @Override
    public List<WebhookEndpoint> list() {
        return tx.read(t -> t.webhooks().stream().map(w -> view(t, w)).toList());
    }

    @Override
    public void remove(String id, Origin origin) {
        tx.write(origin, t -> {
            require(t, id);
            t.removeWebhook(id);
            return null;
        });
    }

    @Override
    public DeliveryView test(String id, Origin origin) {
        return tx.write(origin, t -> {
            require(t, id);
            JsonObject data = new JsonObject();
            data.addProperty("endpoint", id);
            long now = tx.now();
            return view(t.putDelivery(new DeliveryRecord(UUID.randomUUID().toString(), id, 0, TEST, null, 0,
                    Outbox.envelope(TEST, data, now), DeliveryRecord.PENDING, 0, 0, now, now)));
        });
    }

    @Override
    public List<DeliveryView> deliveries(String endpoint, boolean failedOnly) {
        return tx.read(t -> {
            List<WebhookRecord> endpoints = endpoint == null ? t.webhooks() : List.of(require(t, endpoint));
            List<DeliveryView> views = new ArrayList<>();
            for (WebhookRecord w : endpoints) {
                t.deliveries(w.id(), 1, Integer.MAX_VALUE).stream()
                        .filter(d -> !failedOnly || d.status().equals(DeliveryRecord.FAILED))
                        .forEach(d -> views.add(view(d)));
            }
            return views;
        });
    }

    @Override
    public int replay(String endpoint, Long sinceSeq, String delivery, Origin origin) {
        if ((sinceSeq == null) == (delivery == null)) {
            throw WorkflowException.invalid("name what to send again: --since <seq> or --delivery <delivery>");
        }
        return tx.write(origin, t -> {
            require(t, endpoint);
            List<DeliveryRecord> chosen = delivery != null
                    ? List.of(t.delivery(delivery).filter(d -> d.endpoint().equals(endpoint)).orElseThrow(() ->
                            WorkflowException.invalid("no delivery '" + Ids.shorten(delivery) + "' to " + endpoint
                                    + "; webhook:deliveries " + endpoint + " lists them")))
                    : t.deliveries(endpoint, 1, Integer.MAX_VALUE).stream()
                            .filter(d -> d.seq() >= sinceSeq && d.type().equals(STAGE_CHANGED)).toList();
            long now = tx.now();
            int queued = 0;
            for (DeliveryRecord d : chosen) {
                if (!d.status().equals(DeliveryRecord.PENDING)) {
                    // W-4: the same id, a fresh 24 hours and fresh retries (W-3), in its place in the outbox's order
                    t.putDelivery(new DeliveryRecord(d.id(), d.endpoint(), d.number(), d.type(), d.campaign(),
                            d.seq(), d.body(), DeliveryRecord.PENDING, 0, 0, now, now));
                    queued++;
                }
            }
            return queued;
        });
    }

    private static URI url(String url) {
        if (url == null || url.isBlank() || url.length() > LONGEST_URL) {
            throw WorkflowException.invalid("name the endpoint's URL: http(s)://host[:port]/path, at most "
                    + LONGEST_URL + " characters");
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getUserInfo() == null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // said below, in one line
        }
        throw WorkflowException.invalid("'" + Ids.shorten(url) + "' is not an http(s) URL with a host (and no"
                + " user:password); e.g. https://hooks.example.com/stageflow");
    }

    private static WebhookRecord require(StoreReader t, String id) {
        return t.webhook(id).orElseThrow(() -> WorkflowException.invalid("no webhook '" + Ids.shorten(String.valueOf(
                id)) + "'; webhook:list shows them"));
    }

    /** w1, w2, ...: short for operators, never reused while the highest stands. */
    private static String nextId(StoreReader t) {
        long highest = t.webhooks().stream().mapToLong(w -> Long.parseLong(w.id().substring(1))).max().orElse(0);
        return "w" + (highest + 1);
    }

    private static WebhookEndpoint view(StoreReader t, WebhookRecord w) {
        List<DeliveryRecord> head = t.pendingDeliveries(w.id(), 1);
        String status = !head.isEmpty() && head.get(0).attempts() > 0 ? "retrying" : "active";
        long pending = t.pendingCount(w.id());
        return new WebhookEndpoint(w.id(), w.url(), w.events(), status, pending);
    }

    static DeliveryView view(DeliveryRecord d) {
        return new DeliveryView(d.id(), d.endpoint(), d.type(), d.campaign(), d.seq(), d.status(), d.attempts(),
                d.lastStatus(), d.status().equals(DeliveryRecord.PENDING) ? d.next() : 0);
    }
}
