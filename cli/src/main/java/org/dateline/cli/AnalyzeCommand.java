package org.dateline.cli;

import java.util.function.Function;
import org.dateline.model.Article;
import org.dateline.model.ArticleRecord;
import org.dateline.pipeline.Pipeline;
import picocli.CommandLine.Command;

/** {@code dateline analyze}: one contract record per article on stdout, JSON Lines. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    header = "Analyse articles and print one dateline/1 record each (JSON Lines).",
    description = {"Analyse news articles and print one dateline/1 record per article on stdout (JSON Lines). "
        + "Logs, progress and failures go to stderr; the exit code is 1 when any input failed."})
final class AnalyzeCommand extends BatchCommand {
    @Override
    String name() {
        return "analyze";
    }

    @Override
    Function<Article, ArticleRecord> analysis() {
        return Pipeline.standard()::analyze;
    }
}
