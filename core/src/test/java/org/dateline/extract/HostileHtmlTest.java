package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Pages built to hurt: every one must give an article (or a clear exception) within seconds. Deep
 * nesting is the dangerous one: any recursive walk would overflow the stack, and any rule that walks
 * ancestors per element would be quadratic.
 */
class HostileHtmlTest {
    private static final Duration LIMIT = Duration.ofSeconds(20);
    private static final int DEEP = 100_000;

    private static Article extract(String html) {
        return assertTimeoutPreemptively(LIMIT, () -> HtmlSnippets.extract(html));
    }

    @Test
    void hundredThousandNestedDivs() {
        Article a = extract("<div>".repeat(DEEP) + "deep text" + "</div>".repeat(DEEP));
        assertThat(a.text()).isEqualTo("deep text");
    }

    @Test
    void hundredThousandUnclosedFormattingAndLinkTags() {
        assertThat(extract("<b>".repeat(DEEP) + "bold text").text()).isEqualTo("bold text");
        assertThat(extract("<a href=x>".repeat(DEEP) + "link").text()).isEqualTo("link");
        assertThat(extract("<font><i><b><u>".repeat(DEEP / 4) + "text").text()).isEqualTo("text");
    }

    @Test
    void nestedTables() {
        assertThat(extract("<table><tr><td>".repeat(20_000) + "cell").text()).isEqualTo("cell");
    }

    @Test
    void megabytePages() {
        Article oneParagraph = extract("<html><body><p>" + "word ".repeat(400_000) + "</p></body></html>");
        assertThat(oneParagraph.text()).startsWith("word word").hasSize(400_000 * 5 - 1);
        Article manyParagraphs = extract(HtmlSnippets.paragraphs(1, 20_000));
        assertThat(manyParagraphs.text()).startsWith(HtmlSnippets.prose(1)).endsWith(HtmlSnippets.prose(20_000));
    }

    @Test
    void oversizedPageIsCutWithAWarning() {
        String html = "<p>" + "x".repeat(HtmlInput.MAX_CHARS + 10) + "</p>";
        Article a = extract(html);
        assertThat(a.text()).hasSizeLessThanOrEqualTo(HtmlInput.MAX_CHARS);
        assertThat(a.warnings()).anyMatch(w -> w.startsWith("page cut"));
    }

    @Test
    void malformedMarkup() {
        Article a = extract("<<<>>></div></p><div <p <<a href=x>Text one, <b>bold <i>both</b> italic</i> and on."
            + "</ta<ble>".repeat(1000) + "</div></p></span><table><p>Text after the mess, still readable.</td>"
            + "</body></html></html>");
        assertThat(a.text()).contains("Text one, bold both italic and on.", "Text after the mess, still readable.");
    }

    @Test
    void noBodyNoMarkupNothing() {
        assertThat(extract("just some text, without any markup at all").text())
            .isEqualTo("just some text, without any markup at all");
        assertThat(extract("").text()).isEmpty();
        assertThat(extract("<html><head><title>Only a title</title></head></html>").title()).isEqualTo("Only a title");
    }

    @Test
    void brokenJsonLdIsIgnored() {
        Article a = extract("<script type=application/ld+json>{\"@type\": \"NewsArticle\", \"headline\": [[[</script>"
            + "<p>" + HtmlSnippets.prose(1) + "</p>");
        assertThat(a.text()).isEqualTo(HtmlSnippets.prose(1));
    }
}
