package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.extract.HtmlSnippets.prose;

import org.junit.jupiter.api.Test;

/** When JSON-LD's articleBody replaces the body found in the markup, and how it is cleaned. */
class BodyChooserTest {
    private static final String STORY = prose(1) + "\n\n" + prose(2) + "\n\n" + prose(3);

    @Test
    void markupWinsWhenItHoldsWhatJsonLdSays() {
        String ld = STORY.replace("\n\n", " ");
        assertThat(BodyChooser.choose(STORY, ld)).isEqualTo(STORY);
    }

    @Test
    void jsonLdWinsWhenTheMarkupMissedTheStory() {
        String dom = "We use cookies to improve your experience on our site, and to show you relevant ads.";
        assertThat(BodyChooser.choose(dom, STORY)).isEqualTo(STORY);
    }

    @Test
    void teaserJsonLdIsIgnored() {
        String dom = "Menu, search, sign in, and the rest of the page furniture that held no story at all.";
        String teaser = prose(1) + " " + prose(2) + " More of the story follows on the page…";
        assertThat(BodyChooser.choose(dom + " " + dom + " " + dom, teaser)).startsWith("Menu");
    }

    @Test
    void shortOrMissingJsonLdIsIgnored() {
        assertThat(BodyChooser.choose(STORY, null)).isEqualTo(STORY);
        assertThat(BodyChooser.choose(STORY, "Short teaser.")).isEqualTo(STORY);
    }

    @Test
    void markupInsideJsonLdIsReadAsText() {
        assertThat(BodyChooser.clean("<p>First paragraph.</p><p>Second <b>bold</b> one.</p>"))
            .isEqualTo("First paragraph.\n\nSecond bold one.");
        assertThat(BodyChooser.clean("&lt;p&gt;Escaped once.&lt;/p&gt;&lt;p&gt;Still text.&lt;/p&gt;"))
            .isEqualTo("Escaped once.\n\nStill text.");
    }

    @Test
    void fullPageFallsBackToJsonLdWhenTheBodyIsScriptRendered() {
        String html = "<html><head><script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":\"H\","
            + "\"articleBody\":\"" + STORY.replace("\n\n", "\\n\\n") + "\"}</script></head>"
            + "<body><div id=root></div><p>Please enable JavaScript to view this site, which needs it.</p></body></html>";
        assertThat(HtmlSnippets.extract(html).text()).isEqualTo(STORY);
    }
}
