package stageflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static stageflow.e2e.Await.await;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/**
 * Messages end to end (workflow-spec M-1..M-3): the distribution in Felix, a real SMTP server in the test
 * (GreenMail), configured by a stageflow.mail.cfg in the configuration folder the launcher is given.
 */
class MailIT {
    @TempDir
    Path work;

    private GreenMail smtp;
    private int port;
    private Path config;

    @BeforeEach
    void start() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        config = Files.createDirectories(work.resolve("config"));
        Files.writeString(work.resolve("influencers.csv"), "id,name,email\nana,Ana Lima,ana@example.com\n"
                + "ben,Ben Okafor,ben@example.com\n");
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    private void configureMail() throws Exception {
        Path cfg = config.resolve("stageflow.mail.cfg.tmp");
        Files.writeString(cfg, "host=127.0.0.1\nport=" + port + "\nfrom=campaigns@brand.example\n");
        // whole, or not at all: the configuration folder is watched while Stageflow runs
        Files.move(cfg, config.resolve("stageflow.mail.cfg"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private Server.Result exec(String commands) throws Exception {
        Server.Result result = Server.run(work, "--config", config.toString(), "exec", commands);
        assertThat(result.status()).as(commands + "\n" + result.err()).isZero();
        return result;
    }

    private JsonArray messages() throws Exception {
        return JsonParser.parseString(exec("message:list spring --json").out()).getAsJsonArray();
    }

    private static List<String> statuses(JsonArray messages) {
        return messages.asList().stream().map(JsonElement::getAsJsonObject).map(m -> m.get("status").getAsString())
                .toList();
    }

    @Test
    @DisplayName("M-3 exec queues, the server mails them rendered; a stage re-entered twice mails once; a manual"
            + " send always goes")
    void stageEntryMailedOnce() throws Exception {
        configureMail();
        exec("campaign:create spring --name 'Spring launch'; influencer:import spring influencers.csv;"
                + " campaign:launch spring; influencer:promote spring ana ben;"
                + " influencer:move spring candidates ana; influencer:promote spring ana;"
                + " influencer:move spring candidates ana; influencer:promote spring ana");
        assertThat(statuses(messages())).as("one invitation each, queued by exec").containsExactly("queued",
                "queued");
        assertThat(smtp.getReceivedMessages()).as("a short exec sends nothing").isEmpty();

        try (Server server = Server.start(work, List.of("--config", config.toString(), "--ssh", "127.0.0.1:0"))) {
            assertThat(smtp.waitForIncomingEmail(60_000, 2)).as("both invitations mailed").isTrue();
            MimeMessage toAna = received("ana@example.com");
            assertThat(toAna.getSubject()).isEqualTo("You're invited: Spring launch");
            assertThat(GreenMailUtil.getBody(toAna)).contains("Hi Ana,").contains("join Spring launch");
            assertThat(toAna.getFrom()[0].toString()).isEqualTo("campaigns@brand.example");
            await("message:list shows both sent", () -> statuses(messages()).equals(List.of("sent", "sent")));

            exec("influencer:move spring candidates ana; influencer:promote spring ana;"
                    + " template:send spring invitation ana");
            assertThat(smtp.waitForIncomingEmail(60_000, 3)).as("the manual send").isTrue();
            await("the manual send recorded sent", () -> statuses(messages()).equals(List.of("sent", "sent",
                    "sent")));
            assertThat(smtp.getReceivedMessages()).as("re-entering Invited a third time mailed nothing").hasSize(3);
        }
    }

    @Test
    @DisplayName("M-3 without a mail server messages stay queued; they go out once stageflow.mail.cfg appears")
    void queuedUntilConfigured() throws Exception {
        try (Server server = Server.start(work, List.of("--config", config.toString(), "--ssh", "127.0.0.1:0"))) {
            exec("campaign:create spring --name 'Spring launch'; influencer:import spring influencers.csv;"
                    + " campaign:launch spring; template:set spring member-accepted --subject"
                    + " 'Welcome aboard, {{first_name}}'; influencer:move spring confirmation ben");
            assertThat(statuses(messages())).containsExactly("queued");
            configureMail();
            assertThat(smtp.waitForIncomingEmail(60_000, 1)).as("mailed once a server is configured").isTrue();
            assertThat(received("ben@example.com").getSubject()).isEqualTo("Welcome aboard, Ben");
            await("recorded sent", () -> statuses(messages()).equals(List.of("sent")));
        }
    }

    private MimeMessage received(String to) throws Exception {
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(to)) {
                return m;
            }
        }
        throw new AssertionError("nothing received for " + to);
    }
}
