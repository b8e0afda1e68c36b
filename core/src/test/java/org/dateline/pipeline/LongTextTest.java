package org.dateline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.testing.SpanAssertions.assertSpansMatchText;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.InputRef;
import org.dateline.model.Span;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.CoreNlpAnnotator;
import org.dateline.nlp.NlpConfig;
import org.dateline.nlp.ParseFilter;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;
import org.dateline.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's texts without sentence punctuation (a scraped table, a list, a page of tags), generated
 * here, through the real tagger: tagged in bounded parts, analysed up to the length limit, and
 * every such change said in the record's warnings.
 */
class LongTextTest {
    private static final String NEWS = "Protesters blocked the road near Lachin on Monday, the police said.";
    /** Words of news, with an emoji (two UTF-16 chars, one code point) so that offsets across parts are checked. */
    private static final String[] WORDS = ("Baku police arrested activists near the ministry officials met diplomats"
        + " in Brussels 🇦🇿 protesters rallied against the government talks resumed in Geneva army shelled"
        + " villages").split(" ");

    /** About {@code chars} characters of those words, {@code separator} between them and no sentence punctuation. */
    private static String run(int chars, String separator) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; b.length() < chars; i++) {
            b.append(i == 0 ? "" : separator).append(WORDS[i % WORDS.length]);
        }
        return b.toString();
    }

    private static Article article(String text) {
        return Article.bodyOnly(InputRef.of("tags.txt", InputRef.Format.TEXT), text);
    }

    @Test
    void aRunOfWordsWithoutPunctuationIsTaggedInBoundedSentences() {
        String text = NEWS + "\n\n" + run(20_000, " ");
        AnnotatedText t = CoreNlpAnnotator.shared(NlpConfig.DEFAULT).annotate(text, LocalDate.of(2023, 3, 1), ParseFilter.ALL);
        assertThat(t.sentences().get(0).end()).isEqualTo(NEWS.length());
        assertThat(t.sentences()).hasSizeGreaterThan(10)
            .allSatisfy(s -> assertThat(s.tokenEnd() - s.tokenStart()).isBetween(1, NlpConfig.MAX_TAGGED_SENTENCE_TOKENS));
        for (Token token : t.tokens()) {
            assertThat(t.index().slice(token.start(), token.end())).isEqualTo(token.word());
        }
        // every character but the spaces is in one token, in order: nothing lost or doubled where the parts meet
        int covered = 0;
        int previousEnd = 0;
        for (Token token : t.tokens()) {
            assertThat(token.start()).isGreaterThanOrEqualTo(previousEnd);
            covered += token.end() - token.start();
            previousEnd = token.end();
        }
        assertThat(covered).isEqualTo((int) text.codePoints().filter(c -> !Character.isWhitespace(c)).count());
        assertThat(t.notes()).singleElement().asString().startsWith("1 sentence of more than 250 tokens");
        Sentence last = t.sentences().get(t.sentences().size() - 1);
        assertThat(last.end()).isEqualTo(text.codePointCount(0, text.length()));
    }

    @Test
    void theRecordOfSuchATextSaysSoAndItsEvidenceIsBounded() {
        String text = NEWS + "\n\n" + run(20_000, "\n") + "\n\n" + NEWS.replace("Monday", "Tuesday");
        ArticleRecord r = Fixtures.analyze(article(text)); // checks every span against the text
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).startsWith("1 sentence of more than 250 tokens"));
        assertThat(r.events()).isNotEmpty().allSatisfy(e -> assertThat(e.evidence().end() - e.evidence().start())
            .isLessThanOrEqualTo(1_000));
        List<Span> protests = r.events().stream().filter(e -> e.type() == EventType.PROTEST).map(Event::evidence).toList();
        assertThat(protests).extracting(Span::text).contains(NEWS, NEWS.replace("Monday", "Tuesday"));
    }

    @Test
    void aTextOverTheLengthLimitIsAnalysedInPartWithAWarning() {
        Pipeline small = new Pipeline(new NlpConfig(true, 120, NlpConfig.MAX_TAGGED_SENTENCE_TOKENS, 3_000));
        String text = NEWS + "\n\n" + run(2_000, " ").replace("🇦🇿", "flag") + ".\n\n" + NEWS.replace("Monday", "Tuesday") + "\n\n" + run(3_000, " ");
        ArticleRecord r = small.analyze(article(text));
        assertSpansMatchText(r);
        assertThat(r.text()).isEqualTo(text);
        int analysed = text.indexOf("\n\n", text.indexOf("Tuesday")) + 2;
        assertThat(r.warnings()).contains("text too long for language analysis: only its first " + analysed + " of "
            + text.codePointCount(0, text.length()) + " characters were analysed (the limit is 3000); no entities,"
            + " dates, statements or events are given after character " + analysed);
        assertThat(r.events()).extracting(e -> e.evidence().text()).contains(NEWS.replace("Monday", "Tuesday"));
        assertThat(r.events()).allSatisfy(e -> assertThat(e.evidence().end()).isLessThanOrEqualTo(analysed));
        assertThat(r.entities()).allSatisfy(e -> e.mentions().forEach(m -> assertThat(m.end()).isLessThanOrEqualTo(analysed)));
    }

    @Test
    void anOrdinaryArticleIsAnalysedWholeWithoutAWordAboutIt() {
        ArticleRecord r = Fixtures.analyze(Fixtures.seed(), InputFormat.AUTO);
        assertThat(r.warnings()).noneSatisfy(w -> assertThat(w).contains("tagged in parts"))
            .noneSatisfy(w -> assertThat(w).contains("too long"));
    }
}
