package stageflow.payment;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import stageflow.api.payment.PaymentAnswer;
import stageflow.api.payment.PaymentProvider;
import stageflow.api.payment.PaymentRequest;
import stageflow.api.payment.Payouts;

/**
 * One round of paying (I-3): each ready integrated incentive goes to the payment provider in force, on a thread of
 * the payer's own, within the time limit; the store is not held while the provider works, only while its answer is
 * recorded. A provider that throws, hangs or answers pending is asked again after the retry delay; a call still
 * running past its limit is not doubled by another for the same incentive. A plain class: {@link PaymentRounds} runs
 * it in the framework, the tests run it directly.
 */
public final class Payer implements AutoCloseable {
    static final int BATCH = 50;

    private final Payouts payouts;
    private final Supplier<PaymentProvider> provider;
    private final Consumer<String> warnings;
    private final long timeoutMillis;
    private final long retryMillis;
    /** Incentive request id to the time before which it is not asked again. */
    private final Map<String, Long> notBefore = new ConcurrentHashMap<>();
    /**
     * Calls that outlived their limit, by provider and request id: never a second call to a provider about an
     * incentive while its first still runs; another provider may be asked.
     */
    private final Map<String, Future<PaymentAnswer>> overdue = new ConcurrentHashMap<>();
    private final ExecutorService calls = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "stageflow-payment-call");
        thread.setDaemon(true);
        return thread;
    });

    public Payer(Payouts payouts, Supplier<PaymentProvider> provider, Consumer<String> warnings, long timeoutMillis,
            long retryMillis) {
        this.payouts = payouts;
        this.provider = provider;
        this.warnings = warnings;
        this.timeoutMillis = timeoutMillis;
        this.retryMillis = retryMillis;
    }

    /** Asks the provider about every due incentive once; how many answers were recorded. */
    public int round() {
        PaymentProvider current = provider.get();
        if (current == null) {
            return 0; // none deployed: the incentives wait in ready
        }
        overdue.values().removeIf(Future::isDone);
        long now = System.currentTimeMillis();
        notBefore.values().removeIf(until -> until <= now);
        Set<String> waiting = new HashSet<>(notBefore.keySet());
        overdue.keySet().stream().filter(k -> k.startsWith(callPrefix(current))).map(k -> k.substring(k.indexOf(' ')
                + 1)).forEach(waiting::add);
        int recorded = 0;
        for (PaymentRequest request : payouts.due(BATCH, waiting)) {
            if (Thread.currentThread().isInterrupted()) {
                break; // stopping: no new payment starts
            }
            PaymentAnswer answer = ask(current, request);
            if (answer == null || answer.outcome() == PaymentAnswer.Outcome.PENDING) {
                notBefore.put(request.id(), System.currentTimeMillis() + retryMillis);
                continue;
            }
            if (payouts.record(request, answer) != null) {
                recorded++;
            } else {
                // settled by an operator meanwhile, or the influencer moved or the campaign was archived: the
                // provider's answer is not recorded, and somebody should look
                warnings.accept("payment of " + name(request) + ": the provider answered " + answer.outcome()
                        + " but the incentive is no longer ready; not recorded, check it by hand");
            }
        }
        return recorded;
    }

    @Override
    public void close() {
        calls.shutdownNow();
    }

    private static String call(PaymentProvider provider, PaymentRequest request) {
        return callPrefix(provider) + request.id();
    }

    private static String callPrefix(PaymentProvider provider) {
        return System.identityHashCode(provider) + " ";
    }

    /** An incentive as the log names it: campaign and incentive id, not the influencer (their id may be an address). */
    private static String name(PaymentRequest request) {
        return request.campaign() + "/" + request.incentive();
    }

    /** The provider's answer, or null when it failed or took too long (then it is asked again later). */
    private PaymentAnswer ask(PaymentProvider current, PaymentRequest request) {
        Future<PaymentAnswer> call = calls.submit(() -> current.pay(request));
        try {
            PaymentAnswer answer = call.get(timeoutMillis, TimeUnit.MILLISECONDS);
            if (answer == null) {
                warnings.accept("payment of " + name(request) + ": the provider answered nothing; asked again later");
            }
            return answer;
        } catch (TimeoutException e) {
            overdue.put(call(current, request), call);
            warnings.accept("payment of " + name(request) + ": no answer within " + timeoutMillis + " ms; asked"
                    + " again later");
        } catch (ExecutionException e) {
            // the class only: a provider's message may carry a gateway's URL or key
            warnings.accept("payment of " + name(request) + " failed in the provider ("
                    + e.getCause().getClass().getName() + "); asked again later");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }
}
