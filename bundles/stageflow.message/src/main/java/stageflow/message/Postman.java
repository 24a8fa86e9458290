package stageflow.message;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import stageflow.api.message.RenderedMessage;

/**
 * Hands one rendered message to the SMTP server with Jakarta Mail (Eclipse Angus). A plain class: {@link MailSender}
 * runs it in the framework, the tests against a real SMTP server without one.
 */
public final class Postman {
    private final MailSettings settings;
    private final Session session;

    /** What became of one message: sent, or the reason and whether trying again could help. */
    public record Outcome(String error, boolean permanent) {
        static final Outcome SENT = new Outcome(null, false);
    }

    public Postman(MailSettings settings) {
        this.settings = settings;
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", settings.host());
        p.put("mail.smtp.port", String.valueOf(settings.port()));
        String timeout = String.valueOf(settings.timeoutSeconds() * 1000);
        p.put("mail.smtp.connectiontimeout", timeout);
        p.put("mail.smtp.timeout", timeout);
        p.put("mail.smtp.writetimeout", timeout);
        if (settings.starttls()) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
            // the certificate must name the host: an encrypted line to the wrong server protects nothing
            p.put("mail.smtp.ssl.checkserveridentity", "true");
        }
        Authenticator login = settings.username() == null ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.username(), settings.password());
            }
        };
        if (login != null) {
            p.put("mail.smtp.auth", "true");
        }
        this.session = withMailClassLoader(() -> Session.getInstance(p, login));
    }

    public Outcome send(RenderedMessage message) {
        try {
            MimeMessage mime = new MimeMessage(session);
            mime.setFrom(settings.from());
            mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.to(), true));
            mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
            mime.setText(message.body(), StandardCharsets.UTF_8.name());
            mime.setSentDate(new Date());
            Postman.<Void, MessagingException>withMailClassLoader(() -> {
                Transport.send(mime);
                return null;
            });
            return Outcome.SENT;
        } catch (AddressException e) {
            return new Outcome("not a mail address: " + message.to(), true);
        } catch (SendFailedException e) {
            // the server refused the recipient: sending again would be refused again
            boolean refused = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
            return new Outcome(oneLine(e), refused);
        } catch (MessagingException | RuntimeException e) {
            return new Outcome(oneLine(e), false);
        }
    }

    /**
     * Jakarta Mail finds its providers (SMTP, the text handlers) through the thread's context class loader; inside
     * OSGi that is not the loader of the Angus bundle, so it is set to it for the call. Without it a framework
     * without a service loader mediator finds no SMTP transport.
     */
    private static <T, E extends Exception> T withMailClassLoader(MailCall<T, E> call) throws E {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(org.eclipse.angus.mail.smtp.SMTPTransport.class.getClassLoader());
        try {
            return call.run();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private interface MailCall<T, E extends Exception> {
        T run() throws E;
    }

    private static String oneLine(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String text = cause.getClass().getSimpleName() + ": " + String.valueOf(cause.getMessage())
                .replaceAll("\\s+", " ").trim();
        return text.length() > 300 ? text.substring(0, 297) + "..." : text;
    }
}
