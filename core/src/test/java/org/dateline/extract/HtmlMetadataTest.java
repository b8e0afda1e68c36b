package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.extract.HtmlSnippets.paragraphs;

import org.dateline.model.Article;
import org.dateline.model.Author;
import org.junit.jupiter.api.Test;

/** Title, published time, authors, outlet, url and language from HTML pages. */
class HtmlMetadataTest {
    private static Article page(String head, String body) {
        return HtmlSnippets.extract("<!doctype html><html lang=\"en-GB\"><head>" + head + "</head><body>" + body
            + "<article>" + paragraphs(1, 3) + "</article></body></html>");
    }

    @Test
    void jsonLdGivesEverythingWithTheOffsetKept() {
        Article a = page("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{"
            + "\"@type\":\"NewsArticle\",\"headline\":\"Talks resume in Geneva\",\"datePublished\":\"2023-03-01T14:07:00+04:00\","
            + "\"author\":[{\"@type\":\"Person\",\"name\":\"Sabina Mammadli\"},{\"name\":\"Elnur Aliyev\"}],"
            + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"AzerNews\"},"
            + "\"url\":\"https://www.azernews.az/news.php?id=1\"}]}</script>"
            + "<meta property=\"article:published_time\" content=\"2023-03-01T10:07:00Z\">", "");
        assertThat(a.title()).isEqualTo("Talks resume in Geneva");
        assertThat(a.published().toIso()).isEqualTo("2023-03-01T14:07:00+04:00");
        assertThat(a.authors()).containsExactly(new Author("Sabina Mammadli", null, null), new Author("Elnur Aliyev", null, null));
        assertThat(a.source().name()).isEqualTo("AzerNews");
        assertThat(a.source().domain()).isEqualTo("azernews.az");
        assertThat(a.url()).isEqualTo("https://www.azernews.az/news.php?id=1");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void metaTagsWhenThereIsNoJsonLd() {
        Article a = page("<meta property=\"og:title\" content=\"Bridge to reopen | City Post\">"
            + "<meta property=\"og:site_name\" content=\"City Post\">"
            + "<meta property=\"og:url\" content=\"https://citypost.example/bridge\">"
            + "<meta property=\"article:published_time\" content=\"2019-11-19T10:32:00.000-05:00\">"
            + "<meta name=\"author\" content=\"By Jane Doe\"><meta property=\"article:author\" content=\"https://facebook.com/jd\">", "");
        assertThat(a.title()).isEqualTo("Bridge to reopen");
        assertThat(a.published().toIso()).isEqualTo("2019-11-19T10:32:00-05:00");
        assertThat(a.authors()).extracting(Author::name).containsExactly("Jane Doe");
        assertThat(a.source().name()).isEqualTo("City Post");
        assertThat(a.source().domain()).isEqualTo("citypost.example");
    }

    @Test
    void timeElementAndMarkupWhenThereAreNoMetaTags() {
        Article a = page("<title>Bridge to reopen - City Post</title>",
            "<h1>Bridge to reopen</h1><a rel=author href=/jd>Jane Doe</a><time datetime=\"2019-11-19T10:32+01:00\">Nov 19</time>");
        assertThat(a.title()).isEqualTo("Bridge to reopen");
        assertThat(a.published().toIso()).isEqualTo("2019-11-19T10:32:00+01:00");
        assertThat(a.authors()).extracting(Author::name).containsExactly("Jane Doe");
        assertThat(a.text()).doesNotContain("Jane Doe", "Bridge to reopen");
    }

    @Test
    void nonIsoTimeIsReadLikeAPageLine() {
        Article a = page("<meta name=\"pubdate\" content=\"19 November 2019 10:32 GMT\">", "");
        assertThat(a.published().toIso()).isEqualTo("2019-11-19T10:32:00+00:00");
    }

    @Test
    void missingAndUnreadableTimesAreWarnedAbout() {
        assertThat(page("", "").published()).isNull();
        assertThat(page("", "").warnings()).contains("no published time found");
        Article odd = page("<meta property=\"article:published_time\" content=\"sometime soon\">", "");
        assertThat(odd.warnings()).contains("unreadable published time 'sometime soon'");
        Article local = page("<meta property=\"article:published_time\" content=\"2019-11-19T10:32:00\">", "");
        assertThat(local.published().offset()).isNull();
        assertThat(local.warnings()).contains("published time has no UTC offset");
    }

    @Test
    void languageFromTheHtmlElementOrOgLocale() {
        Article de = HtmlSnippets.extract("<html lang=de-DE><body><article>" + paragraphs(1, 2) + "</article></body></html>");
        assertThat(de.language()).isEqualTo("de");
        assertThat(de.warnings()).contains("page language is 'de'");
        Article fr = HtmlSnippets.extract("<html><head><meta property=og:locale content=fr_FR></head><body><p>x</p></body></html>");
        assertThat(fr.language()).isEqualTo("fr");
    }
}
