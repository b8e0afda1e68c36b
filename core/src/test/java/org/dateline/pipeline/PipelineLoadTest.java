package org.dateline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.model.Article;
import org.dateline.model.ArticleRecord;
import org.dateline.model.InputRef;
import org.dateline.model.Published;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Annotator;
import org.junit.jupiter.api.Test;

/**
 * Audit (stop 47): a second {@code dateline demo} found all nineteen articles stored and still took
 * 18-50 s before serving, loading CoreNLP's models for nothing. The language models load at the
 * first article to analyse.
 */
class PipelineLoadTest {
    @Test
    void theLanguageModelsLoadAtTheFirstArticleNotWhenThePipelineIsMade() {
        AtomicInteger loads = new AtomicInteger();
        Annotator empty = (text, day, filter) -> new AnnotatedText(text, List.of(), List.of(), List.of(), List.of());
        Pipeline pipeline = new Pipeline(() -> {
            loads.incrementAndGet();
            return empty;
        });
        assertThat(loads).hasValue(0);

        Article article = Article.bodyOnly(InputRef.of("a.txt", InputRef.Format.TEXT), "A man was shot.").withPublished(Published.parse("2020-01-01"));
        ArticleRecord first = pipeline.analyze(article);
        pipeline.analyze(article);

        assertThat(loads).hasValue(1);
        assertThat(first.text()).isEqualTo("A man was shot.");
    }

    @Test
    void loadLoadsThemAtOnceForWhoeverTimesTheFirstArticle() {
        AtomicInteger loads = new AtomicInteger();
        Pipeline pipeline = new Pipeline(() -> {
            loads.incrementAndGet();
            return (text, day, filter) -> new AnnotatedText(text, List.of(), List.of(), List.of(), List.of());
        });
        pipeline.load();
        assertThat(loads).hasValue(1);
    }
}
