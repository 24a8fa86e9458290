package stageflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hot deploy as an extension author does it: a jar copied into the deploy folder of a running Stageflow. */
class HotDeployIT {
    private static final Path HOME = Path.of(System.getProperty("stageflow.home", "../..")).toAbsolutePath().normalize();

    private static final int ROUNDS = 5;

    @TempDir
    Path work;

    static Path exampleJar() throws Exception {
        try (Stream<Path> jars = Files.list(Path.of(System.getProperty("stageflow.example.dir")))) {
            return jars.filter(p -> p.getFileName().toString().matches("stageflow\\.example\\.negotiation-.*\\.jar"))
                    .findFirst().orElseThrow();
        }
    }

    @Test
    @DisplayName("a stage bundle already in deploy/ is up before exec runs its first command")
    void deployedAtStart() throws Exception {
        Path deploy = Files.createDirectories(work.resolve("deploy"));
        Files.copy(exampleJar(), deploy.resolve("negotiation.jar"));
        Process p = new ProcessBuilder(HOME.resolve("bin/stageflow").toString(), "--data", work.resolve("data").toString(),
                "--deploy", deploy.toString(), "exec", "stage:info negotiation").directory(work.toFile())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("bundle       stageflow.example.negotiation");
    }

    @Test
    @DisplayName("C-9 a jar copied into deploy/ of a running instance is listed soon; deleting it removes the stage")
    void runningInstance() throws Exception {
        Path deploy = Files.createDirectories(work.resolve("deploy"));
        Process console = new ProcessBuilder(HOME.resolve("bin/stageflow").toString(), "--data",
                work.resolve("data").toString(), "--deploy", deploy.toString()).directory(work.toFile())
                .redirectErrorStream(true).start();
        List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(console.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (Exception e) {
                lines.add("reader: " + e);
            }
        });
        reader.start();
        List<Long> millis = new ArrayList<>();
        try (Writer stdin = new OutputStreamWriter(console.getOutputStream(), StandardCharsets.UTF_8)) {
            Path target = deploy.resolve("negotiation.jar");
            // the console answers first, so the rounds time hot deploy, not start-up
            poll(stdin, lines, l -> l.contains("error: no stage 'negotiation'"));
            for (int round = 0; round < ROUNDS; round++) {
                Path staged = work.resolve("negotiation.jar");
                Files.copy(exampleJar(), staged, StandardCopyOption.REPLACE_EXISTING);
                long start = System.nanoTime();
                Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
                poll(stdin, lines, l -> l.contains("bundle       stageflow.example.negotiation"));
                millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                Files.delete(target);
                poll(stdin, lines, l -> l.contains("error: no stage 'negotiation'"));
            }
            stdin.write("exit\n");
        }
        assertThat(console.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(console.exitValue()).isZero();
        List<Long> inOrder = List.copyOf(millis);
        millis.sort(null);
        // a figure for the record (issue 4's closing note), never asserted: timing belongs to bench/
        System.out.println("hot deploy, copy to listed (ms, " + ROUNDS + " rounds): " + inOrder + ", median "
                + millis.get(ROUNDS / 2) + " (felix.fileinstall.poll=200, stage:info asked every 50 ms)");
    }

    /** Asks stage:info every 50 ms until a new line matches; at most 10 s (a liveness check, not a benchmark). */
    private static void poll(Writer stdin, List<String> lines, Predicate<String> match) throws Exception {
        int seen = lines.size();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            stdin.write("stage:info negotiation\n");
            stdin.flush();
            Thread.sleep(50);
            synchronized (lines) {
                if (lines.subList(seen, lines.size()).stream().anyMatch(match)) {
                    return;
                }
            }
            assertThat(System.nanoTime()).as("within 10 s; output: " + lines).isLessThan(deadline);
        }
    }
}
