package org.dateline.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.dateline.ingest.InputFailure;
import org.dateline.ingest.InputSources;
import org.dateline.json.RecordJson;
import org.dateline.model.Article;
import org.dateline.model.ArticleRecord;
import org.dateline.pipeline.Batch;
import org.dateline.pipeline.Extraction;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** What {@code analyze} and {@code extract} share: inputs and their options, records out, failures and summary on stderr. */
abstract class BatchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (recursive, following links;"
        + " what is not read, such as a FIFO or a dangling link, is named on stderr); - reads standard input.")
    List<String> paths;

    @Mixin
    InputOptions input;

    /** The command's name, for usage errors. */
    abstract String name();

    /** The last stage, built once usage is known to be right. */
    abstract Function<Article, ArticleRecord> analysis();

    @Override
    public Integer call() {
        // JSON Lines are UTF-8 whatever the platform's default encoding.
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = System.err;
        InputOptions.Checked options = input.check(name(), err);
        if (options == null) {
            return 2;
        }
        Batch batch = new Batch(new InputSources(System.in), new Extraction(), analysis(), options.threads());
        Progress progress = Progress.on(err);
        Batch.Listener listener = new Batch.Listener() {
            @Override
            public void record(ArticleRecord record) {
                // Out at once, a line at a time: a killed run loses only what was being analysed.
                out.println(RecordJson.toLine(record));
                out.flush();
            }

            @Override
            public void failure(InputFailure failure) {
                progress.clear();
                err.println("dateline: failed: " + Terminal.safe(failure.toString()));
            }

            @Override
            public void progress(int done, int total, String path, int records) {
                progress.update(done, total, path, records);
            }
        };
        try (SummaryLine line = new SummaryLine(err, () -> {
            progress.clear();
            return batch.soFar().line();
        }, out::flush)) {
            Batch.Summary summary = batch.run(paths, options.format(), options.published(), listener);
            progress.clear();
            line.print(summary.line());
            return summary.failed() ? 1 : 0;
        }
    }
}
