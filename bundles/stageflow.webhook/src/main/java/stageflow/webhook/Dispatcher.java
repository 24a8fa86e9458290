package stageflow.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import stageflow.api.webhook.Outgoing;
import stageflow.api.webhook.WebhookOutbox;

/**
 * Works through the webhook outbox (W-2, W-3): every 100 ms, and at once after a delivery was taken, it takes what is
 * due (at most one delivery per endpoint, none for an endpoint still waiting for an answer), sends each with the
 * JDK's HttpClient, and reports the answer (0 when none came). A plain class: {@link WebhookSender} runs it in the
 * framework, the benchmarks without one.
 */
public final class Dispatcher implements AutoCloseable {
    static final Duration POLL = Duration.ofMillis(100);
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);

    private final WebhookOutbox outbox;
    private final Consumer<String> warnings;
    private final Set<String> busy = ConcurrentHashMap.newKeySet();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final ScheduledExecutorService rounds = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "stageflow-webhooks");
        thread.setDaemon(true);
        return thread;
    });

    public Dispatcher(WebhookOutbox outbox, Consumer<String> warnings) {
        this.outbox = outbox;
        this.warnings = warnings;
    }

    /** Starts the rounds. */
    public Dispatcher start() {
        rounds.scheduleWithFixedDelay(this::round, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    @Override
    public void close() {
        rounds.shutdownNow();
    }

    private void round() {
        try {
            List<Outgoing> due = outbox.due(System.currentTimeMillis(), Set.copyOf(busy));
            for (Outgoing delivery : due) {
                busy.add(delivery.endpoint());
                send(delivery);
            }
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            // the store closing under a stopping framework, say: the next round (or the next start) tries again;
            // an Error too, as a scheduled task that throws is never run again
            warnings.accept("webhook round failed: " + e);
        }
    }

    private void send(Outgoing delivery) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(delivery.url())).timeout(ANSWER_WITHIN)
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.body()));
            delivery.headers().forEach(request::header);
            http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> answered(delivery, failure == null ? response.statusCode()
                            : 0));
        } catch (RuntimeException e) {
            // the request could not even be made: the endpoint must not stay busy; the answer is "none"
            answered(delivery, 0);
        }
    }

    private void answered(Outgoing delivery, int status) {
        try {
            outbox.report(delivery.delivery(), status, System.currentTimeMillis());
        } catch (RuntimeException e) {
            // not recorded: the delivery stays pending and goes again (at least once, W-2)
            warnings.accept("webhook delivery " + delivery.delivery() + " not recorded: " + e);
        } finally {
            busy.remove(delivery.endpoint());
        }
        if (status >= 200 && status < 300) {
            // taken: the endpoint's next delivery goes now, not at the next poll, so a backlog drains at the
            // receiver's pace
            try {
                rounds.execute(this::round);
            } catch (RejectedExecutionException stopping) {
                // closed meanwhile: the next start sends the rest
            }
        }
    }
}
