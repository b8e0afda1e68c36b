package org.dateline.analyze.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.model.Event;
import org.dateline.model.Span;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.TextBuilder;
import org.dateline.testing.Parses;
import org.junit.jupiter.api.Test;

/**
 * An event's evidence is its sentence, but never a "sentence" of thousands of characters: then its
 * clause, or a window around its trigger. Generated tables, no CoreNLP.
 */
class EvidenceTest {
    /** {@code n} filler words, each a dependent of token {@code head} (or unparsed when head is "-"). */
    private static String filler(int n, String head) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("filler").append(i).append(" NN ").append(head).append(head.equals("-") ? " -\n" : " dep\n");
        }
        return b.toString();
    }

    @Test
    void aNewsSentenceIsItsEventsEvidence() {
        AnnotatedText text = TextBuilder.parse("""
            Police  NNS 2 nsubj
            arrested VBD 0 root arrest
            protesters NNS 2 obj
            . . 2 punct
            """);
        assertThat(Evidence.of(text, text.sentences().get(0), 1).text()).isEqualTo("Police arrested protesters.");
    }

    @Test
    void inAnOverLongSentenceTheEvidenceIsTheEventsClause() {
        AnnotatedText text = TextBuilder.parse("""
            Police  NNS 2 nsubj
            arrested VBD 4 ccomp arrest
            protesters NNS 2 obj
            said VBD 0 root say
            """ + filler(300, "4"));
        assertThat(text.sentences().get(0).end()).isGreaterThan(Evidence.MAX_CHARS);
        assertThat(Evidence.of(text, text.sentences().get(0), 1).text()).isEqualTo("Police arrested protesters");
    }

    @Test
    void inAnUnparsedOverLongSentenceTheEvidenceIsAWindowAroundTheTrigger() {
        AnnotatedText text = TextBuilder.parse(filler(400, "-") + "protest NN - -\n" + filler(400, "-"));
        Span evidence = Evidence.of(text, text.sentences().get(0), 400);
        assertThat(evidence.end() - evidence.start()).isBetween(Evidence.MAX_CHARS - 20, Evidence.MAX_CHARS);
        // whole words only, the trigger in the middle
        assertThat(evidence.text()).contains(" protest ").matches("filler\\d+ .* filler\\d+");
        int middle = (evidence.start() + evidence.end()) / 2;
        assertThat(text.tokens().get(400).start()).isBetween(middle - 100, middle + 100);
    }

    @Test
    void theWindowStopsAtTheSentencesEdge() {
        AnnotatedText text = TextBuilder.parse("protest NN - -\n" + filler(400, "-"));
        Span evidence = Evidence.of(text, text.sentences().get(0), 0);
        assertThat(evidence.start()).isZero();
        assertThat(evidence.text()).startsWith("protest filler0 filler1");
        assertThat(evidence.end()).isLessThanOrEqualTo(Evidence.MAX_CHARS);
    }

    /** The blow-up of issue 14: every event of a long run of words carried the whole run as its evidence. */
    @Test
    void eventsOfAnOverLongSentenceCarryBoundedEvidence() {
        StringBuilder table = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            table.append("protesters NNS - - protester\nprotested VBD - - protest\n").append(filler(20, "-"));
        }
        List<Event> events = Parses.analyze(TextBuilder.parse(table.toString())).events();
        assertThat(events).isNotEmpty();
        assertThat(events).allSatisfy(e -> assertThat(e.evidence().end() - e.evidence().start())
            .isLessThanOrEqualTo(Evidence.MAX_CHARS));
    }
}
