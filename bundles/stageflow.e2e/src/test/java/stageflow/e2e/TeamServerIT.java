package stageflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/** A server a team shares (issue 11): concurrency, crashes of clients and of the server, restarts, local joins. */
class TeamServerIT {
    @TempDir
    Path work;

    /** Every journal entry of a campaign as (influencer, from, to, actor). */
    static List<String> journal(Server.Result history) {
        List<String> entries = new ArrayList<>();
        for (JsonElement e : JsonParser.parseString(history.out()).getAsJsonArray()) {
            var o = e.getAsJsonObject();
            entries.add(o.get("influencer").getAsString() + " " + (o.get("from").isJsonNull() ? "-"
                    : o.get("from").getAsString()) + " " + o.get("to").getAsString() + " " + o.get("actor").getAsString());
        }
        return entries;
    }

    @Test
    @DisplayName("X-3 50 parallel sessions promoting in one campaign: every move journaled once, with its user")
    void parallelSessions() throws Exception {
        try (Server server = Server.start(work); Ssh ssh = new Ssh()) {
            String ids = IntStream.range(0, 50).mapToObj(i -> "i" + i).collect(Collectors.joining(" "));
            StringBuilder grants = new StringBuilder("campaign:create team; influencer:add team " + ids);
            List<KeyPair> keys = new ArrayList<>();
            for (int u = 0; u < 5; u++) {
                keys.add(Ssh.newKey());
                grants.append("; access:grant user").append(u).append(" operator --key '")
                        .append(Ssh.line(keys.get(u))).append("'");
            }
            server.admin(grants.toString());
            ExecutorService pool = Executors.newFixedThreadPool(50);
            List<Future<Ssh.Result>> results = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                int n = i;
                results.add(pool.submit(() -> ssh.exec(server, "user" + n % 5, keys.get(n % 5),
                        "influencer:promote team i" + n)));
            }
            for (Future<Ssh.Result> result : results) {
                Ssh.Result r = result.get(120, TimeUnit.SECONDS);
                assertThat(r.status()).as(r.err()).isZero();
            }
            pool.shutdown();
            List<String> moves = journal(server.admin("influencer:history team --json")).stream()
                    .filter(e -> e.contains(" candidates invited ")).toList();
            assertThat(moves).hasSize(50);
            for (int i = 0; i < 50; i++) {
                assertThat(moves).as("i" + i).containsOnlyOnce("i" + i + " candidates invited user" + i % 5);
            }
            assertThat(server.admin("store:check").out()).startsWith("store consistent");
        }
    }

    @Test
    @DisplayName("a client killed in the middle of a big command: the command is all or nothing")
    void clientKilled() throws Exception {
        try (Server server = Server.start(work)) {
            Path key = work.resolve("key");
            assertThat(new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString())
                    .start().waitFor()).isZero();
            server.admin("campaign:create big; access:grant op operator --key-file " + key + ".pub");
            int n = 20_000;
            String ids = IntStream.range(0, n).mapToObj(i -> "p" + i).collect(Collectors.joining(" "));
            Process client = new ProcessBuilder("ssh", "-v", "-p", String.valueOf(server.port()), "-i", key.toString(),
                    "-o", "BatchMode=yes", "-o", "UserKnownHostsFile=" + server.data().resolve("ssh/known_hosts"),
                    "-l", "op", server.host(), "influencer:add big " + ids).redirectOutput(work.resolve("c.out")
                            .toFile()).redirectError(work.resolve("c.err").toFile()).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(work.resolve("c.err")).contains("Sending command")) {
                assertThat(System.nanoTime()).as("the client sent its command").isLessThan(deadline);
                Thread.sleep(5);
            }
            client.destroyForcibly();
            client.waitFor();
            // the server runs a command it received to its end, in one transaction: every look at the campaign sees
            // none or all of them, and all of them once it is done (none only if the command never arrived)
            long count = 0;
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (count != n && System.nanoTime() < until) {
                count = JsonParser.parseString(server.admin("campaign:list --json").out()).getAsJsonArray().get(0)
                        .getAsJsonObject().get("influencers").getAsLong();
                assertThat(count).as("influencers added, as seen while the command runs").isIn(0L, (long) n);
            }
            assertThat(server.admin("store:check").out()).startsWith("store consistent");
        }
    }

    @Test
    @DisplayName("kill -9 of the server with sessions open: every acknowledged change survives; the next start is"
            + " not blocked by the dead server's lock")
    void serverKilled() throws Exception {
        Map<String, Boolean> acknowledged = new ConcurrentHashMap<>();
        KeyPair key = Ssh.newKey();
        try (Server server = Server.start(work); Ssh ssh = new Ssh()) {
            String ids = IntStream.range(0, 400).mapToObj(i -> "k" + i).collect(Collectors.joining(" "));
            server.admin("campaign:create live; influencer:add live " + ids + "; access:grant op operator --key '"
                    + Ssh.line(key) + "'");
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            for (int t = 0; t < 8; t++) {
                int thread = t;
                pool.submit(() -> {
                    try (ClientSession session = ssh.session(server, "op", key)) {
                        for (int i = thread; running.get() && i < 400; i += 8) {
                            if (Ssh.exec(session, "influencer:promote live k" + i).status() == 0) {
                                acknowledged.put("k" + i, true);
                            }
                        }
                    } catch (Exception e) {
                        // the server died under the session: what was acknowledged before is what counts
                    }
                    return null;
                });
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (acknowledged.size() < 40) {
                assertThat(System.nanoTime()).as("40 promotes acknowledged").isLessThan(deadline);
                Thread.sleep(5);
            }
            server.kill();
            running.set(false);
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        Server.Result after = Server.run(work, "exec", "influencer:list live --stage invited --json; store:check");
        assertThat(after.status()).as(after.err()).isZero();
        List<String> invited = new ArrayList<>();
        JsonParser.parseString(after.out().substring(0, after.out().lastIndexOf(']') + 1)).getAsJsonArray()
                .forEach(e -> invited.add(e.getAsJsonObject().get("influencer").getAsString()));
        assertThat(invited).as("acknowledged promotes").containsAll(acknowledged.keySet());
        try (Server again = Server.start(work)) {
            assertThat(again.admin("campaign:list").out()).contains("live");
        }
    }

    @Test
    @DisplayName("X-1 the default address is the loopback one; the host key is the same after a restart")
    void loopbackAndHostKey() throws Exception {
        String hostKey;
        try (Server server = Server.start(work)) {
            hostKey = server.hostKey();
            assertThat(server.stop()).as("exit status on SIGTERM").isZero();
            assertThat(server.endpointFile()).as("nobody is to join a stopped server").doesNotExist();
        }
        try (Server server = Server.start(work, List.of()); Ssh ssh = new Ssh()) {
            assertThat(server.host()).isEqualTo("127.0.0.1");
            assertThat(server.port()).isEqualTo(8101);
            assertThat(server.hostKey()).as("host key after a restart").isEqualTo(hostKey);
            KeyPair key = Ssh.newKey();
            server.admin("access:grant hk viewer --key '" + Ssh.line(key) + "'");
            ssh.exec(server, "hk", key, "campaign:list");
            assertThat(org.apache.sshd.common.config.keys.PublicKeyEntry.toString(ssh.hostKey.get()))
                    .as("the key the server presents").isEqualTo(hostKey);
            for (InetAddress address : otherAddresses()) {
                try (Socket socket = new Socket()) {
                    assertThat(connects(socket, address)).as("reachable on " + address).isFalse();
                }
            }
        }
    }

    private static boolean connects(Socket socket, InetAddress address) {
        try {
            socket.connect(new InetSocketAddress(address, 8101), 2000);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** This machine's addresses other than loopback (a CI machine has at least one, usually). */
    private static List<InetAddress> otherAddresses() throws Exception {
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (!address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
                    addresses.add(address);
                }
            }
        }
        return addresses;
    }

    @Test
    @DisplayName("X-4 exec and run join a running server: the same output and exit status as without one")
    void joinIsTransparent() throws Exception {
        Path script = work.resolve("setup.gogo");
        Files.writeString(script, "campaign:create spring\ninfluencer:add spring ana ben\n# a comment\n"
                + "influencer:promote spring ana\ncampaign:show nope\ninfluencer:list spring\n");
        String commands = "campaign:create autumn; influencer:add autumn cy; influencer:list autumn --json;"
                + " influencer:promote autumn zz";
        Path alone = work.resolve("alone");
        Path shared = work.resolve("shared");
        Server.Result aloneExec = Server.run(alone, "exec", commands);
        Server.Result aloneRun = Server.run(alone, "run", script.toString());
        try (Server server = Server.start(shared)) {
            Server.Result joinedExec = Server.run(shared, "exec", commands);
            Server.Result joinedRun = Server.run(shared, "run", script.toString());
            assertThat(joinedExec).isEqualTo(aloneExec);
            assertThat(joinedRun).isEqualTo(aloneRun);
            assertThat(joinedRun.err().strip()).startsWith("setup.gogo:5: error: no campaign 'nope'");
            assertThat(server.admin("influencer:history spring ana").out()).contains(System.getProperty("user.name"));
        }
    }
}
