package org.dateline.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.dateline.model.Article;
import org.dateline.model.ArticleRecord;
import picocli.CommandLine.Command;

/**
 * {@code dateline extract}: ingest and extraction only, no language analysis. Records keep the
 * dateline/1 shape with empty fact lists, so whatever reads {@code analyze} output reads these;
 * it is also how extraction speed is measured apart from CoreNLP.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    header = "Extract articles (text and metadata) without language analysis.",
    description = {"Extract articles (text and metadata) without language analysis: one dateline/1 record per "
        + "article on stdout with empty fact lists. Fast; failures and a summary go to stderr, exit code 1 on any failure."})
final class ExtractCommand extends BatchCommand {
    static final String WARNING = "extraction only: no language analysis";

    @Override
    String name() {
        return "extract";
    }

    @Override
    Function<Article, ArticleRecord> analysis() {
        return article -> {
            List<String> warnings = new ArrayList<>(article.warnings());
            warnings.add(WARNING);
            return ArticleRecord.of(article, List.of(), List.of(), List.of(), List.of(), warnings);
        };
    }
}
