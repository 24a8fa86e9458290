package stageflow.message;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import stageflow.api.message.MessageOutbox;
import stageflow.api.message.MessageOutbox.Outgoing;

/**
 * Works through the message outbox: every second it takes what is due (a batch at a time) and hands each message to
 * the {@link Postman}, one after another on one thread (an SMTP server takes one message at a time per connection
 * anyway), and reports what became of it. A plain class: {@link MailSender} runs it in the framework.
 * <p>
 * A message is mailed before its status is written; when that write fails (the store closing, a full disk), the
 * message is remembered as mailed and not mailed again, and the write is tried again each round. A passing failure
 * (the server down, say) ends the round: the rest would most likely fail the same way, each burning an attempt.
 */
public final class MailRounds implements AutoCloseable {
    static final int BATCH = 20;

    private final MessageOutbox outbox;
    private final Postman postman;
    private final Consumer<String> warnings;
    private final long closeWithinMillis;
    /** Mailed, but the outbox does not know yet: campaign/id to the outcome to report. */
    private final Map<String, Outgoing> unrecorded = new ConcurrentHashMap<>();
    private final ScheduledExecutorService rounds = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "stageflow-mail");
        thread.setDaemon(true);
        return thread;
    });

    /** {@code closeWithinMillis}: how long {@link #close} waits for a send under way (the SMTP time-outs). */
    public MailRounds(MessageOutbox outbox, Postman postman, Consumer<String> warnings, long closeWithinMillis) {
        this.outbox = outbox;
        this.postman = postman;
        this.warnings = warnings;
        this.closeWithinMillis = closeWithinMillis;
    }

    public MailRounds start() {
        rounds.scheduleWithFixedDelay(this::round, 0, 1, TimeUnit.SECONDS);
        return this;
    }

    /**
     * Stops, and waits for a send under way: a new configuration starts new rounds at once, and they must not find
     * a message still queued that this one is mailing.
     */
    @Override
    public void close() {
        rounds.shutdownNow();
        try {
            if (!rounds.awaitTermination(closeWithinMillis, TimeUnit.MILLISECONDS)) {
                warnings.accept("mail sender still sending after " + closeWithinMillis + " ms; stopped waiting");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void round() {
        try {
            if (!recordMailed()) {
                return;
            }
            List<Outgoing> due;
            do {
                due = outbox.due(System.currentTimeMillis(), BATCH);
                for (Outgoing message : due) {
                    if (Thread.currentThread().isInterrupted() || unrecorded.containsKey(key(message))) {
                        return;
                    }
                    Postman.Outcome outcome = postman.send(message.message());
                    if (outcome.error() == null) {
                        unrecorded.put(key(message), message);
                        if (!recordMailed()) {
                            return;
                        }
                        continue;
                    }
                    outbox.report(message.campaign(), message.id(), outcome.error(), outcome.permanent(),
                            System.currentTimeMillis());
                    // the campaign and message id, not the address: the log is no place for influencers' data
                    warnings.accept("message " + key(message) + " not sent: " + outcome.error());
                    if (!outcome.permanent()) {
                        return;
                    }
                }
            } while (due.size() == BATCH);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            // anything else, Errors of a refreshed bundle included: a scheduled task that throws is never run again
            warnings.accept("mail round failed: " + e);
        }
    }

    /** Reports the mailed messages the outbox does not know of yet; false while that fails. */
    private boolean recordMailed() {
        for (Map.Entry<String, Outgoing> mailed : unrecorded.entrySet()) {
            Outgoing m = mailed.getValue();
            try {
                outbox.report(m.campaign(), m.id(), null, false, System.currentTimeMillis());
                unrecorded.remove(mailed.getKey());
            } catch (RuntimeException e) {
                warnings.accept("message " + mailed.getKey() + " was mailed but not recorded yet: " + e);
                return false;
            }
        }
        return true;
    }

    private static String key(Outgoing message) {
        return message.campaign() + "/" + message.id();
    }
}
