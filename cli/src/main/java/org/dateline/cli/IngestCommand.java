package org.dateline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.ingest.InputFailure;
import org.dateline.ingest.InputSources;
import org.dateline.model.Published;
import org.dateline.pipeline.Extraction;
import org.dateline.pipeline.InputFormat;
import org.dateline.pipeline.Pipeline;
import org.dateline.store.StoreWriter;
import org.dateline.store.ingest.RecordIngest;
import org.dateline.store.ingest.StoreIngest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline ingest}: analyse and keep articles in the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    header = "Analyse articles, add them to the store and put each in a story.",
    description = {"Analyse articles and add them to the store. Articles already stored (the same body under the same "
        + "site and title) are skipped before analysis, so re-running after an interruption only does what is "
        + "missing; the same body under another site or headline is another article. Each article is put in a "
        + "story (articles about one happening) as it is added; with --records, PATHs are analysed records "
        + "(dateline/1 JSON Lines from `dateline analyze`) stored as they are, without analysis."})
final class IngestCommand implements Callable<Integer> {
    /** How often an ingest commits: a crash loses at most this much analysis. */
    static final Duration COMMIT_EVERY = Duration.ofSeconds(5);

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (recursive, following links;"
        + " what is not read, such as a FIFO or a dangling link, is named on stderr); - reads standard input.")
    List<String> paths;

    @Mixin
    StoreOption store;

    @Mixin
    InputOptions input;

    @Option(names = "--records", description = "PATHs are dateline/1 JSON Lines (from `dateline analyze`, .gz too):"
        + " store them as they are, without analysis; a line that is not a record is named FILE:LINE and skipped.")
    boolean records;

    @Override
    public Integer call() throws IOException {
        PrintStream err = System.err;
        InputOptions.Checked options = input.check("ingest", err);
        if (options == null) {
            return 2;
        }
        if (records) {
            if (!"auto".equalsIgnoreCase(input.as) || input.published != null) {
                err.println("dateline ingest: --records stores records as they are; --as and --published do not apply");
                return 2;
            }
            return records(store.dir, paths, err).failures().isEmpty() ? 0 : 1;
        }
        StoreIngest.Summary s = ingest(store.dir, paths, options.format(), options.published(), options.threads(), err);
        return s.failures().isEmpty() ? 0 : 1;
    }

    static StoreIngest.Summary ingest(java.nio.file.Path dir, List<String> paths, InputFormat format, Published published,
                                      int threads, PrintStream err) throws IOException {
        Pipeline pipeline = Pipeline.standard();
        StoreIngest ingest = new StoreIngest(new InputSources(System.in), new Extraction(), pipeline::analyze, COMMIT_EVERY,
            threads);
        Progress progress = Progress.on(err);
        try (StoreWriter writer = StoreWriter.open(dir, notice -> err.println("dateline: " + Terminal.safe(notice)));
             SummaryLine line = new SummaryLine(err, () -> ingest.soFar().line() + " (store " + dir + ": " + writer.size()
                 + " articles)", () -> commitQuietly(writer))) {
            StoreIngest.Summary s = ingest.run(writer, paths, format, published, new StoreIngest.Listener() {
                @Override
                public void failure(InputFailure failure) {
                    err.println("dateline: failed: " + Terminal.safe(failure.toString()));
                }

                @Override
                public void progress(int done, int total, String path) {
                    progress.update(done, total, path, done);
                }
            });
            line.print(s.line() + " (store " + dir + ": " + writer.size() + " articles)");
            return s;
        }
    }

    static StoreIngest.Summary records(java.nio.file.Path dir, List<String> paths, PrintStream err) throws IOException {
        RecordIngest ingest = new RecordIngest(COMMIT_EVERY);
        try (StoreWriter writer = StoreWriter.open(dir, notice -> err.println("dateline: " + Terminal.safe(notice)));
             SummaryLine line = new SummaryLine(err, () -> ingest.soFar().line() + " (store " + dir + ": " + writer.size()
                 + " articles)", () -> commitQuietly(writer))) {
            StoreIngest.Summary s = ingest.run(writer, paths, System.in, new StoreIngest.Listener() {
                @Override
                public void failure(InputFailure failure) {
                    err.println("dateline: failed: " + Terminal.safe(failure.toString()));
                }
            });
            line.print(s.line() + " (store " + dir + ": " + writer.size() + " articles)");
            return s;
        }
    }

    /**
     * A run stopped by a signal keeps what it stored: Lucene commits are atomic and safe beside a
     * writing thread, and a store that cannot commit now is as of its last commit, as after a crash.
     */
    private static void commitQuietly(StoreWriter writer) {
        try {
            writer.commit();
        } catch (IOException | RuntimeException e) {
            // nothing more to save
        }
    }
}
