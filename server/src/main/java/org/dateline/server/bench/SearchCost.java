package org.dateline.server.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.json.RecordJson;
import org.dateline.server.ApiRoutes;
import org.dateline.server.ApiServer;
import org.dateline.store.Store;
import org.dateline.store.query.SearchResult;
import org.dateline.store.query.StoreQuery;

/**
 * What one uncached search costs, query by query: the CPU time of this whole process (server and
 * client, one request at a time) per request of each {@link SearchLoad#QUERIES} query, the median
 * of {@code --rounds} rounds; a busy machine's other work does not enter CPU time the way it enters
 * latency. Beside each request it times the same search made in-process ({@code Store.search}) and
 * the writing of its answer's JSON, so what the request costs beyond them (Jetty, Javalin, the
 * client) is their difference; and it says how much of the measured time the JIT and the collector
 * took. {@code --warmup N} passes over the queries come first (the JIT is still compiling after a
 * few dozen requests, and its work then lands in the figures). With {@code --dump FILE} it first writes every answer of a wider mix (pages, filters,
 * events, timelines) to FILE, one line per request, so two builds' answers can be compared with
 * {@code diff} on the same store. Answer cache off. Loopback only.
 *
 * <pre>java -cp cli/target/dateline.jar org.dateline.server.bench.SearchCost --store STORE [--rounds 15] [--repeat 5] [--warmup 3] [--dump answers.txt]</pre>
 */
public final class SearchCost {
    /** Beside the load mix: later pages, other limits, more words and the other two endpoints. */
    static final List<String> MORE = List.of(
        "search?q=blockade&offset=20", "search?q=blockade&offset=180&limit=20", "search?q=Lachin+road&limit=50",
        "search?q=minister", "search?q=Azerbaijan+Armenia", "search?q=said&type=PROTEST", "search?q=road+-Lachin",
        "search?q=%22Lachin+road%22", "search?q=peace&factuality=reported", "search?q=Baku&from=2023-02-01&to=2023-02-28",
        "search?q=the", "search?q=zzzunknownword", "search?actor=AZE&offset=40", "search?q=police~1",
        "events?q=blockade", "events?q=Lachin+road", "events?actor=AZE", "events?factuality=reported&offset=50",
        "timeline?q=blockade", "timeline?q=Mammadov&interval=month", "timeline?factuality=reported");

    private SearchCost() {}

