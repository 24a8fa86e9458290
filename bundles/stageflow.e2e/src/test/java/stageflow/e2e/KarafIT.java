package stageflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Stageflow's Karaf features repository in a real Apache Karaf 4.4.7 (issue 11): {@code feature:repo-add} and
 * {@code feature:install stageflow}, then Stageflow's commands in Karaf's own console and SSH, under Karaf's roles.
 */
class KarafIT {
    private static final String REPO = "mvn:stageflow/stageflow.karaf/" + System.getProperty("stageflow.version")
            + "/xml/features";
    /** What both consoles run in KarafIT.sameOutput: the start of the README's campaign. */
    private static final List<String> SCRIPT = List.of("campaign:create spring --name \"Spring launch\"",
            "influencer:add spring ana ben cy", "campaign:launch spring", "influencer:promote spring ana ben",
            "influencer:drop spring cy --reason 'no reply'", "campaign:show spring", "campaign:show spring --json",
            "influencer:list spring --stage invited", "influencer:promote spring zz");

    static Path folder;
    static Karaf karaf;
    static Ssh ssh;

    @BeforeAll
    static void install() throws Exception {
        folder = Files.createTempDirectory("karaf-it");
        karaf = Karaf.start(folder);
        ssh = new Ssh();
        karaf.awaitConsole(ssh);
        // Event Admin arriving makes Karaf refresh its own console bundles (they import its package optionally),
        // which ends the SSH session that installed it: as the guide says, it goes first, then the console is back
        admin("feature:install eventadmin");
        karaf.awaitConsole(ssh);
        assertThat(admin("feature:list -i").out()).contains("eventadmin");
        Ssh.Result added = admin("feature:repo-add " + REPO);
        assertThat(added.status()).as(added.out() + added.err()).isZero();
        Ssh.Result installed = admin("feature:install stageflow");
        assertThat(installed.status()).as(installed.out() + installed.err() + karaf.log()).isZero();
    }

