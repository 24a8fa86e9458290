package stageflow.message;

import java.util.List;
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
 */
public final class MailRounds implements AutoCloseable {
    static final int BATCH = 20;

    private final MessageOutbox outbox;
    private final Postman postman;
    private final Consumer<String> warnings;
    private final ScheduledExecutorService rounds = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "stageflow-mail");
        thread.setDaemon(true);
        return thread;
    });

    public MailRounds(MessageOutbox outbox, Postman postman, Consumer<String> warnings) {
        this.outbox = outbox;
        this.postman = postman;
        this.warnings = warnings;
    }

    public MailRounds start() {
        rounds.scheduleWithFixedDelay(this::round, 0, 1, TimeUnit.SECONDS);
        return this;
    }

    @Override
    public void close() {
        rounds.shutdownNow();
    }

    private void round() {
        try {
            List<Outgoing> due;
            do {
                due = outbox.due(System.currentTimeMillis(), BATCH);
                for (Outgoing message : due) {
                    if (Thread.currentThread().isInterrupted()) {
                        return;
                    }
                    Postman.Outcome outcome = postman.send(message.message());
                    outbox.report(message.campaign(), message.id(), outcome.error(), outcome.permanent(),
                            System.currentTimeMillis());
                    if (outcome.error() != null) {
                        warnings.accept("message " + message.campaign() + "/" + message.id() + " to "
                                + message.message().to() + " not sent: " + outcome.error());
                    }
                }
            } while (due.size() == BATCH);
        } catch (RuntimeException e) {
            // the store closing under a stopping framework, say: the next round (or the next start) tries again
            warnings.accept("mail round failed: " + e);
        }
    }
}
