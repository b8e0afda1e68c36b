package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FurnitureTest {

    @ParameterizedTest
    @ValueSource(strings = {"---", "***", "___", "* * *", "- - -", "======"})
    void separators(String line) {
        assertThat(Furniture.isSeparator(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Share this article", "Share on Facebook", "Share", "Facebook Twitter LinkedIn WhatsApp Email",
        "Copy link", "Subscribe to our newsletter", "Sign up for our daily briefing",
        "Click here to read more", "Advertisement", "ADVERTISEMENT", "Story continues below advertisement",
        "Read more: Russia and Ukraine swap prisoners", "READ MORE", "Related: Talks stall again",
        "© 2024 Daily Planet Media Ltd. All rights reserved.", "All rights reserved",
        "Copyright 2024 The Associated Press", "Photo: Reuters", "Photograph: Andy Rain/EPA",
        "(Photo by Tofik Babayev / AFP)", "(AP Photo/Efrem Lukatsky)", "Image source, Getty Images",
        "Image caption, Residents wade through floodwater", "3 min read", "Tags: energy, Baku",
        "Reuse this content", "Enditem",
    })
    void boilerplateLines(String line) {
        assertThat(Furniture.isBoilerplate(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Shareholders approved the merger on Monday.",
        "Subscribers to the service rose by 40% last year, the company said.",
        "The photo showed the minister at the border.",
        "Related talks continued on Monday.",
        "Advertisements for the event were pulled.",
        "Read the full statement on the ministry's website, officials said in a note to reporters.",
        "During the meeting, the sides also exchanged views on other matters of mutual interest.",
    })
    void bodySentencesAreNotBoilerplate(String line) {
        assertThat(Furniture.isBoilerplate(line)).isFalse();
    }

    @Test
    void followUsWithHandle() {
        Follow f = Furniture.follow("Follow us on Twitter @AzerNewsAz").orElseThrow();
        assertThat(f.isOutlet()).isTrue();
        assertThat(f.handle()).isEqualTo("@AzerNewsAz");
    }

    @Test
    void followUsWithoutHandle() {
        Follow f = Furniture.follow("Follow us on Facebook").orElseThrow();
        assertThat(f.isOutlet()).isTrue();
        assertThat(f.handle()).isNull();
    }

    @Test
    void followPronounColonHandle() {
        Follow f = Furniture.follow("Follow her on X: @jdoe").orElseThrow();
        assertThat(f.isPronoun()).isTrue();
        assertThat(f.handle()).isEqualTo("@jdoe");
    }

    @Test
    void followNamedAccount() {
        Follow f = Furniture.follow("Follow Anadolu Agency on Twitter @anadoluagency").orElseThrow();
        assertThat(f.who()).isEqualTo("Anadolu Agency");
        assertThat(f.handle()).isEqualTo("@anadoluagency");
    }

    @Test
    void followHandleFirstAndNetworkColon() {
        assertThat(Furniture.follow("Follow @DailyPlanet on Instagram").orElseThrow().handle()).isEqualTo("@DailyPlanet");
        assertThat(Furniture.follow("Telegram: @dailyplanet").orElseThrow().isOutlet()).isTrue();
    }

    @Test
    void followInASentenceIsNotAFollowLine() {
        assertThat(Furniture.follow("Follow the money, investigators said on Twitter.")).isEmpty();
    }

    @Test
    void urlLines() {
        assertThat(Furniture.url("https://www.azernews.az/nation/206452.html")).contains("https://www.azernews.az/nation/206452.html");
        assertThat(Furniture.url("Source: https://example.org/a")).contains("https://example.org/a");
        assertThat(Furniture.url("See https://example.org/a for details")).isEmpty();
    }

    @Test
    void copyrightHolder() {
        assertThat(Furniture.copyrightHolder("© 2024 Daily Planet Media Ltd. All rights reserved."))
            .contains("Daily Planet Media Ltd");
        assertThat(Furniture.copyrightHolder("© Anadolu Agency 2023")).contains("Anadolu Agency");
        assertThat(Furniture.copyrightHolder("Copyright 2024 The Associated Press. All rights reserved. "
            + "This material may not be published.")).isEmpty();
    }

    @Test
    void sourceAndEditorLines() {
        assertThat(Furniture.sourceCredit("Source: Al Jazeera and news agencies")).contains("Al Jazeera");
        assertThat(Furniture.editor("Editor: Liu Wei")).contains("Liu Wei");
    }
}
