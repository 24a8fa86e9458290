package stageflow.webhook;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import stageflow.api.webhook.WebhookOutbox;

/**
 * Sends the webhook outbox while Stageflow runs as a server or a console ({@link Dispatcher}). A short {@code exec}
 * or {@code run} sends nothing: its deliveries stay queued, safely, for the next server or console (W-4), so a script
 * never waits for a slow receiver.
 */
@Component(immediate = true)
public final class WebhookSender {
    private final Dispatcher dispatcher;

    @Activate
    public WebhookSender(@Reference WebhookOutbox outbox,
            @Reference(service = LoggerFactory.class) Logger logger, BundleContext context) {
        String mode = context.getProperty("stageflow.mode");
        dispatcher = new Dispatcher(outbox, logger::warn);
        if (!"exec".equals(mode) && !"run".equals(mode)) {
            dispatcher.start();
        }
    }

    @Deactivate
    void deactivate() {
        dispatcher.close();
    }
}
