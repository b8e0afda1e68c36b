package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleRuleTest {

    @Test
    void headlineAboveTimestamp() {
        assertThat(TitleRule.find(List.of("Talks resume in Brussels", "", "Published: 12 Jan 2024, 09:30 GMT", "",
            "Body starts here."))).isEqualTo(0);
    }

    @Test
    void headlineAboveStandfirstAndByline() {
        assertThat(TitleRule.find(List.of("", "Talks resume in Brussels", "A standfirst sentence here.", "",
            "By Jane Doe", "Body."))).isEqualTo(1);
    }

    @Test
    void pageOpeningWithTimestampHasNoTitle() {
        assertThat(TitleRule.find(List.of(" date 2023-03-01 1 March 2023 14:07 (UTC+04:00)", "",
            "Sabina Mammadli Read more"))).isEqualTo(-1);
    }

    @Test
    void firstSentenceIsNotATitle() {
        assertThat(TitleRule.find(List.of("Talks resumed in Brussels on Monday.", "", "By Jane Doe"))).isEqualTo(-1);
    }

    @Test
    void shortLineWithoutMetadataBelowIsNotATitle() {
        assertThat(TitleRule.find(List.of("Talks resume in Brussels", "", "The talks resumed.", "More text.",
            "Even more.", "And more.", "By Jane Doe"))).isEqualTo(-1);
    }

    @Test
    void headlineShape() {
        assertThat(TitleRule.looksLikeHeadline("Is this the end of the grain deal?")).isTrue();
        assertThat(TitleRule.looksLikeHeadline("“We will not retreat”, says minister")).isTrue();
        assertThat(TitleRule.looksLikeHeadline("lowercase start")).isFalse();
        assertThat(TitleRule.looksLikeHeadline("Breaking")).isFalse();
        assertThat(TitleRule.looksLikeHeadline("Share this article")).isFalse();
    }
}
