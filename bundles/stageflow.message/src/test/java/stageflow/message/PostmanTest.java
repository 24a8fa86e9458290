package stageflow.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;
import stageflow.api.message.RenderedMessage;

/** The postman against a real SMTP server (GreenMail), on a free port of the loopback interface. */
class PostmanTest {
    private GreenMail smtp;
    private int port;

    @BeforeEach
    void start() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Test
    @DisplayName("a message reaches the server with its subject, body (UTF-8) and sender")
    void sends() throws Exception {
        Postman postman = new Postman(MailSettings.of(Map.of("host", "127.0.0.1", "port", String.valueOf(port),
                "from", "campaigns@brand.example")));

        Postman.Outcome outcome = postman.send(new RenderedMessage("ana@example.com", "Welcome, Ana — Été",
                "Hi Ana,\n\nyou are in. À bientôt — Zoë"));

        assertThat(outcome.error()).isNull();
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Welcome, Ana — Été");
        assertThat(received.getContent().toString()).as("the body, decoded").contains("you are in. À bientôt — Zoë");
        assertThat(received.getFrom()[0].toString()).isEqualTo("campaigns@brand.example");
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("ana@example.com");
    }

    @Test
    @DisplayName("a server that is not there is a failure worth retrying; a malformed address is not")
    void failures() throws Exception {
        smtp.stop();
        Postman postman = new Postman(MailSettings.of(Map.of("host", "127.0.0.1", "port", String.valueOf(port),
                "from", "campaigns@brand.example", "timeoutSeconds", "2")));

        Postman.Outcome down = postman.send(new RenderedMessage("ana@example.com", "s", "b"));
        Postman.Outcome malformed = postman.send(new RenderedMessage("not an address", "s", "b"));

        assertThat(down.error()).isNotNull();
        assertThat(down.permanent()).isFalse();
        assertThat(malformed.error()).startsWith("not a mail address");
        assertThat(malformed.permanent()).isTrue();
    }

    @Test
    @DisplayName("a user logs in with the password from passwordFile, read beside the configuration")
    void login(@TempDir Path config) throws Exception {
        smtp.setUser("campaigns@brand.example", "sender", "s3cret");
        Files.writeString(config.resolve("mail.password"), "s3cret\n");
        Path cfg = config.resolve("stageflow.mail.cfg");
        MailSettings settings = MailSettings.of(Map.of("host", "127.0.0.1", "port", String.valueOf(port), "from",
                "campaigns@brand.example", "username", "sender", "passwordFile", "mail.password",
                "felix.fileinstall.filename", cfg.toUri().toString()));

        assertThat(settings.toString()).doesNotContain("s3cret");
        assertThat(new Postman(settings).send(new RenderedMessage("ana@example.com", "s", "b")).error()).isNull();
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
    }

    @Test
    @DisplayName("settings that make no sense are refused in one line naming the setting")
    void wrongSettings() {
        assertThatThrownBy(() -> MailSettings.of(Map.of("from", "a@b.example")))
                .hasMessage("stageflow.mail: host is missing (the SMTP server, e.g. host=smtp.example.com)");
        assertThatThrownBy(() -> MailSettings.of(Map.of("host", "h", "from", "a@b.example", "port", "99999")))
                .hasMessageContaining("port '99999' is not a number from 1 to 65535");
        assertThatThrownBy(() -> MailSettings.of(Map.of("host", "h", "from", "nobody")))
                .hasMessageContaining("from 'nobody' is not a mail address");
        assertThatThrownBy(() -> MailSettings.of(Map.of("host", "h", "from", "a@b.example", "username", "u")))
                .hasMessageContaining("passwordFile is not");
        assertThatThrownBy(() -> MailSettings.of(Map.of("host", "smtp.example.com", "from", "a@b.example",
                "username", "u", "passwordFile", "/etc/hostname"))).as("a password in clear to another machine")
                .hasMessageContaining("without starttls=true would send the password in clear text");
    }
}
