package org.dateline.store.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dateline.ingest.InputException;
import org.dateline.ingest.InputFailure;
import org.dateline.ingest.InputSources;
import org.dateline.model.Article;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Published;
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

    public StoreIngest(InputSources sources, Extraction extraction, Analysis analysis, Duration commitEvery) {
        this.sources = sources;
        this.extraction = extraction;
        this.analysis = analysis;
        this.commitEvery = commitEvery;
    }

    public Summary run(StoreWriter store, List<String> arguments, InputFormat format, Published published,
                       Listener listener) throws IOException {
        List<InputFailure> failures = new ArrayList<>();
        List<String> paths = sources.expand(arguments, f -> {
            failures.add(f);
            listener.failure(f);
        });
        int added = 0;
        int skipped = 0;
        long lastCommit = System.nanoTime();
        for (int i = 0; i < paths.size(); i++) {
            String path = paths.get(i);
            listener.progress(i, paths.size(), path);
            try {
                Article article = extraction.extract(sources.read(path, format.contractName()), format, published);
                if (store.contains(ArticleRecord.contentId(article.text()))) {
                    skipped++;
                    continue;
                }
                if (store.put(analysis.analyze(article))) {
                    added++;
                } else {
                    skipped++;
                }
            } catch (InputException e) {
                fail(failures, listener, path, e.getMessage());
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } catch (RuntimeException | StackOverflowError e) {
                fail(failures, listener, path, "analysis failed: " + e);
            }
            if (System.nanoTime() - lastCommit >= commitEvery.toNanos()) {
                store.commit();
                lastCommit = System.nanoTime();
            }
        }
        store.commit();
        listener.progress(paths.size(), paths.size(), null);
        return new Summary(added, skipped, failures);
    }

    private static void fail(List<InputFailure> failures, Listener listener, String path, String reason) {
        InputFailure f = new InputFailure(path.equals("-") ? "<stdin>" : path, reason);
        failures.add(f);
        listener.failure(f);
    }
}
