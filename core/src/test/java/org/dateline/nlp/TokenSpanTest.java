package org.dateline.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dateline.model.Span;
import org.junit.jupiter.api.Test;

/** TokenSpan over texts built by {@link TextBuilder}: offsets, text, head and the subtree views. */
class TokenSpanTest {
    private static final AnnotatedText SAID = TextBuilder.parse("""
        The        DT   2  det
        Türk       NNP  3  nsubj
        said       VBD  0  root   say
        talks      NNS  5  nsubj  talk
        failed     VBD  3  ccomp  fail
        ,          ,    3  punct

        “          ``   -  -
        Why        WRB  -  -
        ?          .    -  -
        ”          ''   -  -
        """);

    @Test
    void textAndCodePointOffsetsCountSupplementaryCharactersOnce() {
        AnnotatedText t = TextBuilder.parse("""
            𝔸        NNP  2  nsubj
            said     VBD  0  root
            """);
        TokenSpan said = TokenSpan.of(t, 1);
        assertThat(said.text()).isEqualTo("said");
        assertThat(said.start()).isEqualTo(2);
        assertThat(said.toSpan()).isEqualTo(new Span(2, 6, "said"));
    }

    @Test
    void spanRunsFromItsFirstTokensStartToItsLastTokensEnd() {
        TokenSpan s = SAID.span(1, 4);
        assertThat(s.text()).isEqualTo("Türk said talks");
        assertThat(s.tokens()).extracting(Token::word).containsExactly("Türk", "said", "talks");
        assertThat(s.toSpan().text()).isEqualTo(SAID.text().substring(s.start(), s.end()));
    }

    @Test
    void headIsTheTokenWhoseHeadLiesOutsideTheSpan() {
        assertThat(SAID.span(3, 5).head()).isEqualTo(4);
        assertThat(SAID.span(0, 5).head()).isEqualTo(2);
        assertThat(SAID.span(6, 9).head()).as("unparsed: the last token").isEqualTo(8);
    }

    @Test
    void subtreeViewsFollowTheParse() {
        assertThat(SAID.subtree(4).text()).isEqualTo("talks failed");
        assertThat(SAID.subtree(2).text()).isEqualTo("The Türk said talks failed,");
        assertThat(SAID.subtreeWithout(2, List.of(4, 5)).text()).isEqualTo("The Türk said");
        assertThat(SAID.subtree(7).text()).as("unparsed: the token alone").isEqualTo("Why");
    }

    @Test
    void stripRemovesMatchingEdgeTokensAndMayLeaveNothing() {
        TokenSpan quoted = SAID.span(6, 10);
        assertThat(quoted.stripStart(t -> t.pos().equals("``")).stripEnd(t -> t.pos().equals("''")).text()).isEqualTo("Why?");
        TokenSpan none = quoted.stripEnd(t -> true);
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.from()).isEqualTo(6);
    }

    @Test
    void aRangeOutsideTheTextIsRefused() {
        assertThatThrownBy(() -> SAID.span(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SAID.span(0, 11)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalViewsCutTheSameTextAtTheSameTokens() {
        assertThat(SAID.span(1, 3)).isEqualTo(new TokenSpan(SAID, 1, 3)).isNotEqualTo(SAID.span(1, 4));
    }

    @Test
    void aSentenceBuildsItsTreeOnceAndSharesIt() {
        Sentence s = SAID.sentences().get(0);
        assertThat(s.tree()).isSameAs(s.tree());
        assertThat(s.tree().head(1)).isEqualTo(2);
    }
}
