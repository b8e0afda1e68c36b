package org.dateline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.TextIndex;
import org.junit.jupiter.api.Test;

/** Sentences a scraped text glued together ("Philadelphia.It happened") are told apart again. */
class GluedSentencesTest {
    private static List<CoreLabel> tokens(String text, String... words) {
        List<CoreLabel> out = new ArrayList<>();
        int at = 0;
        for (String w : words) {
            int begin = text.indexOf(w, at);
            CoreLabel t = new CoreLabel();
            t.setWord(w);
            t.setValue(w);
            t.setOriginalText(w);
            t.setBeginPosition(begin);
            t.setEndPosition(begin + w.length());
            out.add(t);
            at = begin + w.length();
        }
        return out;
    }

    @Test
    void aWordAStopAndACapitalisedWordAreThreeTokensEachInItsPlace() {
        String text = "in Philadelphia.It happened";
        List<CoreLabel> split = GluedSentences.split(tokens(text, "in", "Philadelphia.It", "happened"));
        assertThat(split).extracting(CoreLabel::word).containsExactly("in", "Philadelphia", ".", "It", "happened");
        for (CoreLabel t : split) {
            assertThat(text.substring(t.beginPosition(), t.endPosition())).isEqualTo(t.word());
        }
    }

    @Test
    void anAbbreviationKeepsItsStopAndDomainsAndInitialsAreLeftAlone() {
        String text = "Mr.Smith of WRAL.com in the U.S.Army at 9 a.m.";
        assertThat(GluedSentences.split(tokens(text, "Mr.Smith", "of", "WRAL.com", "in", "the", "U.S.Army", "at", "9", "a.m.")))
            .extracting(CoreLabel::word).containsExactly("Mr.", "Smith", "of", "WRAL.com", "in", "the", "U.S.Army", "at", "9", "a.m.");
    }

    @Test
    void gluedSentencesAreTwoSentencesAndThePlaceSwallowsNoWordOfTheNext() {
        // GVA dev: "Philadelphia.Seventeen-year-old Quantico Brunson-Moton" was one place
        String text = "He was shot in the Juniata section of Philadelphia.Seventeen-year-old Quantico Brunson-Moton died. "
            + "Police said.Four men fled.";
        AnnotatedText t = CoreNlpAnnotator.shared(NlpConfig.TAGGING_ONLY).annotate(text, LocalDate.of(2016, 7, 4));
        TextIndex index = new TextIndex(text);
        for (Token token : t.tokens()) {
            assertThat(index.slice(token.start(), token.end())).isEqualTo(token.word());
        }
        assertThat(t.sentences()).hasSize(4);
        assertThat(t.mentions()).extracting(NerMention::text).contains("Philadelphia")
            .noneMatch(m -> m.contains("Seventeen"));
    }
}
