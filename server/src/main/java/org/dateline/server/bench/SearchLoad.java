package org.dateline.server.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.dateline.model.ArticleRecord;
import org.dateline.server.ApiServer;
import org.dateline.store.Store;

/**
 * A bounded loopback load test of {@code GET /api/v1/search}: {@code concurrency} clients start
 * together and send {@code requests} searches in all, with a rotating set of queries and filters;
 * it reports latency percentiles. {@code --concurrency} may list several levels ({@code 1,50}):
 * each is run in turn against the same server, after one warm-up. The store's answer cache is off
 * unless {@code --cache N} asks for it: the mix has only twelve distinct queries, so with the cache
 * the figures would measure memory, not search. {@code --synthetic varied} builds a missing store
 * whose copies differ in length and word frequency ({@link SyntheticStore.Mode}); the default,
 * {@code copies}, is the store the earlier figures were taken on. {@code --warmup N} requests (400
 * unless given) come first: the JIT compiles for thousands of requests, and while it does it takes
 * about as much CPU as the searches (report the level's "CPU by thread"). Loopback only: the server binds 127.0.0.1.
 *
 * <pre>java -cp cli/target/dateline.jar org.dateline.server.bench.SearchLoad \
 *     --source dateline-demo-data --store /tmp/bench-store --articles 10000 --concurrency 1,50</pre>
 */
public final class SearchLoad {
    /**
     * Latencies and failures of one run, and the CPU time this process (server and clients) spent
     * per search: throughput on a machine shared with other work moves with that work's load, the
     * CPU per search much less.
     */
    public record Report(int requests, int failures, double p50Millis, double p99Millis, double maxMillis, double seconds,
                         double cpuMillisPerSearch) {
        public String line() {
            return String.format("%d searches, %d failed, p50 %.1f ms, p99 %.1f ms, max %.1f ms, %.0f searches/s, %.2f ms CPU per search",
                requests, failures, p50Millis, p99Millis, maxMillis, requests / seconds, cpuMillisPerSearch);
        }
    }

    static final List<String> QUERIES = List.of(
        "q=blockade", "q=Lachin+road", "q=peacekeepers&type=PROTEST", "q=%22humanitarian+crisis%22",
        "actor=AZE", "q=court&from=2023-01-01&to=2023-06-30", "q=Mammadov", "source=Geneva+Dispatch",
        "q=protest+-mining", "factuality=reported", "q=Red+Cross", "q=Türk");

    private SearchLoad() {}

    /** A query of the mix as a request sends it: its one word outside ASCII percent-encoded. */
    static String encoded(String query) {
        return query.replace("Türk", URLEncoder.encode("Türk", StandardCharsets.UTF_8));
    }

    public static Report run(String baseUrl, int concurrency, int requests) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long[] nanos = new long[requests];
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < requests; i++) {
                int n = i;
                URI uri = URI.create(baseUrl + "/api/v1/search?" + encoded(QUERIES.get(n % QUERIES.size())));
                results.add(pool.submit(() -> {
                    go.await();
                    long t0 = System.nanoTime();
                    HttpResponse<Void> r = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.discarding());
                    nanos[n] = System.nanoTime() - t0;
                    return r.statusCode() == 200;
                }));
            }
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long start = System.nanoTime();
            go.countDown();
            int failures = 0;
            for (Future<Boolean> f : results) {
                try {
                    if (!f.get(60, TimeUnit.SECONDS)) {
                        failures++;
                    }
                } catch (java.util.concurrent.ExecutionException e) {
                    failures++;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e6 / requests;
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Report(requests, failures, pct(sorted, 0.50), pct(sorted, 0.99), sorted[sorted.length - 1] / 1e6, seconds, cpu);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The warm-up line: {@code requests} searches from 20 clients first, or none when 0 (a report of none has no percentiles). */
    static String warmUp(String baseUrl, int requests) throws Exception {
        return requests <= 0 ? "warm-up: none" : "warm-up: " + run(baseUrl, 20, requests).line();
    }

    private static double pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(BenchArgs.option(args, "--source", "dateline-demo-data"));
        Path storeDir = Path.of(BenchArgs.option(args, "--store", "/tmp/dateline-bench-store"));
        int articles = Integer.parseInt(BenchArgs.option(args, "--articles", "10000"));
        List<Integer> concurrencies = Arrays.stream(BenchArgs.option(args, "--concurrency", "200").split(","))
            .map(String::strip).map(Integer::parseInt).toList();
        int requests = Integer.parseInt(BenchArgs.option(args, "--requests", "4000"));
        int cache = Integer.parseInt(BenchArgs.option(args, "--cache", "0"));
        int warmup = Integer.parseInt(BenchArgs.option(args, "--warmup", "400"));
        SyntheticStore.Mode mode = SyntheticStore.Mode.valueOf(BenchArgs.option(args, "--synthetic", "copies").toUpperCase(java.util.Locale.ROOT));
        if (!Files.isDirectory(storeDir)) {
            List<ArticleRecord> seeds = new ArrayList<>();
            try (Store s = Store.open(source)) {
                s.forEachArticle(seeds::add);
            }
            long t0 = System.nanoTime();
            SyntheticStore.build(seeds, storeDir, articles, 42, mode);
            System.err.printf("built %s (%s): %d articles from %d analysed ones in %.1f s%n", storeDir, mode, articles, seeds.size(),
                (System.nanoTime() - t0) / 1e9);
        }
        try (Store store = Store.open(storeDir, cache); ApiServer server = new ApiServer(store).start("127.0.0.1", 0)) {
            System.err.println("store: " + store.stats() + (cache == 0 ? ", answer cache off" : ", answer cache " + cache));
            String base = "http://127.0.0.1:" + server.port();
            System.err.println(warmUp(base, warmup));
            for (int concurrency : concurrencies) {
                Map<String, Long> threads = ThreadCpu.ticks();
                Report r = run(base, concurrency, requests);
                System.out.println("search load (" + concurrency + " concurrent, loopback): " + r.line());
                String byThread = ThreadCpu.since(threads, requests);
                if (!byThread.isEmpty()) {
                    System.err.println("  CPU by thread, ms per search:" + byThread);
                }
            }
        }
    }
}
