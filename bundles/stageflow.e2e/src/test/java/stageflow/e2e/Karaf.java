package stageflow.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.sshd.client.session.ClientSession;

/**
 * Apache Karaf (apache-karaf-minimal, from this build's Maven repository) unpacked into a folder, with three users
 * (one per role Stageflow maps to Karaf's), SSH on a free loopback port, and Maven resolution from this build's
 * local repository, so it sees exactly the bundles this build made, and Maven Central.
 */
final class Karaf implements AutoCloseable {
    static final String VERSION = System.getProperty("karaf.version", "4.4.7");
    private static final Path REPOSITORY = Path.of(System.getProperty("maven.repo.local",
            System.getProperty("user.home") + "/.m2/repository"));

    private static final String CENTRAL = "https://repo.maven.apache.org/maven2@id=central";

    final Path home;
    final Path workingDirectory;
    final int port;
    private final Process process;

    private Karaf(Path home, Path workingDirectory, int port, Process process) {
        this.home = home;
        this.workingDirectory = workingDirectory;
        this.port = port;
        this.process = process;
    }

    /** Unpacks, configures and starts Karaf as a server (no console), working in another folder than its home. */
    static Karaf start(Path folder) throws Exception {
        Path archive = REPOSITORY.resolve("org/apache/karaf/apache-karaf-minimal/" + VERSION
                + "/apache-karaf-minimal-" + VERSION + ".tar.gz");
        run(folder, "tar", "xzf", archive.toString());
        Path home = folder.resolve("apache-karaf-minimal-" + VERSION);
        Path etc = home.resolve("etc");
        // the admin group as Karaf documents it; a manager and a viewer; all may use SSH (Karaf's sshRole)
        append(etc.resolve("users.properties"), "karaf = karaf,_g_:admingroup",
                "_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh",
                "planner = planner,manager,viewer,ssh", "watcher = watcher,viewer,ssh");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path shell = etc.resolve("org.apache.karaf.shell.cfg");
        Files.writeString(shell, Files.readString(shell).replace("sshPort = 8101", "sshPort = " + port)
                .replace("sshHost = 0.0.0.0", "sshHost = 127.0.0.1"));
        // this build's bundles from its local repository; what Karaf minimal lacks (SCR) from Maven Central, the
        // one Maven itself uses (some of those bundles have no parent POM there, so Maven could not fetch them)
        Path maven = etc.resolve("org.ops4j.pax.url.mvn.cfg");
        Files.writeString(maven, Files.readString(maven).replace("org.ops4j.pax.url.mvn.repositories= \\",
                "org.ops4j.pax.url.mvn.repositories=" + CENTRAL + "\nremote-repositories-not-used= \\"));
        append(maven, "org.ops4j.pax.url.mvn.localRepository=" + REPOSITORY);
        Path cwd = Files.createDirectories(folder.resolve("elsewhere"));
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(
                cwd.toFile()).redirectErrorStream(true).redirectOutput(folder.resolve("karaf.out").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return new Karaf(home, cwd, port, builder.start());
    }

    /**
     * Waits (with a deadline) until Karaf's console answers: while Karaf starts, its SSH server may take a sign-in
     * and then close the session.
     */
    void awaitConsole(Ssh ssh) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            try {
                if (exec(ssh, "karaf", "echo ready").out().contains("ready")) {
                    return;
                }
            } catch (Exception notYet) {
                // not up yet
            }
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("Karaf's console did not come up: " + log());
            }
            Thread.sleep(200);
        }
    }

    /** As {@code ssh <user>@karaf '<commands>'}: Karaf ends the session with its one exec, so each gets its own. */
    Ssh.Result exec(Ssh ssh, String user, String commands) throws Exception {
        try (ClientSession session = ssh.sessionWithPassword("127.0.0.1", port, user, user)) {
            return Ssh.exec(session, commands);
        }
    }

    /** Karaf's interactive console (with a terminal), these lines typed in it. */
    String console(Ssh ssh, String user, String... lines) throws Exception {
        try (ClientSession session = ssh.sessionWithPassword("127.0.0.1", port, user, user)) {
            return Ssh.shell(session, lines);
        }
    }

    String log() throws IOException {
        Path log = home.resolve("data/log/karaf.log");
        return Files.exists(log) ? Files.readString(log) : "(no log)";
    }

    private static void append(Path file, String... lines) throws IOException {
        Files.writeString(file, Files.readString(file) + "\n" + String.join("\n", lines) + "\n");
    }

    private static void run(Path directory, String... command) throws Exception {
        Process p = new ProcessBuilder(List.of(command)).directory(directory.toFile()).redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed: " + out);
        }
    }

    /** Stops Karaf: bin/karaf runs Java as its child, so the whole tree is stopped, not only the script. */
    @Override
    public void close() {
        List<ProcessHandle> tree = new java.util.ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception stillRunning) {
                p.destroyForcibly();
            }
        }
    }
}
