package stageflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code bin/stageflow serve} on a data directory of the test's own, and the launcher's other modes on the
 * same directory (which join the server while it runs).
 */
final class Server implements AutoCloseable {
    static final Path STAGEFLOW = Console.HOME.resolve("bin/stageflow");

    record Result(int status, String out, String err) {
    }

    private final Path work;
    private final Process process;

    private Server(Path work, Process process) {
        this.work = work;
        this.process = process;
    }

    private static final String READY = "Stageflow is serving";

    /** Starts a server on a free loopback port and waits until its SSH console is reachable. */
    static Server start(Path work) throws Exception {
        return start(work, List.of("--ssh", "127.0.0.1:0"));
    }

    /** Starts a server with these launcher arguments after {@code serve} (none: every default). */
    static Server start(Path work, List<String> options) throws Exception {
        List<String> command = launcher(work);
        command.add("serve");
        command.addAll(options);
        Files.createDirectories(work);
        // a killed server's endpoint file would look like this one's: waiting below must see the new one
        Files.deleteIfExists(work.resolve("data/ssh/endpoint"));
        Process process = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(work.resolve("serve.out").toFile()).redirectError(work.resolve("serve.err").toFile())
                .start();
        Server server = new Server(work, process);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        // the ready line, not only the endpoint: SIGTERM ends a server with 0 once it has said it is serving
        while (!Files.exists(server.endpointFile()) || !Files.readString(work.resolve("serve.out")).contains(READY)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new AssertionError("the server did not come up: " + Files.readString(work.resolve("serve.err")));
            }
            Thread.sleep(20);
        }
        return server;
    }

    static List<String> launcher(Path work) {
        return new ArrayList<>(List.of(STAGEFLOW.toString(), "--data", work.resolve("data").toString(), "--deploy",
                work.resolve("deploy").toString()));
    }

    /** The launcher on this data directory: joins the server while it runs. */
    static Result run(Path work, String... args) throws Exception {
        List<String> command = launcher(work);
        command.addAll(List.of(args));
        Files.createDirectories(work);
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process p = new ProcessBuilder(command).directory(work.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", args) + " did not end within 120 s");
        }
        Result result = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    /** Commands run as the data directory's administrator; they must succeed. */
    Result admin(String commands) throws Exception {
        Result result = run(work, "exec", commands);
        assertThat(result.status()).as(commands + ": " + result.err()).isZero();
        return result;
    }

    Path data() {
        return work.resolve("data");
    }

    Path endpointFile() {
        return data().resolve("ssh/endpoint");
    }

    String host() throws IOException {
        return Files.readString(endpointFile()).strip().split(" ")[0];
    }

    int port() throws IOException {
        return Integer.parseInt(Files.readString(endpointFile()).strip().split(" ")[1]);
    }

    /** The host key line as the server published it for local clients. */
    String hostKey() throws IOException {
        String line = Files.readString(data().resolve("ssh/known_hosts")).strip();
        return line.substring(line.indexOf(' ') + 1);
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL: no hook runs, nothing is closed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("killed").isTrue();
    }

    /** SIGTERM, the clean stop; the exit status. */
    int stop() throws InterruptedException {
        process.destroy();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
