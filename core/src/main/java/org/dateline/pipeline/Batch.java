package org.dateline.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
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
 * each document inside one, fails alone by {@link DocumentFailures}' rule: its failure is reported
 * with its path and reason, and the batch goes on. Copies are marked, not dropped: nothing vanishes.
 *
 * <p>Three kinds of thread. A reader reads the inputs in order and hands each document to a fixed
 * pool of {@code threads} analysers (the pipeline is thread-safe and CoreNLP's models are shared).
 * The calling thread hands results, failures included, to the listener in input order, each as soon
 * as it and everything before it are done: output and duplicate marking are the same whatever the
 * thread count, and finished work waits only for work before it, never for the reader or for work
 * after it, so that a crash loses only what was still being analysed. At most
 * {@link #WINDOW_PER_THREAD} documents per thread are read ahead: enough that one long article at
 * the head does not leave the other threads idle while it is awaited, few enough to bound the heap.
 */
public final class Batch {
    /** What a run did, for the summary line and the exit code. */
    public record Summary(int articles, int stubs, int exactDuplicates, int nearDuplicates,
                          List<InputFailure> failures) {
        public Summary {
            failures = List.copyOf(failures);
        }

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

    /** Where a batch reports as it goes; every call comes from the thread that called {@link #run}. */
    public interface Listener {
        void record(ArticleRecord record);

        void failure(InputFailure failure);

        /** Called before each input and once at the end (path null); records counts what came out so far. */
        default void progress(int done, int total, String path, int records) {}

        /**
         * Called about every {@link #IDLE} while the next result is not ready (a long document, a
         * slow input): a store commits here what it holds, so that it never waits on a slow document.
         */
        default void idle() {}
    }

    static final int WINDOW_PER_THREAD = 16;
    static final Duration IDLE = Duration.ofSeconds(1);

    private final InputSources sources;
    private final Extraction extraction;
    private final Function<Article, ArticleRecord> analysis;
    private final int threads;
    private final Duration budget;
    /** The current run's counts, readable from any thread (a shutdown hook): see {@link #soFar()}. */
    private volatile Tally tally = new Tally();
    /**
     * Held while a record goes out and is counted, so that a summary taken meanwhile (a shutdown
     * hook's, after the record reached the reader) waits for its count: a record out is a record
     * counted. A summary waits at most {@link #DELIVERY_WAIT}, so a listener stuck on a reader that
     * stopped reading cannot keep the JVM from stopping.
     */
    private final ReentrantLock delivering = new ReentrantLock();
    static final Duration DELIVERY_WAIT = Duration.ofSeconds(5);

    public Batch(InputSources sources, Extraction extraction, Pipeline pipeline, int threads) {
        this(sources, extraction, pipeline == null ? null : pipeline::analyze, threads);
    }

    /**
     * A batch whose last stage is {@code analysis} (the pipeline, or extraction only), run on
     * {@code threads} threads, each document within {@link DocumentFailures#BUDGET}.
     */
    public Batch(InputSources sources, Extraction extraction, Function<Article, ArticleRecord> analysis, int threads) {
        this(sources, extraction, analysis, threads, DocumentFailures.BUDGET);
    }

    /** As above, each document's reading, extraction and analysis within {@code budget}. */
    public Batch(InputSources sources, Extraction extraction, Function<Article, ArticleRecord> analysis, int threads,
                 Duration budget) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("the time budget must be positive: " + budget);
        }
        this.sources = sources;
        this.extraction = extraction;
        this.analysis = analysis;
        this.threads = threads;
        this.budget = budget;
    }

    /** What the current (or last) run has given so far: for a summary after a fatal error or an interruption. */
    public Summary soFar() {
        boolean held = false;
        try {
            held = delivering.tryLock(DELIVERY_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            return tally.summary();
        } finally {
            if (held) {
                delivering.unlock();
            }
        }
    }

    /**
     * Reads, analyses and reports every document of {@code arguments}; returns when all are
     * reported. An error that is no document's own (a broken class path, a listener's failing
     * output) ends the run and is rethrown here, after what was finished before it was reported.
     */
    public Summary run(List<String> arguments, InputFormat format, Published published, Listener output) {
        Listener listener = InputPaths.naming(arguments, output); // records never carry an absolute path
        Tally counts = new Tally();
        tally = counts;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dateline-batch");
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Slot> window = new ArrayBlockingQueue<>(WINDOW_PER_THREAD * threads);
        Thread reader = new Thread(() -> read(arguments, format, published, pool, window), "dateline-reader");
        reader.setDaemon(true);
        reader.start();
        Duplicates duplicates = new Duplicates();
        int total = 0;
        try {
            while (true) {
                Slot slot = take(window, listener);
                if (slot instanceof End end) {
                    if (end.error() != null) {
                        throw end.error();
                    }
                    break;
                }
                if (slot instanceof Next next) {
                    total = next.total();
                    listener.progress(next.done(), next.total(), next.path(), counts.records());
                } else if (slot instanceof Failed f) {
                    counts.fail(f.failure());
                    listener.failure(f.failure());
                } else {
                    deliver(await(((Pending) slot).result(), listener), duplicates, counts, listener, delivering);
                }
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        } finally {
            reader.interrupt();
            pool.shutdownNow();
        }
        listener.progress(total, total, null, counts.records());
        return counts.summary();
    }

    /** What the reader hands the calling thread, in input order. */
    private sealed interface Slot permits Next, Failed, Pending, End {}

    /** The reader starts input {@code done} of {@code total}. */
    private record Next(int done, int total, String path) implements Slot {}

    private record Failed(InputFailure failure) implements Slot {}

    private record Pending(Future<Outcome<ArticleRecord>> result) implements Slot {}

    /** Everything is read; {@code error}, when set, is what ended the reading (not any one input's fault). */
    private record End(Throwable error) implements Slot {}

    /** The reader thread: every input in order, each document handed to the pool as it is read. */
    private void read(List<String> arguments, InputFormat format, Published published, ExecutorService pool,
                      BlockingQueue<Slot> window) {
        Throwable error = null;
        try {
            List<InputFailure> unlisted = new ArrayList<>();
            List<String> paths = sources.expand(arguments, unlisted::add);
            for (InputFailure f : unlisted) {
                window.put(new Failed(f));
            }
            for (int i = 0; i < paths.size(); i++) {
                window.put(new Next(i, paths.size(), paths.get(i)));
                readOne(paths.get(i), format, published, pool, window);
            }
        } catch (InterruptedException e) {
            return; // the run is over: nobody takes from the window any more
        } catch (Throwable t) {
            error = t;
        }
        try {
            window.put(new End(error));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * One input's documents. Reading an input fails that input alone by the documents' rule (a
     * reader's defect, a stack overflow in a pathological file), after the documents read before.
     */
    private void readOne(String path, InputFormat format, Published published, ExecutorService pool,
                         BlockingQueue<Slot> window) throws InterruptedException {
        try (DocumentStream docs = sources.open(path, format.container())) {
            while (docs.hasNext()) {
                Ingested item = docs.next();
                if (item instanceof RawDocument raw) {
                    window.put(new Pending(pool.submit(() -> analyze(raw, format, published))));
                } else {
                    window.put(new Failed((InputFailure) item));
                }
            }
        } catch (InterruptedException e) {
            throw e;
        } catch (Throwable t) {
            if (!DocumentFailures.documentsOwn(t) && !(t instanceof java.io.IOException)) {
                throw asUnchecked(t);
            }
            // An IOException here is from closing a finished input: nothing left to lose.
            if (!(t instanceof java.io.IOException)) {
                // named as InputSources names its inputs
                window.put(new Failed(DocumentFailures.failure(path.equals("-") ? "<stdin>" : path, "reading failed: ", t)));
            }
        }
    }

    private static RuntimeException asUnchecked(Throwable t) {
        if (t instanceof Error e) {
            throw e;
        }
        return t instanceof RuntimeException r ? r : new IllegalStateException(t);
    }

    /** The next slot, telling the listener it is idle while the reader is slow. */
    private static Slot take(BlockingQueue<Slot> window, Listener listener) throws InterruptedException {
        while (true) {
            Slot slot = window.poll(IDLE.toNanos(), TimeUnit.NANOSECONDS);
            if (slot != null) {
                return slot;
            }
            listener.idle();
        }
    }

    /** A document's outcome, telling the listener it is idle while the document is being analysed. */
    private static Outcome<ArticleRecord> await(Future<Outcome<ArticleRecord>> future, Listener listener) {
        while (true) {
            try {
                return future.get(IDLE.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                listener.idle();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for an analysis", e);
            } catch (ExecutionException e) {
                throw asUnchecked(e.getCause());
            }
        }
    }

    /** Extraction and analysis of one document, within the budget, by {@link DocumentFailures}' rule. */
    private Outcome<ArticleRecord> analyze(RawDocument raw, InputFormat format, Published published) {
        return DocumentFailures.run(raw.label(), budget, () -> analysis.apply(extraction.extract(raw, format, published)));
    }

    /** In input order, on the calling thread: duplicate marking depends on what came before. */
    private static void deliver(Outcome<ArticleRecord> o, Duplicates duplicates, Tally counts, Listener listener,
                                ReentrantLock delivering) {
        if (o.failure() != null) {
            counts.fail(o.failure());
            listener.failure(o.failure());
            return;
        }
        ArticleRecord record = o.value();
        Duplicates.Verdict verdict = duplicates.check(record.id(), record.publicationKey(), record.text());
        if (!verdict.id().equals(record.id())) {
            record = record.asPublication(verdict.duplicateOf());
        } else if (verdict.duplicateOf() != null) {
            record = record.withDuplicateOf(verdict.duplicateOf());
        }
        // A failing listener (the store's disk, stdout) is not this document's fault: it ends the run.
        delivering.lock();
        try {
            listener.record(record);
            counts.delivered(record.warnings().contains(Extraction.STUB),
                verdict.duplicateOf() == null ? 0 : verdict.exact() ? 1 : 2);
        } finally {
            delivering.unlock();
        }
    }

    /** A run's counts: written by the calling thread, read by any (a shutdown hook's summary). */
    private static final class Tally {
        private int articles;
        private int stubs;
        private int exact;
        private int near;
        private final List<InputFailure> failures = new ArrayList<>();

        synchronized void fail(InputFailure f) {
            failures.add(f);
        }

        /** @param copy 0 new text, 1 an exact copy, 2 a near one */
        synchronized void delivered(boolean stub, int copy) {
            if (stub) {
                stubs++;
            } else {
                articles++;
            }
            exact += copy == 1 ? 1 : 0;
            near += copy == 2 ? 1 : 0;
        }

        synchronized int records() {
            return articles + stubs;
        }

        synchronized Summary summary() {
            return new Summary(articles, stubs, exact, near, failures);
        }
    }
}
