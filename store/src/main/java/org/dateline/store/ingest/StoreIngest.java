package org.dateline.store.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.ingest.InputFailure;
import org.dateline.ingest.InputSources;
import org.dateline.model.Article;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Published;
import org.dateline.pipeline.Batch;
import org.dateline.pipeline.DocumentFailures;
import org.dateline.pipeline.Extraction;
import org.dateline.pipeline.InputFormat;
import org.dateline.store.StoreWriter;

/**
 * Reads, extracts, analyses and stores inputs. An input stored already (its body under the same
 * site and title: {@link StoreWriter#holds}) is skipped before analysis (the expensive part), so a
 * re-run after a crash only analyses what the crash lost. Commits happen every {@code commitEvery}
 * while there is something new, and at the end: a crash loses at most that much finished work,
 * besides what was being analysed, and never leaves half an article.
 */
public final class StoreIngest {
    /** The analysis step; {@code Pipeline::analyze} in production, something cheap in tests. */
    @FunctionalInterface
    public interface Analysis {
        ArticleRecord analyze(Article article);
    }

    /** Where an ingest reports as it goes. */
    public interface Listener {
        default void failure(InputFailure failure) {}

        default void progress(int done, int total, String path) {}
    }

    /** What a run did. */
    public record Summary(int added, int skipped, List<InputFailure> failures) {
        public String line() {
            return "dateline: " + added + " added, " + skipped + " already stored, " + failures.size() + " failed";
        }
    }

    private final InputSources sources;
    private final Extraction extraction;
    private final Analysis analysis;
    private final Duration commitEvery;
    private final int threads;
    private final Duration budget;
    private volatile Counts counts = new Counts();
    private volatile Batch batch;

    /** {@code threads} articles are extracted and analysed at once; the store is written from one. */
    public StoreIngest(InputSources sources, Extraction extraction, Analysis analysis, Duration commitEvery, int threads) {
        this(sources, extraction, analysis, commitEvery, threads, DocumentFailures.BUDGET);
    }

    /** As above, each document within {@code budget} (see {@link DocumentFailures}). */
    public StoreIngest(InputSources sources, Extraction extraction, Analysis analysis, Duration commitEvery, int threads,
                       Duration budget) {
        this.sources = sources;
        this.extraction = extraction;
        this.analysis = analysis;
        this.commitEvery = commitEvery;
        this.threads = threads;
        this.budget = budget;
    }

    /**
     * Runs the same batch as {@code dateline analyze} (every input format, each document failing
     * alone) with the store as its output. A store I/O error ends the run: it is no input's fault.
     * Each record is put as soon as it and every one before it are done, and a commit follows
     * when {@code commitEvery} has passed since the last one, also while the batch waits on a slow
     * document: a crash loses what was being analysed and at most {@code commitEvery} of records.
     */
    public Summary run(StoreWriter store, List<String> arguments, InputFormat format, Published published,
                       Listener listener) throws IOException {
        Counts counts = new Counts();
        this.counts = counts;
        long[] lastCommit = {System.nanoTime()};
        boolean[] uncommitted = {false};
        Batch batch = new Batch(sources, extraction, article -> {
            if (store.holds(article)) {
                // Not analysed: put() below finds it stored and counts the article as skipped.
                return ArticleRecord.of(article, List.of(), List.of(), List.of(), List.of(), article.warnings());
            }
            return analysis.analyze(article);
        }, threads, budget);
        this.batch = batch;
        Batch.Summary summary;
        try {
            summary = batch.run(arguments, format, published, new Batch.Listener() {
                @Override
                public void record(ArticleRecord record) {
                    try {
                        boolean added = store.put(record);
                        counts.count(added);
                        uncommitted[0] |= added;
                        idle();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void idle() {
                    if (uncommitted[0] && System.nanoTime() - lastCommit[0] >= commitEvery.toNanos()) {
                        try {
                            store.commit();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        lastCommit[0] = System.nanoTime();
                        uncommitted[0] = false;
                    }
                }

                @Override
                public void failure(InputFailure failure) {
                    listener.failure(failure);
                }

                @Override
                public void progress(int done, int total, String path, int records) {
                    listener.progress(done, total, path);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        store.commit();
        return new Summary(counts.added(), counts.skipped(), summary.failures());
    }

    /** What the current (or last) run has done so far: for a summary after a fatal error or an interruption. */
    public Summary soFar() {
        Batch b = batch;
        // the batch's summary first: it waits for a record being put to be counted
        List<InputFailure> failures = b == null ? List.of() : b.soFar().failures();
        return new Summary(counts.added(), counts.skipped(), failures);
    }

    /** Added and skipped: written by the batch's calling thread, read by any. */
    private static final class Counts {
        private final AtomicInteger added = new AtomicInteger();
        private final AtomicInteger skipped = new AtomicInteger();

        void count(boolean isNew) {
            (isNew ? added : skipped).incrementAndGet();
        }

        int added() {
            return added.get();
        }

        int skipped() {
            return skipped.get();
        }
    }
}
