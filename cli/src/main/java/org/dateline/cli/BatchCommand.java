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
import org.dateline.model.Published;
import org.dateline.pipeline.Batch;
import org.dateline.pipeline.Extraction;
import org.dateline.pipeline.InputFormat;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code analyze} and {@code extract} share: inputs, {@code --as}, records out, failures and summary on stderr. */
abstract class BatchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (recursive); - reads standard input.")
    List<String> paths;

    @Option(names = "--as", paramLabel = "FORMAT", defaultValue = "auto",
        description = {"How to read each input: auto (by content), page (scraped page text with bylines and timestamps),",
            "body (the file is the article body, verbatim: offsets refer to its own text), html, rss, atom,",
            "warc (WARC or ARC), jsonl (news-please JSON Lines). Default: ${DEFAULT-VALUE}."})
    String as;

    @Option(names = "--published", paramLabel = "DATE",
        description = "Publication time to resolve relative dates against, e.g. 2023-03-01 or 2023-03-01T14:07:00+04:00; overrides the page's.")
    String published;

    /** The command's name, for usage errors. */
    abstract String name();

    /** The last stage, built once usage is known to be right. */
    @Option(names = "--threads", paramLabel = "N",
        description = "Articles processed at once (default: the number of processors). Output order is the input order whatever N is.")
    Integer threads;

    abstract Function<Article, ArticleRecord> analysis();

    @Override
    public Integer call() {
        // JSON Lines are UTF-8 whatever the platform's default encoding.
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = System.err;
        InputFormat format = InputOptions.format(as, name(), err);
        if (format == null) {
            return 2;
        }
        Published override;
        try {
            override = InputOptions.published(published, name(), err);
        } catch (java.time.DateTimeException e) {
            return 2;
        }
        int n = InputOptions.threads(threads, name(), err);
        if (n == 0) {
            return 2;
        }
        Batch batch = new Batch(new InputSources(System.in), new Extraction(), analysis(), n);
        Progress progress = Progress.on(err);
        Batch.Summary summary = batch.run(paths, format, override, new Batch.Listener() {
            @Override
            public void record(ArticleRecord record) {
                out.println(RecordJson.toLine(record));
                out.flush();
            }

            @Override
            public void failure(InputFailure failure) {
                progress.clear();
                err.println("dateline: failed: " + failure);
            }

            @Override
            public void progress(int done, int total, String path, int records) {
                progress.update(done, total, path, records);
            }
        });
        progress.clear();
        err.println(summary.line());
        return summary.failed() ? 1 : 0;
    }
}
