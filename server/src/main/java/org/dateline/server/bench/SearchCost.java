package org.dateline.server.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.server.ApiServer;
import org.dateline.store.Store;

/**
 * What one uncached search costs, query by query: the CPU time of this whole process (server and
 * client, one request at a time) per request of each {@link SearchLoad#QUERIES} query, the median
 * of {@code --rounds} rounds; a busy machine's other work does not enter CPU time the way it enters
 * latency. With {@code --dump FILE} it first writes every answer of a wider mix (pages, filters,
 * events, timelines) to FILE, one line per request, so two builds' answers can be compared with
 * {@code diff} on the same store. Answer cache off. Loopback only.
 *
 * <pre>java -cp cli/target/dateline.jar org.dateline.server.bench.SearchCost --store STORE [--rounds 15] [--dump answers.txt]</pre>
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
        Path storeDir = Path.of(option(args, "--store", "/tmp/dateline-bench/store-100000"));
        int rounds = Integer.parseInt(option(args, "--rounds", "15"));
        int perRound = Integer.parseInt(option(args, "--repeat", "5"));
        String dump = option(args, "--dump", null);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        HttpClient client = HttpClient.newHttpClient();
        try (Store store = Store.open(storeDir, 0); ApiServer server = new ApiServer(store).start("127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port() + "/api/v1/";
            List<String> queries = SearchLoad.QUERIES.stream().map(q -> "search?" + q.replace("Türk",
                URLEncoder.encode("Türk", StandardCharsets.UTF_8))).toList();
            if (dump != null) {
                List<String> all = new ArrayList<>(queries);
                all.addAll(MORE);
                try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(dump)), true, StandardCharsets.UTF_8)) {
                    for (String q : all) {
                        out.println(q + "\t" + get(client, base + q));
                    }
                }
            }
            for (int w = 0; w < 3; w++) { // warm-up: the JIT compiles the search paths
                for (String q : queries) {
                    get(client, base + q);
                }
            }
            long[][] cpu = new long[queries.size()][rounds];
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < queries.size(); i++) {
                    long t0 = os.getProcessCpuTime();
                    for (int k = 0; k < perRound; k++) {
                        get(client, base + queries.get(i));
                    }
                    cpu[i][r] = (os.getProcessCpuTime() - t0) / perRound;
                }
            }
            double sum = 0;
            for (int i = 0; i < queries.size(); i++) {
                long[] c = cpu[i].clone();
                java.util.Arrays.sort(c);
                double median = c[c.length / 2] / 1e6;
                sum += median;
                System.out.printf("%-45s %7.2f ms CPU%n", queries.get(i), median);
            }
            System.out.printf("%-45s %7.2f ms CPU (mean %.2f per search)%n", "all twelve", sum, sum / queries.size());
        }
    }

    private static String get(HttpClient client, String url) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + ": HTTP " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
