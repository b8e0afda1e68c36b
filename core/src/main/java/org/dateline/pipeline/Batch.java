package org.dateline.pipeline;

import java.util.ArrayList;
import java.util.List;
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

    private final InputSources sources;
    private final Extraction extraction;
    private final Pipeline pipeline;

    public Batch(InputSources sources, Extraction extraction, Pipeline pipeline) {
        this.sources = sources;
        this.extraction = extraction;
        this.pipeline = pipeline;
    }

    public Summary run(List<String> arguments, InputFormat format, Published published, Listener listener) {
        List<InputFailure> failures = new ArrayList<>();
        Consumer<InputFailure> fail = f -> {
            failures.add(f);
            listener.failure(f);
        };
        List<String> paths = sources.expand(arguments, fail);
        int articles = 0;
        for (int i = 0; i < paths.size(); i++) {
            String path = paths.get(i);
            listener.progress(i, paths.size(), path);
            try {
                RawDocument raw = sources.read(path, format.contractName());
                Article article = extraction.extract(raw, format, published);
                listener.record(pipeline.analyze(article));
                articles++;
            } catch (InputException e) {
                fail.accept(new InputFailure(displayName(path), e.getMessage()));
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                // A defect or an input beyond the analysers' limits: still this input's failure only.
                fail.accept(new InputFailure(displayName(path), "analysis failed: " + e));
            }
        }
        listener.progress(paths.size(), paths.size(), null);
        return new Summary(articles, failures);
    }

    private static String displayName(String path) {
        return path.equals("-") ? "<stdin>" : path;
    }
}
