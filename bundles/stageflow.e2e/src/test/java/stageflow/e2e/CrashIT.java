package stageflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Issue 5, crash: the real launcher runs bulk and single operations on one data directory and is killed with
 * SIGKILL at a random moment, again and again. After every kill the store opens, store:check finds every influencer
 * in exactly one stage with counters and journal agreeing, and every change the console had reported is in the
 * journal: nothing acknowledged was lost, nothing was half-applied.
 */
class CrashIT {
    private static final Pattern CHANGE = Pattern.compile("^(\\S+): (\\S+) -> (\\S+)$", Pattern.MULTILINE);

    @TempDir
    Path work;

    @Test
    @DisplayName("SIGKILL at random moments never loses an acknowledged change nor leaves half of one")
    void killAgainAndAgain() throws Exception {
        int kills = Integer.getInteger("stageflow.crash.kills", 3);
        long seed = Long.getLong("stageflow.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        Map<String, Integer> acknowledged = new HashMap<>();
        long influencers = 0;
        // W-1: a webhook whose receiver is never there, so every delivery stays in the outbox for the check below
        int nobody;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            nobody = socket.getLocalPort();
        }
        assertThat(exec("webhook:add http://127.0.0.1:" + nobody + "/crash")).contains("added w1");
        for (int round = 0; round < kills; round++) {
            String output = runAndKill(workload(round), random);
            Matcher m = CHANGE.matcher(output);
            while (m.find()) {
                acknowledged.merge(m.group(1) + " " + m.group(2) + " " + m.group(3), 1, Integer::sum);
            }
            influencers = afterRestart(acknowledged, seed, round);
        }
        System.out.println("crash: " + kills + " SIGKILLs survived (seed " + seed + "), " + influencers
                + " influencers, " + acknowledged.values().stream().mapToInt(Integer::intValue).sum()
                + " acknowledged changes all in the journal, each stage change with its webhook delivery and no"
                + " other, each influencer invited with one invitation message, store:check consistent after each"
                + " restart");
    }

    /** Bulk and single operations of every kind, more than a round gets through before it is killed. */
    private static List<String> workload(int round) {
        List<String> commands = new ArrayList<>(List.of("campaign:create crash", "campaign:launch crash"));
        for (int batch = 0; batch < 400; batch++) {
            String prefix = "r" + round + "b" + batch + "-";
            StringBuilder add = new StringBuilder("influencer:add crash");
            for (int i = 0; i < 40; i++) {
                add.append(' ').append(prefix).append(i);
            }
            commands.add(add.toString());
            commands.add("influencer:promote crash --stage candidates");
            commands.add("influencer:drop crash " + prefix + "0 --reason crash-test");
            commands.add("influencer:restore crash " + prefix + "0");
            commands.add("influencer:data crash " + prefix + "1 \"note=batch " + batch + "\"");
            commands.add("influencer:move crash deliverables " + prefix + "2 " + prefix + "3");
            // I-2: an incentive readied by its influencer's move, in the move's transaction; store:check checks that
            // every unsettled incentive is ready exactly while its influencer stands in its payment stage
            commands.add("incentive:add crash " + prefix + "4 payment --amount 10 --currency EUR --stage pre-payment"
                    + " --integrated");
            commands.add("influencer:move crash pre-payment " + prefix + "4 " + prefix + "5");
            commands.add("influencer:move crash candidates --stage invited");
        }
        return commands;
    }

