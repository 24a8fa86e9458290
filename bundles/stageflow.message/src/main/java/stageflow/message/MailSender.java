package stageflow.message;

import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import stageflow.api.message.MessageOutbox;

/**
 * Sends the message outbox by SMTP while Stageflow runs as a server or a console, and only once
 * {@code runtime-config/stageflow.mail.cfg} names a server: until then messages stay queued, visible in
 * message:list, and go out when the file appears (FileInstall hands it to Configuration Admin, which starts this
 * component; an edit restarts it with the new settings). Settings that do not make sense are logged in one line and
 * nothing is sent. A short {@code exec} or {@code run} sends nothing, like the webhook sender.
 */
@Component(configurationPid = MailSender.PID, configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true,
        service = {})
@Designate(ocd = MailSender.Config.class)
public final class MailSender {
    static final String PID = "stageflow.mail";

    /** For the metatype (the settings a management console shows); the settings are read by {@link MailSettings}. */
    @ObjectClassDefinition(id = PID, name = "Stageflow mail",
            description = "The SMTP server messages to influencers go out through")
    public @interface Config {
        @AttributeDefinition(description = "SMTP server host name")
        String host();

        @AttributeDefinition(required = false, description = "SMTP port (default 25; 587 for submission)")
        int port() default 25;

        @AttributeDefinition(description = "the sender address, e.g. campaigns@example.com")
        String from();

        @AttributeDefinition(required = false, description = "require STARTTLS before sending (default false)")
        boolean starttls() default false;

        @AttributeDefinition(required = false, description = "user name to log in with, if the server wants one")
        String username();

        @AttributeDefinition(required = false, description = "file holding the password, relative to this file")
        String passwordFile();

        @AttributeDefinition(required = false, description = "connect, read and write timeout in seconds (30)")
        int timeoutSeconds() default 30;
    }

    private final MailRounds rounds;

    @Activate
    public MailSender(Map<String, Object> properties, @Reference MessageOutbox outbox,
            @Reference(service = LoggerFactory.class) Logger logger, BundleContext context) {
        MailRounds started = null;
        String mode = context.getProperty("stageflow.mode");
        try {
            MailSettings settings = MailSettings.of(properties);
            if (!"exec".equals(mode) && !"run".equals(mode)) {
                // a send under way may take connect, write and read time-outs before a new configuration starts
                started = new MailRounds(outbox, new Postman(settings), logger::warn,
                        3_000L * settings.timeoutSeconds() + 1_000).start();
                logger.info("messages go out through {}", settings);
            }
        } catch (IllegalArgumentException wrong) {
            logger.error("{}; messages stay queued until it is fixed", wrong.getMessage());
        }
        rounds = started;
    }

    @Deactivate
    void deactivate() {
        if (rounds != null) {
            rounds.close();
        }
    }
}
