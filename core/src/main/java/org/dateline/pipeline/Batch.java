package org.dateline.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.dateline.ingest.InputException;
import org.dateline.ingest.InputFailure;
import org.dateline.ingest.InputSources;
import org.dateline.ingest.RawDocument;
import org.dateline.model.Article;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Published;

/**
 * Runs the chain over everything the user named. Each input fails alone: its failure is reported
 * with its path and reason, and the batch goes on.
 *
 * <p>Documents are analysed on a fixed pool of threads (the pipeline is thread-safe and CoreNLP's
 * models are shared), but the listener hears about them on the calling thread and in input
 * order, so output is the same whatever the thread count. At most {@link #WINDOW_PER_THREAD}
 * documents per thread are in flight: enough that one long article at the head of the queue does
 * not leave the other threads idle while it is awaited, and few enough to bound the heap (a
 * finished record is small next to CoreNLP's models).
 */
public final class Batch {
    /** What a run did, for the summary line and the exit code. */
    public record Summary(int articles, List<InputFailure> failures) {
        public boolean failed() {
            return !failures.isEmpty();
        }

        public String line() {
            return "dateline: " + articles + " article" + (articles == 1 ? "" : "s") + ", "
                + failures.size() + " failed";
        }
    }

    /** Where a batch reports as it goes. */
    public interface Listener {
        void record(ArticleRecord record);

        void failure(InputFailure failure);

        default void progress(int done, int total, String path) {}
    }

    /** One input's result: exactly one of the two is set. */
    private record Outcome(ArticleRecord record, InputFailure failure) {}

    static final int WINDOW_PER_THREAD = 16;

    private final InputSources sources;
    private final Extraction extraction;
    private final Pipeline pipeline;
    private final int threads;

    public Batch(InputSources sources, Extraction extraction, Pipeline pipeline) {
        this(sources, extraction, pipeline, 1);
    }

    public Batch(InputSources sources, Extraction extraction, Pipeline pipeline, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.sources = sources;
        this.extraction = extraction;
        this.pipeline = pipeline;
        this.threads = threads;
    }

    public Summary run(List<String> arguments, InputFormat format, Published published, Listener listener) {
        List<InputFailure> failures = new ArrayList<>();
        Consumer<InputFailure> fail = f -> {
            failures.add(f);
            listener.failure(f);
        };
        List<String> paths = sources.expand(arguments, fail);
        int[] articles = {0};
        Consumer<Outcome> deliver = o -> {
            if (o.record() != null) {
                listener.record(o.record());
                articles[0]++;
            } else {
                fail.accept(o.failure());
            }
        };
        if (threads == 1 || paths.size() < 2) {
            for (int i = 0; i < paths.size(); i++) {
                listener.progress(i, paths.size(), paths.get(i));
                deliver.accept(analyze(paths.get(i), format, published));
            }
        } else {
            runParallel(paths, format, published, listener, deliver);
        }
        listener.progress(paths.size(), paths.size(), null);
        return new Summary(articles[0], failures);
    }

    private void runParallel(List<String> paths, InputFormat format, Published published, Listener listener,
                             Consumer<Outcome> deliver) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dateline-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
            int next = 0;
            for (int done = 0; done < paths.size(); done++) {
                while (next < paths.size() && inFlight.size() < WINDOW_PER_THREAD * threads) {
                    String path = paths.get(next++);
                    inFlight.add(pool.submit(() -> analyze(path, format, published)));
                }
                listener.progress(done, paths.size(), paths.get(done));
                deliver.accept(await(inFlight.poll(), paths.get(done)));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome await(Future<Outcome> future, String path) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, new InputFailure(displayName(path), "interrupted"));
        } catch (ExecutionException e) {
            return new Outcome(null, new InputFailure(displayName(path), "analysis failed: " + e.getCause()));
        }
    }

    private Outcome analyze(String path, InputFormat format, Published published) {
        try {
            RawDocument raw = sources.read(path, format.contractName());
            Article article = extraction.extract(raw, format, published);
            return new Outcome(pipeline.analyze(article), null);
        } catch (InputException e) {
            return new Outcome(null, new InputFailure(displayName(path), e.getMessage()));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A defect or an input beyond the analysers' limits: still this input's failure only.
            return new Outcome(null, new InputFailure(displayName(path), "analysis failed: " + e));
        }
    }

    private static String displayName(String path) {
        return path.equals("-") ? "<stdin>" : path;
    }
}
