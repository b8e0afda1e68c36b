package org.dateline.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.dateline.model.Span;
import org.junit.jupiter.api.Test;

/** Which words of a count tell of the hurt who lived: wound verbs and adjectives, not wound nouns. */
class WoundWordsTest {
    private static Span words(String text) {
        return new Span(0, text.length(), text);
    }

    @Test
    void woundVerbsAndAdjectivesTellOfTheLiving() {
        assertThat(WoundWords.namesWound(words("two others were wounded"))).isTrue();
        assertThat(WoundWords.namesWound(words("A 16-year-old boy was critically injured"))).isTrue();
        assertThat(WoundWords.namesWound(words("three were hospitalized"))).isTrue();
        assertThat(WoundWords.namesWound(words("grazed a 12-week-old baby"))).isTrue();
    }

    @Test
    void aWoundNounOrHitWordsTellOfThoseHitTheDeadAmongThem() {
        assertThat(WoundWords.namesWound(words("Ramirez suffering from a gunshot wound"))).isFalse();
        assertThat(WoundWords.namesWound(words("The victim succumbed to her injuries"))).isFalse();
        assertThat(WoundWords.namesWound(words("two males with gunshot wounds"))).isFalse();
        assertThat(WoundWords.namesWound(words("Four people were shot"))).isFalse();
        assertThat(WoundWords.namesWound(null)).isFalse();
    }

    @Test
    void aNounBesideAWoundVerbStillTellsOfTheLiving() {
        assertThat(WoundWords.namesWound(words("four were wounded, one with a gunshot wound to the head"))).isTrue();
    }

    @Test
    void hitWordsThatSayAlsoCountOthersThanTheDeadToldBefore() {
        assertThat(WoundWords.namesWound(words("A 22-year-old man was also shot"))).isTrue();
        assertThat(WoundWords.namesWound(words("Thibodeaux also was shot"))).isTrue();
        assertThat(WoundWords.namesWound(words("Also shot was a man"))).isTrue();
        assertThat(WoundWords.namesWound(words("a man shot at a bar called Also"))).isTrue(); // the word, wherever it stands
        assertThat(WoundWords.namesWound(words("Alsop was shot"))).isFalse();
    }

    @Test
    void aWoundSaidNotToBeFatalIsOfTheLiving() {
        // GVA dev: "a 9-year-old boy suffered minor injuries" beside "A man is dead" was taken for the dead man
        assertThat(WoundWords.namesWound(words("a 9-year-old boy suffered minor injuries"))).isTrue();
        assertThat(WoundWords.namesWound(words("The three other victims all suffered non-life threatening gunshot wounds"))).isTrue();
        assertThat(WoundWords.namesWound(words("Three others sustained non-fatal bullet wounds"))).isTrue();
        assertThat(WoundWords.namesWound(words("The four survivors suffered gunshot wounds"))).isTrue();
        assertThat(WoundWords.namesWound(words("suffered a fatal gunshot wound"))).isFalse();
        assertThat(WoundWords.namesWound(words("A minor was shot"))).isFalse(); // a child, who may be the dead
    }
}
