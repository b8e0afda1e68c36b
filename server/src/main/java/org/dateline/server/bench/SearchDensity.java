package org.dateline.server.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.dateline.server.ApiRoutes;
import org.dateline.store.Fields;
import org.dateline.store.Store;
import org.dateline.store.query.StoreQuery;

/**
 * What an article search would cost if articles had an index of their own. A store keeps each
 * article's entities, statements and events as documents beside it (at 100,000 synthetic articles,
 * 1.57 million documents, one in sixteen an article), so every norm and doc value of an article's
 * fields is sparse and read through Lucene's block index of documents that have one
 * ({@code IndexedDISI}), and a hit's stored fields share compressed blocks with its facts. This
 * copies a store twice under {@code --work}, merges both copies to one segment, deletes every
 * entity, statement and event document from the second (so its articles are dense), and times
 * the same in-process searches on both, alternated: the process's CPU per search of each query of
 * the load mix that filters on no fact ({@link SearchLoad#QUERIES} without type, actor or
 * factuality, whose matches come from the facts). A measurement of a layout, not a store anyone
 * reads: hits on the second copy show no statements. Answer cache off. Writes only under --work.
 *
 * <pre>java -cp cli/target/dateline.jar org.dateline.server.bench.SearchDensity --store STORE --work DIR [--rounds 10]</pre>
 */
public final class SearchDensity {
    private static final List<String> FACT_FILTERS = List.of("type=", "actor=", "factuality=");
    private static final int REPEAT = 20;
    private static final int WARMUP = 300;

    private SearchDensity() {}

    public static void main(String[] args) throws Exception {
        Path store = Path.of(BenchArgs.option(args, "--store", "/tmp/dateline-bench/store-100000"));
        Path work = Path.of(BenchArgs.option(args, "--work", "/tmp/dateline-bench/density"));
        int rounds = Integer.parseInt(BenchArgs.option(args, "--rounds", "10"));
        Path mixed = copy(store, work.resolve("mixed"));
        Path articles = copy(store, work.resolve("articles"));
        merge(mixed, false);
        merge(articles, true);
        List<String> queries = SearchLoad.QUERIES.stream().filter(q -> FACT_FILTERS.stream().noneMatch(q::contains))
            .map(SearchLoad::encoded).toList();
        List<StoreQuery> asked = queries.stream().map(ApiRoutes::searchQuery).toList();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (Store a = Store.open(mixed, 0); Store b = Store.open(articles, 0)) {
            Store[] stores = {a, b};
            for (int w = 0; w < WARMUP; w++) {
                for (Store s : stores) {
                    for (StoreQuery q : asked) {
                        s.search(q);
                    }
                }
            }
            long[][] cpu = new long[2][queries.size()];
            for (int r = 0; r < rounds; r++) {
                for (int k = 0; k < 2; k++) {
                    int which = (r + k) % 2; // each store first in every other round
                    for (int i = 0; i < asked.size(); i++) {
                        long t0 = os.getProcessCpuTime();
                        for (int rep = 0; rep < REPEAT; rep++) {
                            stores[which].search(asked.get(i));
                        }
                        cpu[which][i] += os.getProcessCpuTime() - t0;
                    }
                }
            }
            double sumA = 0;
            double sumB = 0;
            System.out.printf("%-42s %10s %10s %6s  (process CPU per search, %d rounds of %d, alternated)%n",
                "query", "mixed", "articles", "ratio", rounds, REPEAT);
            for (int i = 0; i < queries.size(); i++) {
                double x = cpu[0][i] / 1e6 / rounds / REPEAT;
                double y = cpu[1][i] / 1e6 / rounds / REPEAT;
                sumA += x;
                sumB += y;
                System.out.printf("%-42s %7.2f ms %7.2f ms %6.2f  totals %d / %d%n", queries.get(i), x, y, y / x,
                    a.search(asked.get(i)).total(), b.search(asked.get(i)).total());
            }
            int n = queries.size();
            System.out.printf("%-42s %7.2f ms %7.2f ms %6.2f  mean%n", "all " + n + " queries", sumA / n, sumB / n, sumB / sumA);
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> old = Files.list(to)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                // the store's own index only: without its article index both copies search it
                if (Files.isRegularFile(f) && !f.getFileName().toString().equals("write.lock")) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
        return to;
    }

    /** One segment (so both copies search alike, in one slice), without the facts when {@code articlesOnly}. */
    private static void merge(Path dir, boolean articlesOnly) throws IOException {
        // nothing is added, so the analyzer is never used
        IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.APPEND);
        try (IndexWriter w = new IndexWriter(FSDirectory.open(dir), config)) {
            if (articlesOnly) {
                w.deleteDocuments(new Term(Fields.KIND, Fields.ENTITY), new Term(Fields.KIND, Fields.STATEMENT),
                    new Term(Fields.KIND, Fields.EVENT));
            }
            w.forceMerge(1);
            w.commit();
        }
        try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(dir))) {
            System.out.printf("%s: %,d documents, %d segment(s)%n", dir, r.numDocs(), r.leaves().size());
        }
    }
}
