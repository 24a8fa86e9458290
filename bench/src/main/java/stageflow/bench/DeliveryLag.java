package stageflow.bench;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;

import stageflow.api.Selection;
import stageflow.webhook.Dispatcher;

/**
 * Issue 12: webhook delivery to a local receiver (the JDK's HttpServer) by the real sender ({@link Dispatcher}) on the
 * real outbox: the lag from a change's commit to its receipt (median, p99) and the throughput, with changes offered
 * at 100 and at 1000 per second (promotes of 10 influencers at a time); the baseline is one POST to the same
 * receiver, measured in the same run.
 */
final class DeliveryLag {
    private static final Pattern INFLUENCER = Pattern.compile("\"influencer\":\\{\"id\":\"([^\"]+)\"");
    private static final int BATCH = 10;

    private final Path work;
    private final Starts.Rows rows;

    DeliveryLag(Path work, Starts.Rows rows) {
        this.work = work;
        this.rows = rows;
    }

    void measure() throws Exception {
        Map<String, Long> received = new ConcurrentHashMap<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = INFLUENCER.matcher(body);
            if (m.find()) {
                received.put(m.group(1), System.nanoTime());
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/in";
            double post = postMillis(url);
            for (int rate : new int[] { 100, 1000 }) {
                received.clear();
                double[] figures = offered(url, rate, 3, received);
                rows.row("10 webhook lag at " + rate + "/s offered", Main.fmt(figures[0]) + " ms (p99 "
                        + Main.fmt(figures[1]) + ")", "one POST, same run: " + Main.fmt(post) + " ms",
                        Main.fmt(figures[0] / post) + "x", "(measured; " + Main.fmt0(figures[2]) + " events/s)",
                        true);
            }
        } finally {
            receiver.stop(0);
        }
    }

    /** Offers {@code rate} changes a second for {@code seconds}; median lag, p99 lag (ms), received per second. */
    private double[] offered(String url, int rate, int seconds, Map<String, Long> received) throws Exception {
        int total = rate * seconds;
        Map<String, Long> committed = new ConcurrentHashMap<>();
        try (Engines e = new Engines(work.resolve("delivery-" + rate))) {
            e.campaigns.create("b", null, Engines.OP);
            e.add("b", "i", total);
            e.webhooks.add(url, List.of(), Engines.OP);
            try (Dispatcher sender = new Dispatcher(e.outbox, warning -> { }).start()) {
                long start = System.nanoTime();
                long interval = 1_000_000_000L * BATCH / rate;
                for (int from = 0; from < total; from += BATCH) {
                    long due = start + (from / BATCH) * interval;
                    while (System.nanoTime() < due) {
                        Thread.onSpinWait();
                    }
                    List<String> ids = new ArrayList<>();
                    for (int i = from; i < from + BATCH; i++) {
                        ids.add("i" + i);
                    }
                    e.moves.promote("b", Selection.of(ids), Engines.OP);
                    long now = System.nanoTime();
                    ids.forEach(id -> committed.put(id, now));
                }
                long deadline = System.nanoTime() + 300_000_000_000L;
                while (received.size() < total && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                double[] lags = committed.entrySet().stream().filter(c -> received.containsKey(c.getKey()))
                        .mapToDouble(c -> (received.get(c.getKey()) - c.getValue()) / 1e6).sorted().toArray();
                long last = received.values().stream().mapToLong(Long::longValue).max().orElse(start);
                return new double[] { lags[lags.length / 2], lags[(int) (lags.length * 0.99)],
                        received.size() / ((last - start) / 1e9) };
            }
        }
    }

    private static double postMillis(String url) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        double[] samples = new double[500];
        for (int i = 0; i < samples.length; i++) {
            long t = System.nanoTime();
            http.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build(), HttpResponse.BodyHandlers.discarding());
            samples[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(samples);
        return samples[samples.length / 2];
    }
}
