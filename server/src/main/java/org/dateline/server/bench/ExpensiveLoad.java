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
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.model.ArticleRecord;
import org.dateline.server.ApiServer;
import org.dateline.store.Store;

/**
 * Do expensive searches (fuzzy, prefix, near) slow plain ones down? One client sends plain searches
 * ({@link SearchLoad}'s mix) one after another, first alone, then while {@code --expensive N}
 * clients send fuzzy, prefix and near searches back to back; both runs' latencies are printed, and
 * what the expensive clients got (answered, refused with 503). The rounds alternate, so a busy
 * machine slows both alike. Loopback only; every loop is bounded by the plain run's count.
 *
 * <pre>java -cp cli/target/dateline.jar org.dateline.server.bench.ExpensiveLoad \
 *     --source dateline-demo-data --store /tmp/bench-store --articles 100000 --expensive 20</pre>
 */
public final class ExpensiveLoad {
    static final List<String> EXPENSIVE = List.of(
        "con*", "pro*", "gov*", "min*", "hum*", "pea*", "int*", "sta*",
        "blockade~2", "humanitarian~2", "Azerbaijan~2", "government~2", "minister~1 officials~1 protest~1",
        "\"road blockade\"~10", "\"rights council\"~8", "123*", "Variant~2 4567~1");

    /** What the expensive clients got while the plain run went on. */
    public record Background(int answered, int refused, int failed) {
        String line() {
            return answered + " expensive searches answered, " + refused + " refused (503), " + failed + " failed";
        }
    }

    private ExpensiveLoad() {}

    /** Plain searches from one client while {@code expensiveClients} send expensive ones. */
    public static String round(String base, int plainRequests, int expensiveClients) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < expensiveClients; i++) {
            int first = i;
            Thread t = new Thread(() -> {
                for (int n = first; !stop.get(); n++) {
                    String q = URLEncoder.encode(EXPENSIVE.get(n % EXPENSIVE.size()), StandardCharsets.UTF_8);
                    try {
                        HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/search?q=" + q))
                            .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding());
                        (r.statusCode() == 200 ? answered : r.statusCode() == 503 ? refused : failed).incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            }, "expensive-client-" + i);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        try {
            if (expensiveClients > 0) {
                Thread.sleep(2000); // the expensive load is in place before the plain run starts
            }
            SearchLoad.Report plain = SearchLoad.run(base, 1, plainRequests);
            return "plain, 1 client, " + expensiveClients + " expensive clients beside: " + plain.line()
                + (expensiveClients > 0 ? "; " + new Background(answered.get(), refused.get(), failed.get()).line() : "");
        } finally {
            stop.set(true);
            for (Thread t : threads) {
                t.join(70_000);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(BenchArgs.option(args, "--source", "dateline-demo-data"));
        Path storeDir = Path.of(BenchArgs.option(args, "--store", "/tmp/dateline-bench-store"));
        int articles = Integer.parseInt(BenchArgs.option(args, "--articles", "10000"));
        int expensive = Integer.parseInt(BenchArgs.option(args, "--expensive", "20"));
        int requests = Integer.parseInt(BenchArgs.option(args, "--requests", "300"));
        int rounds = Integer.parseInt(BenchArgs.option(args, "--rounds", "2"));
        if (!Files.isDirectory(storeDir)) {
            List<ArticleRecord> seeds = new ArrayList<>();
            try (Store s = Store.open(source)) {
                s.forEachArticle(seeds::add);
            }
            SyntheticStore.build(seeds, storeDir, articles, 42);
        }
        try (Store store = Store.open(storeDir); ApiServer server = new ApiServer(store).start("127.0.0.1", 0)) {
            System.err.println("store: " + store.stats());
            String base = "http://127.0.0.1:" + server.port();
            System.err.println("warm-up: " + SearchLoad.run(base, 4, 400).line());
            for (int r = 0; r < rounds; r++) {
                System.out.println(round(base, requests, 0));
                System.out.println(round(base, requests, expensive));
            }
        }
    }
}
