package stageflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/** bin/stageflow as an operator's script uses it: a separate process, its output and its exit status. */
class LauncherIT {
    private static final Path HOME = Path.of(System.getProperty("stageflow.home", "../..")).toAbsolutePath().normalize();

    @TempDir
    Path work;

    private Path data;

    record Result(int status, String out, String err) {
    }

    @BeforeEach
    void dataDirectory() {
        data = work.resolve("data");
    }

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(HOME.resolve("bin/stageflow").toString(), "--data",
                data.toString(), "--deploy", work.resolve("deploy").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.redirectOutput(work.resolve("out.txt").toFile()).redirectError(work.resolve("err.txt").toFile());
        return builder.start();
    }

    private Result stageflow(String... args) throws Exception {
        Process process = start(args);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished within 120 s").isTrue();
        return new Result(process.exitValue(), Files.readString(work.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(work.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private Result exec(String commands) throws Exception {
        return stageflow("exec", commands);
    }

    /** The stored state as the operator can see it: board and journal. */
    private String state(String campaign) throws Exception {
        Result board = exec("campaign:show " + campaign + " --json; influencer:history " + campaign + " --json");
        assertThat(board.status()).as(board.err()).isZero();
        return board.out();
    }

    private static void assertOneLine(Result result, String prefix) {
        assertThat(result.status()).as("exit status of a refused command").isEqualTo(1);
        assertThat(result.err().lines().toList()).as("stderr: " + result.err()).singleElement().asString()
                .startsWith(prefix);
        assertThat(result.err() + result.out()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    @DisplayName("a script takes a campaign from creation to complete, through drop and restore; exit 0")
    void wholeCampaign() throws Exception {
        Path script = work.resolve("campaign.gogo");
        Files.copy(Path.of("src/test/resources/campaign.gogo"), script);
        Result run = stageflow("run", script.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("ana: invited -> applied (auto:apply)")
                .contains("ana: confirmation -> pre-payment (auto:confirm)")
                .contains("ana: draft -> draft-review (auto:drafts-submitted)")
                .contains("d1 of ana: version 2 approved")
                .contains("ana: draft-review -> content-creation")
                .contains("d1 of ana: complete (https://tiktok.example/ana/1)")
                .contains("ana: content-creation -> post-review (auto:content-complete)")
                .contains("ana: post-payment -> complete")
                .contains("cy: dropped -> invited");

        JsonElement board = JsonParser.parseString(exec("campaign:show spring --json").out());
        Map<String, Long> counts = new java.util.HashMap<>();
        for (JsonElement stage : board.getAsJsonObject().getAsJsonArray("stages")) {
            counts.put(stage.getAsJsonObject().get("id").getAsString(), stage.getAsJsonObject().get("count").getAsLong());
        }
        assertThat(board.getAsJsonObject().get("status").getAsString()).isEqualTo("live");
        assertThat(counts).containsEntry("complete", 1L).containsEntry("dropped", 1L).containsEntry("invited", 1L);

        JsonArray history = JsonParser.parseString(exec("influencer:history spring ana --json").out()).getAsJsonArray();
        List<String> causes = new ArrayList<>();
        history.forEach(e -> causes.add(e.getAsJsonObject().get("cause").getAsString()));
        assertThat(causes).containsSubsequence("deliverable:assign", "auto:confirm", "draft:submit", "auto:drafts-submitted",
                "draft:review", "manual", "draft:submit", "auto:drafts-submitted", "draft:review", "manual",
                "deliverable:complete", "auto:content-complete");
        assertThat(history.get(history.size() - 1).getAsJsonObject().get("to").getAsString()).isEqualTo("complete");
        assertThat(exec("influencer:show spring ana --json").out()).contains("\"drafts\":[{\"deliverable\":\"d1\","
                + "\"version\":2,\"status\":\"approved\"");
    }

    @Test
    @DisplayName("refused commands exit 1 with one line on stderr, no stack trace, and change nothing stored")
    void refusedCommands() throws Exception {
        Result setUp = exec("campaign:create c1; influencer:add c1 ana ben; influencer:promote c1 ana");
        assertThat(setUp.status()).as(setUp.err()).isZero();
        String before = state("c1");

        assertOneLine(exec("workflow:disable c1 complete"), "refused (C-2): ");
        assertOneLine(exec("influencer:confirm c1 ana"), "refused (A-2): ");
        assertOneLine(exec("influencer:promote c1 --stage candidates --expect 7"), "refused (C-11): ");
        assertOneLine(exec("influencer:promote c1 ben nobody --atomic"), "refused (C-11): ");
        assertOneLine(exec("campaign:show nope"), "error: no campaign 'nope'");
        assertOneLine(exec("campaign:show"), "error: campaign:show: missing required parameter: '<campaign>'");
        assertOneLine(exec("influencer:add c1 " + "x".repeat(5000)), "error: ");
        assertOneLine(exec("influencer:promote c1 ben --expect -3"), "error: --expect");
        assertOneLine(exec("no:such"), "error: unknown command");

        assertThat(state("c1")).isEqualTo(before);
        Result stops = exec("influencer:promote c1 ben; workflow:disable c1 dropped; influencer:promote c1 ben");
        assertThat(stops.status()).as("stops at the first failure").isEqualTo(1);
        assertThat(stops.out()).contains("ben: candidates -> invited").doesNotContain("invited -> applied");
    }

    @Test
    @DisplayName("P-2 the policy files of --config are in force for a script's first command")
    void configurationFolder() throws Exception {
        Path config = work.resolve("config");
        Files.createDirectories(config);
        try (var files = Files.list(HOME.resolve("runtime-config"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".cfg")).toList()) {
                Files.copy(f, config.resolve(f.getFileName()));
            }
        }
        Files.writeString(config.resolve("stageflow.phase-participants.cfg"), "deliverableEditing=true\n");
        // somebody else's factory configuration: not Stageflow's to wait for
        Files.writeString(config.resolve("org.example.mailer-default.cfg"), "host=localhost\n");
        Result info = stageflow("--config", config.toString(), "exec", "stage:info confirmation");
        assertThat(info.status()).as(info.err()).isZero();
        assertThat(info.out()).contains("deliverable editing  open");
        assertThat(exec("stage:info confirmation").out()).as("the shipped defaults").contains("deliverable editing  locked");
    }

    @Test
    @DisplayName("a store that cannot open: one line naming the log with the details, exit 1, nothing hangs")
    void unopenableStore() throws Exception {
        Files.createDirectories(data);
        Files.write(data.resolve("stageflow.db"), "not a database, just bytes".repeat(200).getBytes());
        Process process = start("exec", "campaign:list");
        // the whole start has its deadline: a console waiting for the store must not wait for ever
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("ended within 60 s").isTrue();
        Result result = new Result(process.exitValue(), Files.readString(work.resolve("out.txt")),
                Files.readString(work.resolve("err.txt")));
        assertOneLine(result, "error: Stageflow cannot start: ");
        assertThat(result.err()).contains("start-failure.log");
    }

    @Test
    @DisplayName("a data directory held by a running instance is refused, naming the holder")
    void heldDataDirectory() throws Exception {
        assertThat(exec("campaign:create c1").status()).isZero();
        Process server = start("serve");
        try {
            Path lock = data.resolve("stageflow.lock");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(lock).contains("pid " + server.pid())) {
                assertThat(System.nanoTime()).as("serve took the lock").isLessThan(deadline);
                Thread.sleep(50);
            }
            Path out = work.resolve("second");
            Files.createDirectories(out);
            ProcessBuilder second = new ProcessBuilder(HOME.resolve("bin/stageflow").toString(), "--data",
                    data.toString(), "exec", "campaign:list").directory(out.toFile());
            second.redirectError(out.resolve("err.txt").toFile()).redirectOutput(out.resolve("out.txt").toFile());
            Process p = second.start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isEqualTo(1);
            assertThat(Files.readString(out.resolve("err.txt")).trim())
                    .startsWith("error: Stageflow cannot start: data directory")
                    .contains("is in use by Stageflow pid " + server.pid());
        } finally {
            server.destroy();
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(exec("campaign:list --json").out()).as("the data is intact after the server stopped").contains("\"c1\"");
    }
}
