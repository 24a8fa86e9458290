package stageflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's promises (issue 10): one process per data directory however many start at once, every process
 * ending within seconds, serve saying when it is up and stopping cleanly on SIGTERM, failures as one line without
 * shell internals, and the same exit status with and without --json.
 */
class LauncherContractIT {
    private static final Path STAGEFLOW = Console.HOME.resolve("bin/stageflow");
    private static final int ROUNDS = Integer.getInteger("stageflow.starts.rounds", 20);

    @TempDir
    Path work;

    record Result(int status, String out, String err) {
    }

    private ProcessBuilder stageflow(Path data, String... args) {
        List<String> command = new ArrayList<>(List.of(STAGEFLOW.toString(), "--data", data.toString(), "--deploy",
                work.resolve("deploy").toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(work.toFile());
    }

    private static Result finish(Process process, Path out, Path err, int seconds) throws Exception {
        boolean ended = process.waitFor(seconds, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        assertThat(ended).as("process ended within " + seconds + " s").isTrue();
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private Result run(Path data, String... args) throws Exception {
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process process = stageflow(data, args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return finish(process, out, err, 120);
    }

    @Test
    @DisplayName("10 starts at once on a directory a server without SSH holds (nothing to join), 20 rounds: each"
            + " refused in one line within seconds, the holder's files untouched; the holder stops on SIGTERM with"
            + " status 0")
    void concurrentStarts() throws Exception {
        Path data = work.resolve("data");
        assertThat(run(data, "exec", "campaign:create c1").status()).isZero();
        for (int round = 0; round < ROUNDS; round++) {
            Process server = stageflow(data, "serve", "--ssh", "off").redirectError(work.resolve("serve-err.txt")
                    .toFile()).start();
            try { // a failed round must not leave its server running
                BufferedReader ready = new BufferedReader(new InputStreamReader(server.getInputStream(),
                        StandardCharsets.UTF_8));
                assertThat(ready.readLine()).as("serve's ready line").startsWith("Stageflow is serving " + data)
                        .contains("(pid " + server.pid() + ")");
                Map<String, Long> before = files(data);
                List<Process> losers = new ArrayList<>();
                List<Path[]> outputs = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    Path out = work.resolve("l" + i + ".out");
                    Path err = work.resolve("l" + i + ".err");
                    losers.add(stageflow(data, "exec", "campaign:list").redirectOutput(out.toFile())
                            .redirectError(err.toFile()).start());
                    outputs.add(new Path[] { out, err });
                }
                for (int i = 0; i < losers.size(); i++) {
                    Result loser = finish(losers.get(i), outputs.get(i)[0], outputs.get(i)[1], 10);
                    assertThat(loser.status()).as("round " + round + ": exit status of a refused start").isEqualTo(1);
                    assertThat(loser.out()).isEmpty();
                    assertThat(loser.err().lines().toList()).singleElement().asString()
                            .startsWith("error: Stageflow cannot start: data directory " + data + " is in use by"
                                    + " Stageflow pid " + server.pid());
                }
                assertThat(files(data)).as("round " + round + ": the holder's files, after 10 refused starts")
                        .isEqualTo(before);
                server.destroy(); // SIGTERM
                assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("serve stopped within 30 s").isTrue();
                assertThat(server.exitValue()).as("serve's exit status after SIGTERM").isZero();
            } finally {
                server.destroyForcibly();
            }
        }
        Result after = run(data, "exec", "store:check; campaign:list");
        assertThat(after.status()).as(after.err()).isZero();
        assertThat(after.out()).contains("store consistent").contains("c1");
    }

    /** Every file of the data directory (framework storage included) with its size and time of change. */
    private static Map<String, Long> files(Path data) throws IOException {
        Map<String, Long> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(data)) {
            for (Path p : all.filter(Files::isRegularFile).filter(p -> !p.endsWith("console.history")).toList()) {
                files.put(data.relativize(p) + " " + Files.size(p), Files.getLastModifiedTime(p).toMillis());
            }
        }
        return files;
    }

    @Test
    @DisplayName("a failing script names its line; launcher mistakes are one line without shell internals; --help"
            + " names the defaults and variables")
    void messages() throws Exception {
        Path data = work.resolve("data");
        Path script = work.resolve("setup.gogo");
        Files.writeString(script, "# a campaign\ncampaign:create c1\n\nworkflow:disable c1 complete\ncampaign:list\n");
        Result run = run(data, "run", script.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("setup.gogo:4: refused (C-2): stage 'complete' is required and can"
                + " never be disabled");
        assertThat(run.out()).contains("created c1").doesNotContain("ID");

        for (String[] args : List.of(new String[] { "exec" }, new String[] { "run" }, new String[] { "--data" },
                new String[] { "frobnicate" })) {
            Path out = work.resolve("w.out");
            Path err = work.resolve("w.err");
            Process p = new ProcessBuilder(Stream.concat(Stream.of(STAGEFLOW.toString()), Stream.of(args)).toList())
                    .directory(work.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            Result wrong = finish(p, out, err, 30);
            assertThat(wrong.status()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(wrong.err().lines().toList()).as(String.join(" ", args)).singleElement().asString()
                    .startsWith("error: ").doesNotContain("line ").doesNotContain("bin/stageflow:");
        }
        Result unwritable = run(Path.of("/proc/stageflow-cannot-be-here"), "exec", "campaign:list");
        assertThat(unwritable.status()).isEqualTo(1);
        assertThat(unwritable.err().strip()).startsWith("error: cannot create or write directory")
                .doesNotContain("mkdir:");

        Result help = run(data, "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("default ./data", "STAGEFLOW_DATA", "STAGEFLOW_DEPLOY", "STAGEFLOW_CONFIG",
                "STAGEFLOW_JAVA_OPTS", "exec", "run", "serve");
    }

    @Test
    @DisplayName("the same command fails the same way with and without --json; a command with nothing to do fails")
    void jsonAgrees() throws Exception {
        Path data = work.resolve("data");
        assertThat(run(data, "exec", "campaign:create c1; influencer:add c1 ana").status()).isZero();
        Result plain = run(data, "exec", "influencer:promote c1 zz");
        Result json = run(data, "exec", "influencer:promote c1 zz --json");
        assertThat(plain.status()).isEqualTo(1);
        assertThat(json.status()).isEqualTo(plain.status());
        assertThat(json.err()).isEqualTo(plain.err());
        assertThat(json.out()).contains("\"reason\":\"'zz' is not in campaign 'c1';").doesNotContain("error: ");

        Result nobody = run(data, "exec", "influencer:add c1");
        assertThat(nobody.status()).isEqualTo(1);
        assertThat(nobody.err()).startsWith("error: no influencer to add");
    }
}
