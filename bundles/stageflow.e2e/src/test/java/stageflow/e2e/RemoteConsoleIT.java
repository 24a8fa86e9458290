package stageflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.SshException;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The remote console's security (workflow-spec) against a real server, with a real SSH client (Apache
 * MINA SSHD's, as a team member's tool would use it, and OpenSSH's ssh program).
 */
class RemoteConsoleIT {
    @TempDir
    static Path work;
    static Server server;
    static Ssh ssh;
    static KeyPair admin;

    @BeforeAll
    static void start() throws Exception {
        // an extension with its own commands, which declare no role: admin-only
        Path deploy = Files.createDirectories(work.resolve("deploy"));
        try (Stream<Path> jars = Files.list(Path.of(System.getProperty("stageflow.shipping.dir")))) {
            Path jar = jars.filter(p -> p.getFileName().toString().matches("stageflow\\.example\\.shipping-.*\\.jar"))
                    .findFirst().orElseThrow();
            Files.copy(jar, deploy.resolve("shipping.jar"));
        }
        server = Server.start(work);
        ssh = new Ssh();
        admin = Ssh.newKey();
        server.admin("access:grant root-admin admin --key '" + Ssh.line(admin) + "'; campaign:create c1;"
                + " influencer:add c1 ana ben");
    }

    @AfterAll
    static void stop() throws Exception {
        ssh.close();
        server.close();
    }

    static KeyPair grant(String user, String role) throws Exception {
        KeyPair key = Ssh.newKey();
        Ssh.Result granted = ssh.exec(server, "root-admin", admin, "access:grant " + user + " " + role + " --key '"
                + Ssh.line(key) + "'");
        assertThat(granted.status()).as(granted.err()).isZero();
        return key;
    }

    @Test
    @DisplayName("X-1 public keys only: a granted key signs in, an unknown key and a password do not")
    void keysOnly() throws Exception {
        KeyPair key = grant("kim", "viewer");
        assertThat(ssh.exec(server, "kim", key, "campaign:list").out()).contains("c1");
        assertThatThrownBy(() -> ssh.exec(server, "kim", Ssh.newKey(), "campaign:list")).as("unknown key")
                .isInstanceOf(SshException.class);
        assertThatThrownBy(() -> ssh.exec(server, "lee", key, "campaign:list")).as("kim's key under another name")
                .isInstanceOf(SshException.class);
        assertThatThrownBy(() -> {
            try (ClientSession session = ssh.sessionWithPassword(server, "kim", "secret")) {
                Ssh.exec(session, "campaign:list");
            }
        }).as("password").isInstanceOf(SshException.class);
    }

    @Test
    @DisplayName("X-4 a revoked key is refused at its next command, in the session it is signed in with")
    void revokedKey() throws Exception {
        KeyPair key = grant("rae", "operator");
        try (ClientSession session = ssh.session(server, "rae", key)) {
            assertThat(Ssh.exec(session, "influencer:list c1").status()).isZero();
            server.admin("access:revoke rae");
            Ssh.Result after = Ssh.exec(session, "influencer:list c1");
            assertThat(after.status()).isEqualTo(1);
            assertThat(after.err().strip()).startsWith("refused (X-4): ").doesNotContain("\n");
            assertThat(after.out()).isEmpty();
        }
        assertThatThrownBy(() -> ssh.exec(server, "rae", key, "campaign:list")).isInstanceOf(SshException.class);
        assertThat(server.admin("access:history").out()).contains("access:revoke").contains("rae");
    }

