package org.dateline.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/** The test builder itself: the text it joins, the sentences, parses and mentions it gives. */
class TextBuilderTest {
    @Test
    void wordsAreJoinedAsNewsPrintsThem() {
        AnnotatedText t = TextBuilder.parse("""
            “       ``    2 punct
            Open    JJ    0 root
            ,       ,     2 punct
            ”       ''    2 punct
            the     DT    6 det
            country NN    6 nmod:poss
            ’s      POS   6 case
            Lachin  NNP   - -
            -       HYPH  - -
            road    NN    - -
            ¶
            He      PRP   2 nsubj
            said    VBD   0 root
            .       .     2 punct
            """);
        assertThat(t.text()).isEqualTo("“Open,” the country’s Lachin-road\n\nHe said.");
        assertThat(t.sentences()).hasSize(2);
        assertThat(t.sentences().get(1).start()).isEqualTo(t.text().indexOf("He"));
    }

    @Test
    void headsCountFromOneWithinTheSentenceAndDashesLeaveItUnparsed() {
        AnnotatedText t = TextBuilder.parse("""
            Talks   NNS  - -

            Talks   NNS  2 nsubj  talk
            failed  VBD  0 root   fail
            """);
        assertThat(t.sentences().get(0).parsed()).isFalse();
        assertThat(t.sentences().get(1).dependencies())
            .containsExactly(new Dependency(2, 1, "nsubj"), new Dependency(-1, 2, "root"));
        assertThat(t.tokens().get(0).lemma()).isEqualTo("talks");
        assertThat(t.tokens().get(1).lemma()).isEqualTo("talk");
    }

    @Test
    void runsOfOneEntityLabelAreMentions() {
        AnnotatedText t = TextBuilder.parse("""
            Volker  NNP  2 compound  -  PERSON
            Türk    NNP  3 nsubj     -  PERSON
            met     VBD  0 root      meet
            UN      NNP  3 obj       -  ORGANIZATION
            """);
        assertThat(t.mentions()).extracting(NerMention::text, NerMention::type)
            .containsExactly(tuple("Volker Türk", "PERSON"), tuple("UN", "ORGANIZATION"));
        assertThat(t.tokens().get(0).lemma()).isEqualTo("Volker");
    }
}
