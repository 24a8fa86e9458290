package stageflow.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Copy of a stage bundle into the deploy folder of a running console to the stage being usable (stage:info answers
 * with it), over several rounds; the jar is deleted between rounds and the stage seen gone.
 */
final class HotDeploy {
    record Result(double medianMillis, long pollMillis) {
    }

    private HotDeploy() {
    }

    static Result measure(Path home, Path work, int rounds) throws Exception {
        Path deploy = Files.createDirectories(work.resolve("deploy"));
        Path jar = home.resolve("bundles/stageflow.app/target/examples/stageflow.example.negotiation.jar");
        Process console = new ProcessBuilder(home.resolve("bin/stageflow").toString(), "--data",
                work.resolve("data").toString(), "--deploy", deploy.toString()).directory(work.toFile())
                .redirectErrorStream(true).start();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
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
        long[] nanos = new long[rounds];
        try (Writer stdin = new OutputStreamWriter(console.getOutputStream(), StandardCharsets.UTF_8)) {
            await(stdin, lines, "error: no stage 'negotiation'");
            Path target = deploy.resolve("negotiation.jar");
            for (int round = 0; round < rounds; round++) {
                Path staged = work.resolve("negotiation.jar");
                Files.copy(jar, staged, StandardCopyOption.REPLACE_EXISTING);
                long start = System.nanoTime();
                Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
                await(stdin, lines, "bundle       stageflow.example.negotiation");
                nanos[round] = System.nanoTime() - start;
                Files.delete(target);
                await(stdin, lines, "error: no stage 'negotiation'");
            }
            stdin.write("exit\n");
        }
        console.waitFor(60, TimeUnit.SECONDS);
        return new Result(Timing.medianMillis(nanos), poll(home));
    }

    /** Asks stage:info every 10 ms until a new line contains {@code text}; at most 20 s. */
    private static void await(Writer stdin, List<String> lines, String text) throws Exception {
        int seen = lines.size();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            stdin.write("stage:info negotiation\n");
            stdin.flush();
            TimeUnit.MILLISECONDS.sleep(10);
            synchronized (lines) {
                if (lines.subList(seen, lines.size()).stream().anyMatch(l -> l.contains(text))) {
                    return;
                }
            }
        }
        throw new IllegalStateException("no '" + text + "' within 20 s: " + lines);
    }

    /** The FileInstall poll interval the distribution is built with. */
    private static long poll(Path home) throws Exception {
        Matcher m = Pattern.compile("felix\\.fileinstall\\.poll=(\\d+)")
                .matcher(Files.readString(home.resolve("bundles/stageflow.app/app.bndrun")));
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }
}