    @Test
    @DisplayName("X-2 a viewer is refused every command that changes something, an operator every admin command,"
            + " each generated from the command reference, and nothing changes")
    void rolesFromTheReference() throws Exception {
        KeyPair viewer = grant("vic", "viewer");
        KeyPair operator = grant("ola", "operator");
        List<String> commands = new ArrayList<>(BadInputIT.commands());
        assertThat(commands).hasSizeGreaterThan(40);
        String before = snapshot();
        SoftAssertions softly = new SoftAssertions();
        try (ClientSession asAdmin = ssh.session(server, "root-admin", admin);
                ClientSession asViewer = ssh.session(server, "vic", viewer);
                ClientSession asOperator = ssh.session(server, "ola", operator)) {
            for (String command : commands) {
                boolean changes = Ssh.exec(asAdmin, command + " --help").out().contains("--dry-run");
                String needed = needed(command, changes);
                // a refused line runs as it stands: the refusal is what keeps it from changing anything; a line the
                // role may run goes as a dry run, so that the snapshot below shows the refusals' effect alone
                String line = command + " c1 ana";
                String allowed = line + (changes ? " --dry-run" : "");
                boolean viewerRefused = !needed.equals("viewer");
                boolean operatorRefused = needed.equals("admin");
                check(softly, Ssh.exec(asViewer, viewerRefused ? line : allowed), "viewer", line, viewerRefused);
                check(softly, Ssh.exec(asOperator, operatorRefused ? line : allowed), "operator", line,
                        operatorRefused);
            }
            for (String framework : List.of("lb", "felix:lb", "scr:list", "felix:stop 0", "shipping:address c1 ana"
                    + " street")) {
                check(softly, Ssh.exec(asOperator, framework), "operator", framework, true);
            }
        }
        softly.assertAll();
        assertThat(snapshot()).as("stored state after every refusal").isEqualTo(before);
        assertThat(server.alive()).isTrue();
    }

    /** Workflow-spec X-2, once: what each command of the reference needs. */
    static String needed(String command, boolean changes) {
        String scope = command.substring(0, command.indexOf(':'));
        if (scope.equals("store") || scope.equals("access") || scope.equals("webhook")) {
            return "admin";
        }
        if (!changes) {
            return "viewer";
        }
        return Set.of("campaign", "influencer", "deliverable", "draft", "template", "message", "incentive")
                .contains(scope) ? "operator" : "admin";
    }

    private static void check(SoftAssertions softly, Ssh.Result result, String role, String line, boolean refused) {
        if (refused) {
            softly.assertThat(result.status()).as(role + ": " + line).isEqualTo(1);
            softly.assertThat(result.err().strip()).as(role + ": " + line).startsWith("refused (X-2): ")
                    .doesNotContain("\n");
        } else if (!result.err().contains("files on the server are for the admin role")) {
            // allowed by role; a command that would read a server file is still refused below admin
            softly.assertThat(result.err()).as(role + ": " + line).doesNotContain("refused (X-2)");
        }
    }

    private static String snapshot() throws Exception {
        return server.admin("campaign:show c1 --json; influencer:history c1 --json; access:list --json").out();
    }

    @Test
    @DisplayName("X-2 below admin a line is plain commands: no variables, closures, pipes or assignments")
    void plainLinesOnly() throws Exception {
        KeyPair key = grant("pat", "operator");
        for (String line : List.of("x = felix:lb", "each [1] { felix:lb }", "campaign:list | felix:grep c1",
                "influencer:add c1 $(felix:lb)")) {
            Ssh.Result result = ssh.exec(server, "pat", key, line);
            assertThat(result.status()).as(line).isEqualTo(1);
            assertThat(result.err().strip()).as(line).startsWith("refused (X-2): ");
        }
    }

    @Test
    @DisplayName("X-2 the Gogo tricks that would run an unnamed command are refused, in a batch and in the"
            + " interactive console; help and the read commands stay open to a viewer")
    void noWayAround() throws Exception {
        KeyPair key = grant("eve", "viewer");
        String grantMe = "access:grant eve admin --key '" + Ssh.line(key) + "'";
        List<String> tricks = List.of("campaign:list =" + grantMe, "campaign:list x ='access:list'",
                "campaign:show c1 --json\u3000# ; " + grantMe, "campaign:show \"%(SCOPE=access)\"",
                "influencer:import c1 /etc/passwd");
        try (ClientSession session = ssh.session(server, "eve", key)) {
            for (String trick : tricks) {
                Ssh.Result result = Ssh.exec(session, trick);
                assertThat(result.status()).as(trick).isEqualTo(1);
                assertThat(result.err().strip()).as(trick).startsWith("refused (X-2): ").doesNotContain("\n");
            }
            String console = Ssh.shell(session, tricks.get(2), "help influencer:promote", "campaign:list");
            assertThat(console).contains("refused (X-2): ").contains("Usage: influencer:promote").contains("c1");
            assertThat(console).doesNotContain("granted");
        }
        assertThat(server.admin("access:list --json").out()).contains("{\"user\":\"eve\",\"role\":\"viewer\"");
    }

