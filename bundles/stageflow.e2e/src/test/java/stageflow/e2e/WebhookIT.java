package stageflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static stageflow.e2e.Await.await;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpServer;

/**
 * Webhooks end to end (workflow-spec E-2, W-1..W-4): a real HTTP receiver in the test (the JDK's HttpServer) that
 * answers 200, 503 then 200, 400, or is not there at all; signatures checked with the Standard Webhooks library, an
 * independent implementation; a short exec queues and sends nothing, the server sends.
 */
class WebhookIT {
    private static final Pattern SECRET = Pattern.compile("secret: (whsec_\\S+)");

    @TempDir
    Path work;

    private HttpServer receiver;
    private final Map<String, List<Received>> received = new ConcurrentHashMap<>();
    private final AtomicInteger flaky = new AtomicInteger();
    private final AtomicInteger slow = new AtomicInteger();

    record Received(Map<String, List<String>> headers, String body, long at) {
        String id() {
            return headers.get("webhook-id").get(0);
        }

        JsonObject json() {
            return JsonParser.parseString(body).getAsJsonObject();
        }
    }

    @BeforeEach
    void receive() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        receiver.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Map<String, List<String>> headers = new HashMap<>();
            // the JDK capitalises header names; Standard Webhooks names them in lower case
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>())
                    .add(new Received(headers, body, System.currentTimeMillis()));
            if (path.equals("/slow") && slow.getAndIncrement() == 0) {
                try {
                    Thread.sleep(12_000); // longer than the sender waits for an answer (10 s)
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int status = switch (path) {
                case "/bad" -> 400;
                case "/flaky" -> flaky.getAndIncrement() == 0 ? 503 : 200;
                default -> 200;
            };
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    @Test
    @DisplayName("W-1..W-4 exec queues, the server delivers: signed, in journal order, 503 retried with the same id,"
            + " 400 failed at once, a refused connection retried; replay sends again; dry runs queue nothing")
    void deliveries() throws Exception {
        String base = "http://127.0.0.1:" + receiver.getAddress().getPort();
        int closed;
        try (ServerSocket nobody = new ServerSocket(0)) {
            closed = nobody.getLocalPort();
        }
        Map<String, String> secrets = new HashMap<>();
        for (String path : List.of("/ok", "/flaky", "/bad")) {
            secrets.put(path, secret(exec("webhook:add " + base + path)));
        }
        exec("webhook:add http://127.0.0.1:" + closed + "/nobody");
        exec("campaign:create spring --name 'Spring launch'; influencer:add spring ana ben cy;"
                + " campaign:launch spring; influencer:promote spring ana ben; influencer:drop spring cy --reason x;"
                + " influencer:promote spring ana --dry-run");
        int changes = 6; // three adds, two promotes, one drop; the dry run none
        JsonArray queued = JsonParser.parseString(exec("webhook:deliveries w1 --json")).getAsJsonArray();
        assertThat(queued).as("exec queues every change and sends nothing").hasSize(changes)
                .allSatisfy(d -> assertThat(d.getAsJsonObject().get("status").getAsString()).isEqualTo("pending"));
        assertThat(received).as("nothing sent by exec").isEmpty();

        try (Server server = Server.start(work)) {
            await("every change delivered to /ok", () -> count("/ok") == 6);
            List<Received> ok = received.get("/ok");
            Webhook verifier = new Webhook(secrets.get("/ok"));
            for (Received r : ok) {
                verifier.verify(r.body(), r.headers());
            }
            Received first = ok.get(0);
            assertThatThrownBy(() -> verifier.verify(first.body().replace("ana", "eve"), first.headers()))
                    .as("a tampered body").isInstanceOf(WebhookVerificationException.class);
            assertThat(ok).extracting(r -> r.json().getAsJsonObject("data").get("seq").getAsLong())
                    .as("journal order").containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
            JsonObject data = ok.get(3).json().getAsJsonObject("data");
            assertThat(ok.get(3).json().get("type").getAsString()).isEqualTo("stage.changed");
            assertThat(data.getAsJsonObject("campaign").get("name").getAsString()).isEqualTo("Spring launch");
            assertThat(data.getAsJsonObject("current").get("slug").getAsString()).isEqualTo("invited");
            assertThat(data.getAsJsonObject("previous").get("label").getAsString()).isEqualTo("Candidates");
            assertThat(ok.get(0).json().getAsJsonObject("data").get("previous").isJsonNull()).isTrue();

            await("/flaky: 503, then everything", () -> count("/flaky") == 7);
            List<Received> flakyOnes = received.get("/flaky");
            assertThat(flakyOnes.get(1).id()).as("a retry keeps the delivery's id").isEqualTo(flakyOnes.get(0).id());
            assertThat(flakyOnes.get(1).at() - flakyOnes.get(0).at()).as("W-3 the first retry within 5 s")
                    .isLessThan(5_000);

            await("/bad: each failed at once", () -> failed(server, "w3") == 6);
            assertThat(count("/bad")).as("a 4xx is not retried").isEqualTo(6);

            await("the refused endpoint is being retried", () -> {
                JsonObject head = deliveries(server, "w4").get(0).getAsJsonObject();
                return head.get("attempts").getAsInt() >= 1 && head.get("status").getAsString().equals("pending");
            });
            assertThat(deliveries(server, "w4").get(0).getAsJsonObject().get("lastStatus").getAsInt()).isZero();

            Server.Result replay = server.admin("webhook:replay w1 --since 4");
            assertThat(replay.status()).as(replay.err()).isZero();
            assertThat(replay.out()).contains("queued again: 3 deliveries to w1");
            await("replayed with the same ids", () -> count("/ok") == 9);
            assertThat(received.get("/ok").subList(6, 9)).extracting(Received::id)
                    .containsExactlyElementsOf(ok.subList(3, 6).stream().map(Received::id).toList());
        }
    }

    @Test
    @DisplayName("W-2 commands of concurrent sessions reach an endpoint in journal order; W-3 a receiver slower"
            + " than the time-out gets the delivery again, same id")
    void concurrentOrderAndSlowReceiver() throws Exception {
        String base = "http://127.0.0.1:" + receiver.getAddress().getPort();
        exec("webhook:add " + base + "/ok");
        exec("webhook:add " + base + "/slow");
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            ids.append(" i").append(i);
        }
        exec("campaign:create c1; influencer:add c1" + ids + "; campaign:launch c1");
        try (Server server = Server.start(work)) {
            java.util.concurrent.ExecutorService sessions = java.util.concurrent.Executors.newFixedThreadPool(4);
            List<java.util.concurrent.Future<Server.Result>> done = new ArrayList<>();
            for (int s = 0; s < 4; s++) {
                StringBuilder mine = new StringBuilder();
                for (int i = s; i < 40; i += 4) {
                    mine.append("influencer:promote c1 i").append(i).append("; ");
                }
                String commands = mine.toString();
                done.add(sessions.submit(() -> Server.run(work, "exec", commands)));
            }
            for (java.util.concurrent.Future<Server.Result> f : done) {
                assertThat(f.get(120, TimeUnit.SECONDS).status()).isZero();
            }
            sessions.shutdown();
            await("80 changes delivered to /ok", () -> count("/ok") == 80);
            assertThat(received.get("/ok")).extracting(r -> r.json().getAsJsonObject("data").get("seq").getAsLong())
                    .as("journal order across sessions").isSorted().doesNotHaveDuplicates();
            await("/slow: the first delivery again after the time-out, then the rest", () -> count("/slow") == 81);
            List<Received> slowOnes = received.get("/slow");
            assertThat(slowOnes.get(1).id()).as("the same delivery again").isEqualTo(slowOnes.get(0).id());
        }
    }

    private String exec(String commands) throws Exception {
        Server.Result result = Server.run(work, "exec", commands);
        assertThat(result.status()).as(commands + "\n" + result.err()).isZero();
        return result.out();
    }

    private static String secret(String added) {
        Matcher m = SECRET.matcher(added);
        assertThat(m.find()).as(added).isTrue();
        return m.group(1);
    }

    private int count(String path) {
        return received.getOrDefault(path, List.of()).size();
    }

    private static JsonArray deliveries(Server server, String endpoint) throws Exception {
        return JsonParser.parseString(server.admin("webhook:deliveries " + endpoint + " --json").out())
                .getAsJsonArray();
    }

    private static int failed(Server server, String endpoint) throws Exception {
        List<Object> failed = new ArrayList<>();
        deliveries(server, endpoint).forEach(d -> {
            JsonObject o = d.getAsJsonObject();
            if (o.get("status").getAsString().equals("failed") && o.get("lastStatus").getAsInt() == 400
                    && o.get("attempts").getAsInt() == 1) {
                failed.add(o);
            }
        });
        return failed.size();
    }
}
