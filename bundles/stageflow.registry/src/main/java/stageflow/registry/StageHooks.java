package stageflow.registry;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import stageflow.api.stage.InfluencerView;
import stageflow.api.stage.StageDefinition;

/**
 * Calls extension code (the hooks of {@link StageDefinition}) so that it cannot stop the engine: each call runs on a
 * hook thread with a time limit, and a hook that throws or runs over counts as "no" and is logged. While a hook that
 * ran over is still running, further calls to that stage's hooks are answered "no" at once, so a hanging extension
 * costs one time-out, not one per influencer of a bulk command.
 */
public final class StageHooks implements AutoCloseable {
    public static final long DEFAULT_TIMEOUT_MILLIS = 1000;

    /** A hook's answer, or why there is none. */
    public record Answer<T>(T value, String failure) {
        public boolean failed() {
            return failure != null;
        }
    }

    private final ExecutorService threads = Executors.newCachedThreadPool(new HookThreads());
    private final Map<String, AtomicBoolean> overrunning = new ConcurrentHashMap<>();
    private final Consumer<String> warn;
    private volatile long timeoutMillis = DEFAULT_TIMEOUT_MILLIS;

    public StageHooks(Consumer<String> warn) {
        this.warn = warn;
    }

    public void timeoutMillis(long millis) {
        if (millis < 1) {
            throw new IllegalArgumentException("hook.timeout.ms must be 1 or more, not " + millis);
        }
        this.timeoutMillis = millis;
    }

    public long timeoutMillis() {
        return timeoutMillis;
    }

    /** The entry check of {@code stage}: a reason to refuse, or empty; a failed check refuses. */
    public Optional<String> refuseEntry(String stage, StageDefinition definition, InfluencerView influencer) {
        Answer<Optional<String>> answer = ask(stage, "entry check", () -> definition.refuseEntry(influencer));
        if (answer.failed()) {
            return Optional.of("the entry check of stage '" + stage + "' failed (" + answer.failure() + "), so entry"
                    + " is refused; ask the stage's provider, or move '" + influencer.influencer() + "' elsewhere");
        }
        return answer.value() == null ? Optional.empty() : answer.value().filter(reason -> !reason.isBlank());
    }

    /** The automatic exit condition of {@code stage}; false when it fails. */
    public boolean exitReached(String stage, StageDefinition definition, InfluencerView influencer) {
        Answer<Boolean> answer = ask(stage, "exit condition", () -> definition.exitReached(influencer));
        return !answer.failed() && Boolean.TRUE.equals(answer.value());
    }

    <T> Answer<T> ask(String stage, String hook, Callable<T> call) {
        AtomicBoolean previous = overrunning.get(stage);
        if (previous != null) {
            if (!previous.get()) {
                return new Answer<>(null, "an earlier call is still running past the " + timeoutMillis + " ms limit");
            }
            overrunning.remove(stage, previous);
        }
        AtomicBoolean finished = new AtomicBoolean();
        Future<T> future = threads.submit(() -> {
            try {
                return call.call();
            } finally {
                finished.set(true);
            }
        });
        try {
            return new Answer<>(future.get(timeoutMillis, TimeUnit.MILLISECONDS), null);
        } catch (TimeoutException e) {
            future.cancel(true);
            if (!finished.get()) {
                overrunning.put(stage, finished);
            }
            return failed(stage, hook, "no answer within " + timeoutMillis + " ms");
        } catch (ExecutionException e) {
            return failed(stage, hook, "it threw " + e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return failed(stage, hook, "interrupted");
        }
    }

    private <T> Answer<T> failed(String stage, String hook, String failure) {
        warn.accept("the " + hook + " of stage '" + stage + "' counts as no: " + failure);
        return new Answer<>(null, failure);
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }

    /** Daemon threads with a telling name: a hung hook shows up in a thread dump as what it is. */
    private static final class HookThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread thread = new Thread(r, "stageflow-stage-hook-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