    /** Feeds the console until a random moment after it is up, then SIGKILLs it; returns what it printed. */
    private String runAndKill(List<String> commands, Random random) throws Exception {
        Process console = new ProcessBuilder(Console.HOME.resolve("bin/stageflow").toString(), "--data",
                work.resolve("data").toString(), "--deploy", work.resolve("deploy").toString())
                .directory(work.toFile()).redirectErrorStream(true).start();
        StringBuffer out = new StringBuffer();
        Thread reader = new Thread(() -> copy(console.getInputStream(), out));
        reader.start();
        Thread feeder = new Thread(() -> {
            try (Writer in = new OutputStreamWriter(console.getOutputStream(), StandardCharsets.UTF_8)) {
                for (String command : commands) {
                    in.write(command + "\n");
                    in.flush();
                }
            } catch (IOException killed) {
                // the process is gone: that is the point
            }
        });
        feeder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (out.indexOf(Console.PROMPT) < 0 && System.nanoTime() < deadline && console.isAlive()) {
            TimeUnit.MILLISECONDS.sleep(10); // polling a condition with a deadline
        }
        assertThat(out.indexOf(Console.PROMPT)).as("console up: " + out).isGreaterThanOrEqualTo(0);
        TimeUnit.MILLISECONDS.sleep(200 + random.nextInt(1500)); // the random moment of the crash
        console.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no close, no flush
        assertThat(console.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(10_000);
        feeder.join(10_000);
        return out.toString();
    }

    /** Restarts on the same data; checks the store and that every acknowledged change is in the journal. */
    private long afterRestart(Map<String, Integer> acknowledged, long seed, int round) throws Exception {
        Process p = new ProcessBuilder(Console.HOME.resolve("bin/stageflow").toString(), "--data",
                work.resolve("data").toString(), "--deploy", work.resolve("deploy").toString(), "exec",
                "store:check; influencer:history crash --json").directory(work.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Path failureLog = work.resolve("data/start-failure.log");
        String context = "round " + round + ", seed " + seed + ": " + err
                + (java.nio.file.Files.exists(failureLog) ? java.nio.file.Files.readString(failureLog) : "");
        assertThat(p.exitValue()).as(context).isZero();
        assertThat(out).as(context).startsWith("store consistent");
        assertThat(out.strip().lines().toList()).as(context + "\n" + out.substring(0, Math.min(out.length(), 3000)))
                .hasSize(2);
        Map<String, Integer> journal = new HashMap<>();
        long members = 0;
        for (JsonElement e : JsonParser.parseString(out.substring(out.indexOf('\n') + 1)).getAsJsonArray()) {
            JsonObject entry = e.getAsJsonObject();
            if (entry.get("influencer").isJsonNull() || entry.get("to").isJsonNull()) {
                continue;
            }
            String from = entry.get("from").isJsonNull() ? "(new)" : entry.get("from").getAsString();
            if (from.equals("(new)")) {
                members++;
            }
            journal.merge(entry.get("influencer").getAsString() + " " + from + " " + entry.get("to").getAsString(), 1,
                    Integer::sum);
        }
        acknowledged.forEach((change, count) -> assertThat(journal.getOrDefault(change, 0))
                .as(context + " acknowledged " + count + "x: " + change).isGreaterThanOrEqualTo(count));
        // W-1: every stage change that committed has its delivery, and no delivery reports one that did not
        List<Long> changes = new ArrayList<>();
        for (JsonElement e : JsonParser.parseString(out.substring(out.indexOf('\n') + 1)).getAsJsonArray()) {
            JsonObject entry = e.getAsJsonObject();
            if (!entry.get("to").isJsonNull() && !entry.get("to").equals(entry.get("from"))) {
                changes.add(entry.get("seq").getAsLong());
            }
        }
        List<Long> delivered = new ArrayList<>();
        String outbox = exec("webhook:deliveries w1 --json");
        assertThat(outbox.strip()).as("one JSON document").startsWith("[").doesNotContain("\n");
        // the stage changes' deliveries; the endpoint also takes incentive.changed ones, which report no seq
        JsonParser.parseString(outbox).getAsJsonArray().asList().stream().map(JsonElement::getAsJsonObject)
                .filter(d -> d.get("type").getAsString().equals("stage.changed"))
                .forEach(d -> delivered.add(d.get("seq").getAsLong()));
        // as lists in journal order: one delivery per change, none twice, none without its change
        assertThat(delivered).as(context + " the outbox against the journal").isEqualTo(changes);
        // M-1, M-3: whoever entered Invited in a committed change has exactly one Invitation queued (the
        // influencers have no address, so it is recorded failed), and nobody else has one
        java.util.Set<String> invited = new java.util.TreeSet<>();
        journal.keySet().stream().filter(change -> change.endsWith(" invited"))
                .forEach(change -> invited.add(change.substring(0, change.indexOf(' '))));
        Map<String, Integer> invitations = new java.util.TreeMap<>();
        JsonParser.parseString(exec("message:list crash --json")).getAsJsonArray().forEach(m -> {
            JsonObject message = m.getAsJsonObject();
            if (message.get("template").getAsString().equals("invitation")) {
                invitations.merge(message.get("influencer").getAsString(), 1, Integer::sum);
            }
        });
        assertThat(invitations.keySet()).as(context + " invitations against the journal").isEqualTo(invited);
        assertThat(invitations.values()).as(context + " one invitation each").allMatch(n -> n == 1);
        return members;
    }

    private String exec(String commands) throws Exception {
        Server.Result result = Server.run(work, "exec", commands);
        assertThat(result.status()).as(commands + ": " + result.err()).isZero();
        return result.out();
    }

    private static void copy(InputStream in, StringBuffer out) {
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // the process is gone
        }
    }
}
