package org.dateline.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.ingest.InputFailure;
import org.dateline.ingest.InputSources;
import org.dateline.json.RecordJson;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Published;
import org.dateline.pipeline.Batch;
import org.dateline.pipeline.Extraction;
import org.dateline.pipeline.InputFormat;
import org.dateline.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline analyze}: one contract record per article on stdout, JSON Lines. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {"Analyse news articles and print one dateline/1 record per article on stdout (JSON Lines).",
        "Logs, progress and failures go to stderr; the exit code is 1 when any input failed."})
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (recursive); - reads standard input.")
    List<String> paths;

    @Option(names = "--as", paramLabel = "FORMAT", defaultValue = "auto",
        description = {"How to read each input: auto, page (scraped page text with bylines and timestamps),",
            "body (the file is the article body, verbatim: offsets refer to its own text), html. Default: ${DEFAULT-VALUE}."})
    String as;

    @Option(names = "--published", paramLabel = "DATE",
        description = "Publication time to resolve relative dates against, e.g. 2023-03-01 or 2023-03-01T14:07:00+04:00; overrides the page's.")
    String published;

    @Option(names = "--threads", paramLabel = "N",
        description = "Articles analysed at once (default: the number of processors). Output order is the input order whatever N is.")
    Integer threads;

    @Override
    public Integer call() {
        // JSON Lines are UTF-8 whatever the platform's default encoding.
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = System.err;
        InputFormat format;
        try {
            format = InputFormat.valueOf(as.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("dateline analyze: unknown --as value '" + as + "' (auto, page, body, html)");
            return 2;
        }
        Published override = null;
        try {
            override = published == null ? null : Published.parse(published);
        } catch (java.time.DateTimeException e) {
            err.println("dateline analyze: bad --published value '" + published + "': " + e.getMessage());
            return 2;
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            err.println("dateline analyze: --threads must be at least 1");
            return 2;
        }
        Batch batch = new Batch(new InputSources(System.in), new Extraction(), Pipeline.standard(), n);
        Progress progress = new Progress(err);
        Batch.Summary summary = batch.run(paths, format, override, new Batch.Listener() {
            @Override
            public void record(ArticleRecord record) {
                out.println(RecordJson.toLine(record));
                out.flush();
            }

            @Override
            public void failure(InputFailure failure) {
                err.println("dateline: failed: " + failure);
            }

            @Override
            public void progress(int done, int total, String path) {
                progress.update(done, total, path);
            }
        });
        err.println(summary.line());
        return summary.failed() ? 1 : 0;
    }
}
