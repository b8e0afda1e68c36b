package org.dateline.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.dateline.ingest.DocumentStream;
import org.dateline.ingest.InputException;
import org.dateline.ingest.InputFailure;
import org.dateline.ingest.InputSources;
import org.dateline.ingest.Ingested;
import org.dateline.ingest.RawDocument;
import org.dateline.model.Article;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Published;

/**
 * Runs the chain over everything the user named, one document at a time (a file may hold many).
 * Each input, and each document inside one, fails alone: its failure is reported with its path and
 * reason, and the batch goes on. Copies are marked, not dropped: nothing vanishes.
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

    private final InputSources sources;
    private final Extraction extraction;
    private final Function<Article, ArticleRecord> analysis;

    public Batch(InputSources sources, Extraction extraction, Pipeline pipeline) {
        this(sources, extraction, pipeline::analyze);
    }

    /** A batch whose last stage is {@code analysis}: the pipeline, or extraction only. */
    public Batch(InputSources sources, Extraction extraction, Function<Article, ArticleRecord> analysis) {
        this.sources = sources;
        this.extraction = extraction;
        this.analysis = analysis;
    }

    public Summary run(List<String> arguments, InputFormat format, Published published, Listener listener) {
        List<InputFailure> failures = new ArrayList<>();
        Consumer<InputFailure> fail = f -> {
            failures.add(f);
            listener.failure(f);
        };
        List<String> paths = sources.expand(arguments, fail);
        Duplicates duplicates = new Duplicates();
        int[] counts = new int[4]; // articles, stubs, exact, near
        int records = 0;
        for (int i = 0; i < paths.size(); i++) {
            listener.progress(i, paths.size(), paths.get(i), records);
            try (DocumentStream docs = sources.open(paths.get(i), format.container())) {
                while (docs.hasNext()) {
                    Ingested item = docs.next();
                    if (item instanceof InputFailure f) {
                        fail.accept(f);
                    } else if (item instanceof RawDocument raw && one(raw, format, published, duplicates, counts, listener, fail)) {
                        records++;
                    }
                }
            } catch (IOException e) {
                // closing a finished input: nothing left to lose
            }
        }
        listener.progress(paths.size(), paths.size(), null, records);
        return new Summary(counts[0], counts[1], counts[2], counts[3], failures);
    }

    private boolean one(RawDocument raw, InputFormat format, Published published, Duplicates duplicates, int[] counts,
                        Listener listener, Consumer<InputFailure> fail) {
        ArticleRecord record;
        try {
            Article article = extraction.extract(raw, format, published);
            record = analysis.apply(article);
        } catch (InputException e) {
            fail.accept(new InputFailure(label(raw), e.getMessage()));
            return false;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A defect or an input beyond the analysers' limits: still this document's failure only.
            fail.accept(new InputFailure(label(raw), "analysis failed: " + e));
            return false;
        }
        Duplicates.Verdict verdict = duplicates.check(record.id(), record.text());
        if (verdict.duplicateOf() != null) {
            record = record.withDuplicateOf(verdict.duplicateOf());
            counts[verdict.exact() ? 2 : 3]++;
        }
        counts[record.warnings().contains(Extraction.STUB) ? 1 : 0]++;
        // Outside the try: a failing listener (the store's disk, stdout) is not this document's fault.
        listener.record(record);
        return true;
    }

    /** The input's path, and inside a container where the document sits. */
    private static String label(RawDocument raw) {
        if (raw.origin().warc() != null) {
            return raw.origin().path() + "@" + raw.origin().warc().offset();
        }
        return raw.meta().url() == null ? raw.origin().path() : raw.origin().path() + " (" + raw.meta().url() + ")";
    }
}
