package stageflow.message;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import stageflow.api.Origin;
import stageflow.api.message.Messages;

/**
 * Queues the date-based messages (M-1) when a server or console starts and every hour after, the day taken in UTC
 * like every date Stageflow stores. Queuing needs no mail server: the messages wait in the outbox for one.
 */
@Component(immediate = true, service = {})
public final class DateRounds {
    private static final Origin DATES = Origin.operator("date-trigger");

    private final ScheduledExecutorService rounds = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "stageflow-dates");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public DateRounds(@Reference Messages messages, @Reference(service = LoggerFactory.class) Logger logger,
            BundleContext context) {
        String mode = context.getProperty("stageflow.mode");
        if (!"exec".equals(mode) && !"run".equals(mode)) {
            rounds.scheduleWithFixedDelay(() -> {
                try {
                    int queued = messages.queueDateBased(LocalDate.now(ZoneOffset.UTC), DATES);
                    if (queued > 0) {
                        logger.info("{} date-based messages queued", queued);
                    }
                } catch (VirtualMachineError e) {
                    throw e;
                } catch (Throwable e) {
                    // anything else: a scheduled task that throws is never run again
                    logger.warn("date-based messages not queued this hour: {}", e.toString());
                }
            }, 0, 1, TimeUnit.HOURS);
        }
    }

    @Deactivate
    void deactivate() {
        rounds.shutdownNow();
    }
}