    @Test
    @DisplayName("X-2 an operator sets a template's text but cannot read a server file into it; an admin can")
    void templateBodyFiles() throws Exception {
        KeyPair key = grant("olga", "operator");
        Ssh.Result typed = ssh.exec(server, "olga", key, "template:set c1 invitation --subject 'Hi {{first_name}}'");
        assertThat(typed.status()).as(typed.err()).isZero();
        Ssh.Result file = ssh.exec(server, "olga", key, "template:set c1 invitation --body-file /etc/passwd");
        assertThat(file.status()).isEqualTo(1);
        assertThat(file.err().strip()).startsWith("refused (X-2): files on the server are for the admin role");
        assertThat(server.admin("template:show c1 invitation").out()).doesNotContain("root:");
    }

    @Test
    @DisplayName("X-4 a session's console refuses every command once its key is revoked, and Tab offers nothing")
    void revokedInTheConsole() throws Exception {
        KeyPair key = grant("ray", "operator");
        try (ClientSession session = ssh.session(server, "ray", key)) {
            assertThat(Ssh.shell(session, "campaign:list")).contains("c1");
            server.admin("access:revoke ray");
            assertThat(Ssh.shell(session, "campaign:list")).contains("refused (X-4): ").doesNotContain(" draft ");
        }
    }

    @Test
    @DisplayName("X-3 the journal names the SSH user of each change; influencer:history shows it")
    void actor() throws Exception {
        KeyPair key = grant("una", "operator");
        server.admin("campaign:create c3; influencer:add c3 zoe");
        assertThat(ssh.exec(server, "una", key, "influencer:promote c3 zoe").status()).isZero();
        assertThat(server.admin("influencer:history c3 zoe").out()).containsPattern("invited +manual +una");
    }

    @Test
    @DisplayName("the OpenSSH client: an ed25519 key, commands with their output, errors on stderr and exit status")
    void openSsh() throws Exception {
        Path key = work.resolve("ed25519");
        Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "mo@laptop", "-f",
                key.toString()).start();
        assertThat(keygen.waitFor()).isZero();
        server.admin("access:grant mo operator --key-file " + key + ".pub");
        Server.Result ok = openssh(key, "mo", "campaign:list; influencer:list c1");
        assertThat(ok.status()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("c1").contains("ana");
        Server.Result refused = openssh(key, "mo", "store:check");
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err().strip()).startsWith("refused (X-2): store:check needs the admin role");
        Server.Result failed = openssh(key, "mo", "campaign:show nope");
        assertThat(failed.status()).isEqualTo(1);
        assertThat(failed.err().strip()).startsWith("error: ").doesNotContain("\n");

        Server.Result offered = openssh(key, "mo", "-v", "-o", "PreferredAuthentications=password", "true");
        assertThat(offered.status()).isEqualTo(255);
        assertThat(offered.err()).containsPattern("Authentications that can continue: publickey\\r?\\n")
                .contains("Permission denied (publickey)");
    }

    static Server.Result openssh(Path key, String user, String... commandAndOptions) throws Exception {
        List<String> command = new ArrayList<>(List.of("ssh", "-p", String.valueOf(server.port()), "-i",
                key.toString(), "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes", "-o", "UserKnownHostsFile="
                        + server.data().resolve("ssh/known_hosts"), "-o", "StrictHostKeyChecking=yes", "-l", user));
        List<String> rest = new ArrayList<>(List.of(commandAndOptions));
        String remote = rest.remove(rest.size() - 1);
        command.addAll(rest);
        command.add(server.host());
        command.add(remote);
        Path out = Files.createTempFile(work, "ssh", ".out");
        Path err = Files.createTempFile(work, "ssh", ".err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).as("ssh ended").isTrue();
        return new Server.Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
