package org.dateline.pipeline;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.dateline.ingest.DocumentStream;
import org.dateline.ingest.InputFailure;
import org.dateline.ingest.InputSources;
import org.dateline.ingest.Ingested;
import org.dateline.ingest.RawDocument;
import org.dateline.model.Article;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Published;
import org.dateline.pipeline.DocumentFailures.Outcome;

/**
 * Runs the chain over everything the user named (a file may hold many documents). Each input, and
 * each document inside one, fails alone: its failure is reported with its path and reason, and the
 * batch goes on. Copies are marked, not dropped: nothing vanishes.
 *
 * <p>Documents are read in order on the calling thread and analysed on a fixed pool (the pipeline is
 * thread-safe and CoreNLP's models are shared); results, failures included, reach the listener on
 * the calling thread in input order, so output and duplicate marking are the same whatever the
 * thread count. At most {@link #WINDOW_PER_THREAD} documents per thread are in flight: enough that one
 * long article at the head of the queue does not leave the other threads idle while it is awaited,
 * few enough to bound the heap (a finished record is small next to CoreNLP's models).
 */
public final class Batch {
    /** What a run did, for the summary line and the exit code. */
    public record Summary(int articles, int stubs, int exactDuplicates, int nearDuplicates,
                          List<InputFailure> failures) {
        public boolean failed() {
            return !failures.isEmpty();
        }

        public String line() {
            return "dateline: " + plural(articles, "article") + ", " + plural(stubs, "stub") + ", "
                + plural(exactDuplicates + nearDuplicates, "duplicate") + " (" + exactDuplicates + " exact, "
                + nearDuplicates + " near), " + failures.size() + " failed";
        }

        private static String plural(int n, String word) {
            return n + " " + word + (n == 1 ? "" : "s");
        }
    }

    /** Where a batch reports as it goes. */
    public interface Listener {
        void record(ArticleRecord record);

        void failure(InputFailure failure);

        /** Called before each input and once at the end (path null); records counts what came out so far. */
        default void progress(int done, int total, String path, int records) {}
    }

    static final int WINDOW_PER_THREAD = 16;

    private final InputSources sources;
    private final Extraction extraction;
    private final Function<Article, ArticleRecord> analysis;
    private final int threads;

    public Batch(InputSources sources, Extraction extraction, Pipeline pipeline, int threads) {
        this(sources, extraction, pipeline == null ? null : pipeline::analyze, threads);
    }

    /**
     * A batch whose last stage is {@code analysis} (the pipeline, or extraction only), run on
     * {@code threads} threads.
     */
    public Batch(InputSources sources, Extraction extraction, Function<Article, ArticleRecord> analysis, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.sources = sources;
        this.extraction = extraction;
        this.analysis = analysis;
        this.threads = threads;
    }

    public Summary run(List<String> arguments, InputFormat format, Published published, Listener output) {
        Listener listener = InputPaths.naming(arguments, output); // records never carry an absolute path
        List<InputFailure> failures = new ArrayList<>();
        Consumer<InputFailure> fail = f -> {
            failures.add(f);
            listener.failure(f);
        };
        List<String> paths = sources.expand(arguments, fail);
        Duplicates duplicates = new Duplicates();
        int[] counts = new int[4]; // articles, stubs, exact, near (records delivered: articles + stubs)
        ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dateline-batch");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Outcome<ArticleRecord>>> inFlight = new ArrayDeque<>();
        try {
            for (int i = 0; i < paths.size(); i++) {
                listener.progress(i, paths.size(), paths.get(i), counts[0] + counts[1]);
                try (DocumentStream docs = sources.open(paths.get(i), format.container())) {
                    while (docs.hasNext()) {
                        Ingested item = docs.next();
                        inFlight.add(item instanceof RawDocument raw ? submit(pool, raw, format, published)
                            : CompletableFuture.completedFuture(Outcome.failed((InputFailure) item)));
                        while (inFlight.size() > WINDOW_PER_THREAD * threads) {
                            deliver(await(inFlight.poll()), duplicates, counts, listener, fail);
                        }
                    }
                } catch (IOException e) {
                    // closing a finished input: nothing left to lose
                }
            }
            while (!inFlight.isEmpty()) {
                deliver(await(inFlight.poll()), duplicates, counts, listener, fail);
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        listener.progress(paths.size(), paths.size(), null, counts[0] + counts[1]);
        return new Summary(counts[0], counts[1], counts[2], counts[3], failures);
    }

    private Future<Outcome<ArticleRecord>> submit(ExecutorService pool, RawDocument raw, InputFormat format, Published published) {
        if (pool == null) {
            return CompletableFuture.completedFuture(analyze(raw, format, published));
        }
        return pool.submit(() -> analyze(raw, format, published));
    }

    private static Outcome<ArticleRecord> await(Future<Outcome<ArticleRecord>> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an analysis", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis task failed outside its own error handling", e.getCause());
        }
    }

    /** Extraction and analysis of one document; what fails it alone is {@link DocumentFailures}' rule. */
    private Outcome<ArticleRecord> analyze(RawDocument raw, InputFormat format, Published published) {
        return DocumentFailures.run(raw.label(), () -> analysis.apply(extraction.extract(raw, format, published)));
    }

    /** In input order, on the calling thread: duplicate marking depends on what came before. */
    private static void deliver(Outcome<ArticleRecord> o, Duplicates duplicates, int[] counts, Listener listener,
                                Consumer<InputFailure> fail) {
        if (o.failure() != null) {
            fail.accept(o.failure());
            return;
        }
        ArticleRecord record = o.value();
        Duplicates.Verdict verdict = duplicates.check(record.id(), record.text());
        if (verdict.duplicateOf() != null) {
            record = record.withDuplicateOf(verdict.duplicateOf());
            counts[verdict.exact() ? 2 : 3]++;
        }
        counts[record.warnings().contains(Extraction.STUB) ? 1 : 0]++;
        // A failing listener (the store's disk, stdout) is not this document's fault: it ends the run.
        listener.record(record);
    }
}
