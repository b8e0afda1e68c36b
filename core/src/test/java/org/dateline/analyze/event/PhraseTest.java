package org.dateline.analyze.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.nlp.TextBuilder;
import org.dateline.testing.Parses;
import org.junit.jupiter.api.Test;

/** A trigger's phrase ({@link Phrase}), whose words a sense of {@code triggers.tsv} needs, on CoreNLP 4.5.10's parses. */
class PhraseTest {
    private static List<Event> events(String table) {
        return Parses.analyze(TextBuilder.parse(table)).events();
    }

    @Test
    void aTimeClauseUnderATriggerIsNoPartOfItsPhrase() {
        // regression: "recover" needs a weapon in its phrase, and found "bullet" in the "after" clause
        assertThat(events("""
        A              DT    3   det          a            O
        police         NN    3   compound     police       TITLE
        officer        NN    5   nsubj        officer      TITLE
        is             VBZ   5   aux          be           O
        recovering     VBG   0   root         recover      O
        after          IN    8   mark         after        O
        being          VBG   8   aux:pass     be           O
        grazed         VBN   5   advcl        graze        O
        by             IN    11  case         by           O
        a              DT    11  det          a            O
        bullet         NN    8   obl          bullet       O
        on             IN    13  case         on           O
        Sunday         NNP   8   obl          Sunday       DATE
        .              .     5   punct        .            O
        """)).extracting(Event::type).doesNotContain(EventType.COERCE);
        // its own object still is
        assertThat(events("""
        Police         NNS   2   nsubj        police       O
        recovered      VBD   0   root         recover      O
        a              DT    4   det          a            O
        rifle          NN    2   obj          rifle        O
        after          IN    7   case         after        O
        the            DT    7   det          the          O
        shooting       NN    2   obl          shooting     CAUSE_OF_DEATH
        on             IN    9   case         on           O
        Sunday         NNP   7   nmod         Sunday       DATE
        .              .     2   punct        .            O
        """)).extracting(Event::type).contains(EventType.COERCE);
    }
}
