package stageflow.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The benchmarks of a whole bin/stageflow process: a cold start against a bare Felix + SCR + Gogo runtime (4), and a
 * command on a running team server, joined locally or over SSH, against the cold start it saves (7, 8).
 */
final class Starts {
    /** Where a benchmark's figures go: one row of the table. */
    interface Rows {
        void row(String benchmark, String figure, String baseline, String ratio, String target, boolean met);
    }

    private final Path home;
    private final Path work;
    private final Rows rows;

    Starts(Path home, Path work, Rows rows) {
        this.home = home;
        this.work = work;
        this.rows = rows;
    }

    /** 4. cold start against a bare Felix + SCR + Gogo runtime in the same launcher style. */
    void coldStart() throws Exception {
        Path bare = home.resolve("bench/target/bare.jar");
        int runs = 5;
        long[] ours = new long[runs];
        long[] baseline = new long[runs];
        for (int i = 0; i < runs; i++) {
            baseline[i] = time(List.of("java", "-Dorg.osgi.framework.storage=" + work.resolve("bare-" + i), "-jar",
                    bare.toString()), "Declarative Services");
            ours[i] = time(exec(work.resolve("start-" + i), "campaign:list"), "(none)");
        }
        double o = Timing.medianMillis(ours);
        double b = Timing.medianMillis(baseline);
        rows.row("4 cold start: exec campaign:list", Main.fmt0(o) + " ms", "bare Felix+SCR+Gogo lb: " + Main.fmt0(b)
                + " ms", Main.fmt(o / b) + "x", "<= 1.5x bare, < 1500 ms", o / b <= 1.5 && o < 1500);
    }

    /**
     * 7 and 8. One command on a running server: {@code exec} joining it (median of 10), and an SSH session by the
     * OpenSSH client opened for one command (median of 20), each against a cold start measured in the same run.
     */
    void teamServer() throws Exception {
        Path team = work.resolve("team");
        Files.createDirectories(team);
        Process server = new ProcessBuilder(home.resolve("bin/stageflow").toString(), "--data", team.resolve("data")
                .toString(), "--deploy", team.resolve("deploy").toString(), "serve", "--ssh", "127.0.0.1:0")
                .redirectOutput(team.resolve("serve.log").toFile()).redirectErrorStream(true).start();
        try {
            Path endpoint = team.resolve("data/ssh/endpoint");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!Files.exists(endpoint)) {
                if (!server.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("the server did not start: " + Files.readString(team.resolve(
                            "serve.log")));
                }
                Thread.sleep(20);
            }
            String[] at = Files.readString(endpoint).strip().split(" ");
            Path key = team.resolve("key");
            time(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString()), "");
            time(exec(team.resolve("data"), "access:grant bench operator --key-file " + key + ".pub"), "granted");
            long[] cold = new long[10];
            long[] joined = new long[10];
            long[] ssh = new long[20];
            for (int i = 0; i < 10; i++) {
                cold[i] = time(exec(work.resolve("cold-" + i), "campaign:list"), "(none)");
                joined[i] = time(exec(team.resolve("data"), "campaign:list"), "(none)");
            }
            for (int i = 0; i < 20; i++) {
                ssh[i] = time(List.of("ssh", "-p", at[1], "-i", key.toString(), "-o", "BatchMode=yes", "-o",
                        "UserKnownHostsFile=" + team.resolve("data/ssh/known_hosts"), "bench@" + at[0],
                        "campaign:list"), "(none)");
            }
            double c = Timing.medianMillis(cold);
            double j = Timing.medianMillis(joined);
            double s = Timing.medianMillis(ssh);
            rows.row("7 exec joining a running server", Main.fmt0(j) + " ms", "cold start, same run: " + Main.fmt0(c)
                    + " ms", Main.fmt(j / c) + "x", "<= 0.3x cold start", j / c <= 0.3);
            rows.row("8 SSH session + one command (OpenSSH)", Main.fmt0(s) + " ms", "cold start, same run: "
                    + Main.fmt0(c) + " ms", Main.fmt(s / c) + "x", "(measured, no target)", true);
        } finally {
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private List<String> exec(Path data, String commands) {
        return List.of(home.resolve("bin/stageflow").toString(), "--data", data.toString(), "--deploy",
                work.resolve("start-deploy").toString(), "exec", commands);
    }

    private long time(List<String> command, String expected) throws Exception {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        // the bare runtime stops its framework from inside, which bnd's launcher reports with a non-zero status:
        // success is its lb output; for bin/stageflow and ssh it is the output and status 0
        boolean ok = p.waitFor(120, TimeUnit.SECONDS) && out.contains(expected)
                && (expected.equals("Declarative Services") || p.exitValue() == 0);
        if (!ok) {
            throw new IllegalStateException(command + " failed: " + out);
        }
        return System.nanoTime() - start;
    }
}
