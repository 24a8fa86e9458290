package stageflow.payment;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import stageflow.api.payment.PaymentProvider;
import stageflow.api.payment.Payouts;

/**
 * Runs the {@link Payer} every two seconds while Stageflow runs as a server or console, with the payment provider of
 * highest ranking that is deployed now: one deployed later is used from its first round, one removed stops being
 * asked, and with none the incentives wait in {@code ready}, nothing lost. A short {@code exec} or {@code run} pays
 * nothing, like the other senders.
 */
@Component(immediate = true, service = {}, configurationPid = PaymentRounds.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = PaymentRounds.Config.class)
public final class PaymentRounds {
    static final String PID = "stageflow.payment";

    @ObjectClassDefinition(id = PID, name = "Stageflow payments",
            description = "How the payment provider is asked to pay integrated incentives")
    public @interface Config {
        @AttributeDefinition(name = "timeout.ms", required = false,
                description = "how long a provider may take to answer before it is asked again later")
        long timeout_ms() default 10_000;

        @AttributeDefinition(name = "retry.seconds", required = false,
                description = "how long after a pending answer or a failure it is asked again")
        long retry_seconds() default 60;
    }

    /** Sorted by ranking, lowest first (DS 112.3.8.1): the last is the one in force. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<PaymentProvider> providers = List.of();

    private final Payer payer;
    private final ScheduledExecutorService rounds = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "stageflow-payments");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public PaymentRounds(Config config, @Reference Payouts payouts,
            @Reference(service = LoggerFactory.class) Logger logger, BundleContext context) {
        payer = new Payer(payouts, () -> {
            List<PaymentProvider> now = providers;
            return now.isEmpty() ? null : now.get(now.size() - 1);
        }, logger::warn, Math.max(1, config.timeout_ms()), 1000 * Math.max(1, config.retry_seconds()));
        String mode = context.getProperty("stageflow.mode");
        if (!"exec".equals(mode) && !"run".equals(mode)) {
            rounds.scheduleWithFixedDelay(() -> {
                try {
                    payer.round();
                } catch (VirtualMachineError e) {
                    throw e;
                } catch (Throwable e) {
                    // a scheduled task that throws is never run again: log, and try at the next round
                    logger.warn("payment round failed: {}", e.toString());
                }
            }, 2, 2, TimeUnit.SECONDS);
        }
    }

    @Deactivate
    void deactivate() {
        rounds.shutdownNow();
        payer.close();
    }
}