    @AfterAll
    static void stop() throws Exception {
        if (ssh != null) {
            ssh.close();
        }
        if (karaf != null) {
            karaf.close();
        }
        if (folder != null) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    @DisplayName("Karaf's SSH prints what bin/stageflow exec prints, command by command, errors as one line with"
            + " exit status 1; the data is kept in Karaf's data folder")
    void sameOutput() throws Exception {
        Path local = Files.createTempDirectory(folder, "stageflow");
        for (String command : SCRIPT) {
            Server.Result expected = Server.run(local, "exec", command);
            Ssh.Result actual = admin(command);
            String context = command + "\n-- Stageflow --\n" + expected.out() + expected.err() + "\n-- Karaf --\n"
                    + actual.out() + actual.err();
            assertThat(actual.status()).as(context).isEqualTo(expected.status());
            assertThat(actual.out() + actual.err()).as(context).isEqualTo(expected.out() + expected.err());
        }
        assertThat(karaf.home.resolve("data/stageflow/stageflow.db")).as("the store in Karaf's data folder")
                .isRegularFile();
        assertThat(karaf.workingDirectory.resolve("data")).as("nothing in Karaf's working directory")
                .doesNotExist();
    }

    @Test
    @DisplayName("help <command> in Karaf's console shows the usage, options and example; bin/client -b prints"
            + " the results of the commands it sends")
    void helpAndClient() throws Exception {
        String console = karaf.console(ssh, "karaf", "help campaign:create", "logout");
        assertThat(console).contains("Usage: campaign:create", "--name=<text>", "Example:",
                "campaign:create spring --name \"Spring launch\"");

        admin("campaign:create client-check");
        ProcessBuilder builder = new ProcessBuilder(karaf.home.resolve("bin/client").toString(), "-h", "127.0.0.1",
                "-a", String.valueOf(karaf.port), "-u", "karaf", "-p", "karaf", "-b").redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process client = builder.start();
        client.getOutputStream().write("campaign:list\n".getBytes(StandardCharsets.UTF_8));
        client.getOutputStream().close();
        String out = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(client.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(client.exitValue()).as(out).isZero();
        assertThat(out).contains(" ID ").containsPattern("client-check +client-check +draft");
    }

    @Test
    @DisplayName("X-2 in Karaf: a viewer cannot run a command that changes something, a manager cannot run an"
            + " admin command (each generated from the command reference), nothing changes; the actor is Karaf's"
            + " user")
    void karafRoles() throws Exception {
        admin("campaign:create k1; influencer:add k1 ana");
        List<String> commands = new ArrayList<>(BadInputIT.commands());
        assertThat(commands).hasSizeGreaterThan(40);
        String before = snapshot();
        SoftAssertions softly = new SoftAssertions();
        for (String command : commands) {
            boolean changes = admin(command + " --help").out().contains("--dry-run");
            // Stageflow's roles in Karaf's names; a command that can read a file on the server is for admins (Karaf's
            // ACLs name commands, not options: template:set, which takes --body-file, is admin-only there)
            String needed = command.equals("influencer:import") || command.equals("template:set") ? "admin"
                    : RemoteConsoleIT.needed(command, changes);
            String line = command + " k1 ana";
            check(softly, karaf.exec(ssh, "watcher", line), "viewer", line, !needed.equals("viewer"));
            check(softly, karaf.exec(ssh, "planner", line + (changes ? " --dry-run" : "")), "manager", line,
                    needed.equals("admin"));
        }
        softly.assertAll();
        assertThat(snapshot()).as("stored state after every refusal").isEqualTo(before);

        assertThat(karaf.exec(ssh, "planner", "influencer:promote k1 ana").status()).isZero();
        assertThat(admin("influencer:history k1 ana").out()).as("X-3 the actor")
                .containsPattern("candidates +invited +manual +planner");
    }

    @Test
    @DisplayName("the operator guide's karaf block runs as written in Karaf's console")
    void guideRunsAsWritten() throws Exception {
        List<DocsExamplesIT.Example> blocks = DocsExamplesIT.examples().stream().filter(e -> e.kind().equals("karaf"))
                .toList();
        assertThat(blocks).as("karaf blocks in README and docs/").isNotEmpty();
        for (DocsExamplesIT.Example block : blocks) {
            String command = null;
            Ssh.Result result = null;
            for (String line : block.body().lines().toList()) {
                if (line.startsWith("#> ")) {
                    assertThat(result.out().lines().map(String::stripTrailing).toList())
                            .as(block.name() + ": " + command).contains(line.substring(3).stripTrailing());
                } else if (!line.isBlank()) {
                    command = line;
                    result = admin(command);
                    assertThat(result.status()).as(block.name() + ": " + command + "\n" + result.out()
                            + result.err()).isZero();
                }
            }
        }
    }

    @Test
    @DisplayName("an extension stage dropped into Karaf's deploy folder comes and goes like in Stageflow's own")
    void hotDeployInKaraf() throws Exception {
        Path jar = karaf.home.resolve("deploy/negotiation.jar");
        Files.copy(HotDeployIT.exampleJar(), jar);
        awaitOutput("stage:info negotiation", "bundle       stageflow.example.negotiation");
        Files.delete(jar);
        awaitOutput("stage:info negotiation", "error: no stage 'negotiation'");
    }

    private static void awaitOutput(String command, String expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            Ssh.Result result = admin(command);
            if ((result.out() + result.err()).contains(expected)) {
                return;
            }
            assertThat(System.nanoTime()).as(command + " to show " + expected + "; last:\n" + result.out()
                    + result.err()).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static void check(SoftAssertions softly, Ssh.Result result, String role, String line, boolean refused) {
        String shown = result.out() + result.err();
        if (refused) {
            softly.assertThat(result.status()).as(role + ": " + line + "\n" + shown).isNotZero();
            softly.assertThat(shown).as(role + ": " + line).contains("Command not found");
        } else {
            softly.assertThat(shown).as(role + ": " + line).doesNotContain("Command not found",
                    "Insufficient credentials");
        }
    }

    private static String snapshot() throws Exception {
        return admin("campaign:show k1 --json").out() + admin("influencer:history k1 --json").out();
    }

    private static Ssh.Result admin(String commands) throws Exception {
        return karaf.exec(ssh, "karaf", commands);
    }
}
