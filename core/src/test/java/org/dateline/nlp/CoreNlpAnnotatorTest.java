package org.dateline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dateline.model.TextIndex;
import org.junit.jupiter.api.Test;

class CoreNlpAnnotatorTest {
    /** Emoji and a mathematical letter are two UTF-16 chars each but one code point. */
    private static final String TEXT = "🇦🇿 Officials in Baku said on Tuesday that talks 𝐰ill resume. "
        + "The weather was mild.\n\nPresident Ilham Aliyev met Charles Michel.";

    @Test
    void tokenAndMentionOffsetsAreCodePoints() {
        AnnotatedText t = CoreNlpAnnotator.shared(NlpConfig.TAGGING_ONLY).annotate(TEXT, LocalDate.of(2024, 3, 5));
        TextIndex index = new TextIndex(TEXT);
        for (Token token : t.tokens()) {
            assertThat(index.slice(token.start(), token.end())).isEqualTo(token.word());
        }
        for (NerMention m : t.mentions()) {
            assertThat(index.slice(m.start(), m.end())).isEqualTo(m.text());
        }
        for (Timex x : t.timexes()) {
            assertThat(index.slice(x.start(), x.end())).isEqualTo(x.text());
        }
        assertThat(t.mentions()).extracting(NerMention::text).contains("Baku", "Ilham Aliyev", "Charles Michel");
        assertThat(t.timexes()).extracting(Timex::text, Timex::value).contains(org.assertj.core.groups.Tuple.tuple("Tuesday", "2024-03-05"));
    }

    @Test
    void blankLinesSeparateSentencesAndOnlyChosenOnesAreParsed() {
        AnnotatedText t = CoreNlpAnnotator.shared(NlpConfig.DEFAULT).annotate(TEXT, null,
            (tagged, s) -> tagged.tokensOf(s).stream().anyMatch(k -> k.lemma().equals("say")));
        assertThat(t.sentences()).hasSize(3);
        assertThat(t.sentences()).extracting(Sentence::parsed).containsExactly(true, false, false);
        Sentence first = t.sentences().get(0);
        assertThat(first.dependencies()).anySatisfy(d -> {
            assertThat(d.relation()).isEqualTo("root");
            assertThat(t.tokens().get(d.dependent()).word()).isEqualTo("said");
        });
    }

    @Test
    void aDatelineIsASentenceOfItsOwn() {
        // one sentence to CoreNLP made "MEMPHIS" the subject of "wounded" and "Three people" its apposition
        String text = "MEMPHIS, Tenn. - Three people were wounded in a shooting on Friday.";
        AnnotatedText t = CoreNlpAnnotator.shared(NlpConfig.DEFAULT).annotate(text, null);
        assertThat(t.sentences()).hasSize(2);
        assertThat(t.tokensOf(t.sentences().get(1)).get(0).word()).isEqualTo("Three");
        int people = t.tokensOf(t.sentences().get(1)).get(1).index();
        assertThat(t.sentences().get(1).dependencies()).anySatisfy(d -> {
            assertThat(d.dependent()).isEqualTo(people);
            assertThat(d.relation()).isEqualTo("nsubj:pass");
        });
        for (Token token : t.tokens()) {
            assertThat(new TextIndex(text).slice(token.start(), token.end())).isEqualTo(token.word());
        }
    }

    @Test
    void aHeadlinesPassiveWithoutItsAuxiliaryIsPassive() {
        // CoreNLP parses it as active: the four men were the shooters (ReducedPassives)
        AnnotatedText t = CoreNlpAnnotator.shared(NlpConfig.DEFAULT).annotate("Four men shot Wednesday night in Chicago.", null);
        int men = t.tokens().get(1).index();
        assertThat(t.sentences().get(0).dependencies()).anySatisfy(d -> {
            assertThat(d.dependent()).isEqualTo(men);
            assertThat(d.relation()).isEqualTo("nsubj:pass");
        });
    }
}