    public static void main(String[] args) throws Exception {
        Path storeDir = Path.of(BenchArgs.option(args, "--store", "/tmp/dateline-bench/store-100000"));
        int rounds = Integer.parseInt(BenchArgs.option(args, "--rounds", "15"));
        int perRound = Integer.parseInt(BenchArgs.option(args, "--repeat", "5"));
        int warmup = Integer.parseInt(BenchArgs.option(args, "--warmup", "3"));
        String dump = BenchArgs.option(args, "--dump", null);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        HttpClient client = HttpClient.newHttpClient();
        try (Store store = Store.open(storeDir, 0); ApiServer server = new ApiServer(store).start("127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port() + "/api/v1/";
            List<String> queries = SearchLoad.QUERIES.stream().map(q -> "search?" + SearchLoad.encoded(q)).toList();
            if (dump != null) {
                List<String> all = new ArrayList<>(queries);
                all.addAll(MORE);
                try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(dump)), true, StandardCharsets.UTF_8)) {
                    for (String q : all) {
                        out.println(q + "\t" + get(client, base + q));
                    }
                }
            }
            List<StoreQuery> asked = queries.stream().map(q -> ApiRoutes.searchQuery(q.substring(q.indexOf('?') + 1))).toList();
            for (int w = 0; w < warmup; w++) { // warm-up: the JIT compiles the search paths (it takes hundreds of requests)
                for (int i = 0; i < queries.size(); i++) {
                    get(client, base + queries.get(i));
                    json(store.search(asked.get(i)));
                }
            }
            // Per query and round: the whole request over HTTP, the store's search alone, and writing its answer.
            long[][][] cpu = new long[3][queries.size()][rounds];
            long[] total = new long[3]; // the process clock ticks in 10 ms: per-query medians are coarse, the totals are not
            long jit0 = jitMillis();
            long gc0 = gcMillis();
            long cpu0 = os.getProcessCpuTime();
            Map<String, Long> threads0 = ThreadCpu.ticks();
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < queries.size(); i++) {
                    long t0 = os.getProcessCpuTime();
                    for (int k = 0; k < perRound; k++) {
                        get(client, base + queries.get(i));
                    }
                    long t1 = os.getProcessCpuTime();
                    SearchResult answer = null;
                    for (int k = 0; k < perRound; k++) {
                        answer = store.search(asked.get(i));
                    }
                    long t2 = os.getProcessCpuTime();
                    for (int k = 0; k < perRound; k++) {
                        json(answer);
                    }
                    long t3 = os.getProcessCpuTime();
                    cpu[0][i][r] = (t1 - t0) / perRound;
                    cpu[1][i][r] = (t2 - t1) / perRound;
                    cpu[2][i][r] = (t3 - t2) / perRound;
                    total[0] += t1 - t0;
                    total[1] += t2 - t1;
                    total[2] += t3 - t2;
                }
            }
            long measured = (long) rounds * queries.size() * perRound;
            double cpuAll = (os.getProcessCpuTime() - cpu0) / 1e6;
            double[] sum = new double[3];
            double[] mean = new double[3];
            for (int part = 0; part < 3; part++) {
                mean[part] = total[part] / 1e6 / measured;
            }
            System.out.printf("%-45s %9s %9s %9s  (process CPU per request, median of %d rounds of %d)%n",
                "query", "HTTP", "store", "JSON", rounds, perRound);
            for (int i = 0; i < queries.size(); i++) {
                double[] m = new double[3];
                for (int part = 0; part < 3; part++) {
                    long[] c = cpu[part][i].clone();
                    java.util.Arrays.sort(c);
                    m[part] = c[c.length / 2] / 1e6;
                    sum[part] += m[part];
                }
                System.out.printf("%-45s %6.2f ms %6.2f ms %6.2f ms%n", queries.get(i), m[0], m[1], m[2]);
            }
            int n = queries.size();
            System.out.printf("%-45s %6.2f ms %6.2f ms %6.2f ms  mean of the medians%n", "all " + n + " queries", sum[0] / n, sum[1] / n, sum[2] / n);
            System.out.printf("%-45s %6.2f ms %6.2f ms %6.2f ms  mean over every request; the request beside the store's search "
                + "and its JSON: %.2f ms%n", "all " + n + " queries, all rounds", mean[0], mean[1], mean[2], mean[0] - mean[1] - mean[2]);
            System.out.printf("while measuring: JIT compiling %.2f ms, GC %.2f ms per request of any kind (%d HTTP requests, as many searches "
                + "and writes; %.0f ms CPU in all)%n", (jitMillis() - jit0) / (double) measured, (gcMillis() - gc0) / (double) measured,
                measured, cpuAll);
            String byThread = ThreadCpu.since(threads0, measured);
            if (!byThread.isEmpty()) {
                System.out.println("CPU by thread while measuring (ms per HTTP request; main also searched in-process):" + byThread);
            }
        }
    }

    private static byte[] json(SearchResult answer) throws Exception {
        return RecordJson.mapper().writeValueAsBytes(answer);
    }

    /** Time the JIT compilers spent so far (wall time of their threads, which is CPU time while they run). */
    private static long jitMillis() {
        var c = ManagementFactory.getCompilationMXBean();
        return c != null && c.isCompilationTimeMonitoringSupported() ? c.getTotalCompilationTime() : 0;
    }

    /** Time the collectors reported so far (pauses and, for G1, its concurrent cycles). */
    private static long gcMillis() {
        long sum = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    private static String get(HttpClient client, String url) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + ": HTTP " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }
}
