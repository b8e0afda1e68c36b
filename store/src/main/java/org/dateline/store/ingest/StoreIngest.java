package org.dateline.store.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import org.dateline.ingest.InputFailure;
import org.dateline.ingest.InputSources;
import org.dateline.model.Article;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Published;
import org.dateline.pipeline.Batch;
import org.dateline.pipeline.Extraction;
import org.dateline.pipeline.InputFormat;
import org.dateline.store.StoreWriter;

/**
 * Reads, extracts, analyses and stores inputs. An input whose content hash is stored already is
 * skipped before analysis (the expensive part), so a re-run after a crash only analyses what the
 * crash lost. Commits happen at most every {@code commitEvery} and at the end: a crash loses at
 * most that much work and never leaves half an article.
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

    /** {@code threads} articles are extracted and analysed at once; the store is written from one. */
    public StoreIngest(InputSources sources, Extraction extraction, Analysis analysis, Duration commitEvery, int threads) {
        this.sources = sources;
        this.extraction = extraction;
        this.analysis = analysis;
        this.commitEvery = commitEvery;
        this.threads = threads;
    }

    /**
     * Runs the same batch as {@code dateline analyze} (every input format, each document failing
     * alone) with the store as its output. A store I/O error ends the run: it is no input's fault.
     */
    public Summary run(StoreWriter store, List<String> arguments, InputFormat format, Published published,
                       Listener listener) throws IOException {
        int[] counts = new int[2]; // added, skipped
        long[] lastCommit = {System.nanoTime()};
        Batch batch = new Batch(sources, extraction, article -> {
            String id = ArticleRecord.contentId(article.text());
            if (store.contains(id)) {
                // Not analysed: put() below finds the id stored and counts the article as skipped.
                return ArticleRecord.of(article, List.of(), List.of(), List.of(), List.of(), article.warnings());
            }
            return analysis.analyze(article);
        }, threads);
        Batch.Summary summary;
        try {
            summary = batch.run(arguments, format, published, new Batch.Listener() {
                @Override
                public void record(ArticleRecord record) {
                    try {
                        boolean added = store.put(record);
                        counts[added ? 0 : 1]++;
                        if (System.nanoTime() - lastCommit[0] >= commitEvery.toNanos()) {
                            store.commit();
                            lastCommit[0] = System.nanoTime();
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
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
        return new Summary(counts[0], counts[1], summary.failures());
    }
}
