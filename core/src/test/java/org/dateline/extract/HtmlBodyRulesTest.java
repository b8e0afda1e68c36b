package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.extract.HtmlSnippets.body;
import static org.dateline.extract.HtmlSnippets.paragraphs;
import static org.dateline.extract.HtmlSnippets.prose;

import org.junit.jupiter.api.Test;

/** One test per body rule, each on a page written to show just that rule. */
class HtmlBodyRulesTest {
    private static final String LINKS = "<ul><li><a href=/a>Home</a></li><li><a href=/b>World news today</a></li>"
        + "<li><a href=/c>Business and markets</a></li><li><a href=/d>Sport results and fixtures</a></li></ul>";

    @Test
    void paragraphsJoinedByBlankLines() {
        assertThat(body("<article>" + paragraphs(1, 3) + "</article>"))
            .isEqualTo(prose(1) + "\n\n" + prose(2) + "\n\n" + prose(3));
    }

    @Test
    void storyBeatsNavigationAndLinkLists() {
        String text = body("<div class=top>" + LINKS + "</div><div class=main>" + paragraphs(1, 4) + "</div>"
            + "<div class=bottom>" + LINKS + "</div>");
        assertThat(text).startsWith(prose(1)).endsWith(prose(4)).doesNotContain("Business and markets");
    }

    @Test
    void furnitureNamedByClassGoes() {
        String text = body("<article>" + paragraphs(1, 3)
            + "<div class=cookie-banner><p>We use cookies to improve your experience, and you may opt out at any time.</p></div>"
            + "<div class=newsletter-signup><p>Get the best stories of the day in your inbox, every morning, for free.</p></div>"
            + "<div class=share-tools><p>Share this story with your friends, family, and colleagues today.</p></div>"
            + "<div id=related-stories><p>Another story you might like, about something else, entirely different.</p></div>"
            + paragraphs(4, 5) + "</article>");
        assertThat(text).contains(prose(1), prose(5)).doesNotContain("cookies", "inbox", "friends", "entirely");
    }

    @Test
    void furnitureWordInsideAContentNameStays() {
        // A layout wrapper named for its sidebar but also as the article body.
        String text = body("<div class='l-sidebar-fixed l-article-body-segment'>" + paragraphs(1, 3) + "</div>");
        assertThat(text).contains(prose(1), prose(3));
    }

    @Test
    void shortFurnitureWordsMatchWholeWordsOnly() {
        String text = body("<div class='pagebuilder-pagerow'>" + paragraphs(1, 3) + "</div>"
            + "<div class='pager'><p>Next page of results, previous page of results, and the page list.</p></div>");
        assertThat(text).contains(prose(1)).doesNotContain("Next page");
    }

    @Test
    void hiddenElementsGo() {
        String text = body("<article>" + paragraphs(1, 2)
            + "<p style='display: none'>Hidden text that no reader ever sees, on any device, at all.</p>"
            + "<p hidden>Another hidden paragraph, also never shown to a reader of the page.</p>"
            + "<p aria-hidden=true>Decorative duplicate text, hidden from assistive technology and readers.</p>"
            + "</article>");
        assertThat(text).doesNotContain("Hidden text", "hidden paragraph", "Decorative");
    }

    @Test
    void bodySplitAroundAnAdIsMerged() {
        String text = body("<div id=wrap><div class=story-part>" + paragraphs(1, 3) + "</div>"
            + "<div class=ad-slot><p>Advertisement</p></div>"
            + "<div class=story-part>" + paragraphs(4, 6) + "</div></div>");
        assertThat(text).contains(prose(1), prose(6)).doesNotContain("Advertisement");
    }

    @Test
    void subheadingsListsAndQuotesStayHeadlineAndCaptionsGo() {
        String text = body("<article><h1>The headline</h1>" + paragraphs(1, 2) + "<h2>What comes next</h2>"
            + "<blockquote><p>We will rebuild the bridge, and we will do it this year, the mayor said.</p></blockquote>"
            + "<ul><li>First step of the plan, explained in a full sentence</li><li>Second step of the plan, also explained</li></ul>"
            + "<figure><img src=x.jpg><figcaption>The bridge, seen from the river bank.</figcaption></figure>"
            + paragraphs(3, 4) + "</article>");
        assertThat(text).contains("\n\nWhat comes next\n\n", "We will rebuild the bridge",
            "First step of the plan, explained in a full sentence\nSecond step of the plan, also explained");
        assertThat(text).doesNotContain("The headline", "river bank");
    }

    @Test
    void brSeparatedTextInADivIsTheBody() {
        String text = body("<div class=nav>" + LINKS + "</div><div class=col>" + prose(1) + "<br><br>" + prose(2)
            + "<br>" + prose(3) + "</div>");
        assertThat(text).isEqualTo(prose(1) + "\n\n" + prose(2) + "\n" + prose(3));
    }

    @Test
    void tableCellsBySpacesRowsByLines() {
        String text = body("<article>" + paragraphs(1, 2)
            + "<table><tr><th>Pos</th><th>Player</th></tr><tr><td>DL</td><td>Larry Ogunjobi</td></tr></table></article>");
        assertThat(text).contains("Pos Player\nDL Larry Ogunjobi");
    }

    @Test
    void inlineMarkupAddsNoSpacesAndWhitespaceCollapses() {
        String text = body("<article><p>Multi<b>lateral</b>   talks\u00a0\u00a0resumed,\n  officials said, "
            + "<a href=/x>in Geneva</a>, on Monday, after a long pause of several weeks.</p>" + paragraphs(1, 2) + "</article>");
        assertThat(text).startsWith("Multilateral talks resumed, officials said, in Geneva, on Monday");
    }

    @Test
    void furnitureLinesInsideTheBodyGo() {
        String text = body("<article><p>By Jane Doe</p><p>November 19, 2019 at 9:45 am</p>" + paragraphs(1, 2)
            + "<p>Advertisement</p><p>[button link=\"/x\"]Send us your review[/button]</p>"
            + "<p>This slideshow requires JavaScript.</p><p>Share this article</p>" + paragraphs(3, 4) + "</article>");
        assertThat(text).isEqualTo(String.join("\n\n", prose(1), prose(2), prose(3), prose(4)));
    }

    @Test
    void sentencesThatMentionFurnitureWordsStay() {
        String kept = "Share prices fell by a third, and subscribers to the service said they would sign up elsewhere.";
        assertThat(body("<article>" + paragraphs(1, 2) + "<p>" + kept + "</p></article>")).contains(kept);
    }

    @Test
    void linkListInsideTheArticleGoes() {
        String text = body("<article>" + paragraphs(1, 3) + "<div class=more>" + LINKS + "</div>" + paragraphs(4, 5)
            + "</article>");
        assertThat(text).contains(prose(5)).doesNotContain("World news today");
    }

    @Test
    void photoStripGoesStoryWithPhotosStays() {
        String strip = "<div class=strip><img src=1.jpg><img src=2.jpg><img src=3.jpg><span>Photos: A. Person</span></div>";
        String photoStory = "<div class=inner><img src=4.jpg><img src=5.jpg><img src=6.jpg><div>" + prose(9) + "</div></div>";
        String text = body("<article>" + paragraphs(1, 3) + strip + photoStory + "</article>");
        assertThat(text).contains(prose(9)).doesNotContain("A. Person");
    }

    @Test
    void pageWithoutParagraphsGivesItsText() {
        assertThat(body("<span>Short note</span>")).isEqualTo("Short note");
    }
}
