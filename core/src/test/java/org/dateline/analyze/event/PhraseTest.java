package org.dateline.analyze.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.model.Event;
import org.dateline.model.EventMode;
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

    @Test
    void aNeedMayNameThePrepositionItsNounHangsBy() {
        // "took to the streets" is the protest idiom (CASE 2021 had "Thousands of people took to the
        // streets" without an event); "take guns off the streets" is no protest
        assertThat(events("""
        Thousands      NNS   4   nsubj        thousand     O
        of             IN    3   case         of           O
        people         NNS   1   nmod         person       O
        took           VBD   0   root         take         O
        to             IN    7   case         to           O
        the            DT    7   det          the          O
        streets        NNS   4   obl          street       O
        in             IN    9   case         in           O
        Kyiv           NNP   4   obl          Kyiv         LOCATION
        on             IN    11  case         on           O
        Friday         NNP   4   obl          Friday       DATE
        .              .     4   punct        .            O
        """)).filteredOn(e -> e.type() == EventType.PROTEST).singleElement()
            .satisfies(e -> {
                assertThat(e.trigger().text()).isEqualTo("took");
                // the mode from its words (modes.tsv: a strike's workers make it a strike), else demo
                assertThat(e.mode()).isEqualTo(EventMode.DEMO);
            });
        assertThat(events("""
        Police         NNS   2   nsubj        police       O
        vowed          VBD   0   root         vow          O
        to             TO    4   mark         to           O
        take           VB    2   xcomp        take         O
        guns           NNS   4   obj          gun          O
        off            IN    8   case         off          O
        the            DT    8   det          the          O
        streets        NNS   4   obl          street       O
        of             IN    10  case         of           O
        Chicago        NNP   8   nmod         Chicago      CITY
        .              .     2   punct        .            O
        """)).extracting(Event::type).doesNotContain(EventType.PROTEST);
    }

    @Test
    void aProtestIsNotAgainstTheTownItFills() {
        // regression: "to the streets of Nairobi", a "to" phrase, made the town the protest's recipient
        assertThat(events("""
        Thousands      NNS   4   nsubj        thousand     O
        of             IN    3   case         of           O
        Kenyans        NNPS  1   nmod         Kenyan       MISC
        took           VBD   0   root         take         O
        to             IN    7   case         to           O
        the            DT    7   det          the          O
        streets        NNS   4   obl          street       O
        of             IN    9   case         of           O
        Nairobi        NNP   7   nmod         Nairobi      CITY
        on             IN    11  case         on           O
        Tuesday        NNP   4   obl          Tuesday      DATE
        .              .     4   punct        .            O
        """)).filteredOn(e -> e.type() == EventType.PROTEST).singleElement()
            .satisfies(e -> assertThat(e.recipients()).isEmpty());
    }

    @Test
    void settingAblazeOrOnFireIsViolenceSettingADeadlineIsNot() {
        // CASE 2021: "a notorious cultist ... was set ablaze by an angry mob" had no event
        assertThat(events("""
        A              DT    2   det          a            O
        cultist        NN    4   nsubj:pass   cultist      O
        was            VBD   4   aux:pass     be           O
        set            VBN   0   root         set          O
        ablaze         RB    4   advmod       ablaze       O
        by             IN    9   case         by           O
        an             DT    9   det          a            O
        angry          JJ    9   amod         angry        O
        mob            NN    4   obl          mob          O
        .              .     4   punct        .            O
        """)).extracting(Event::type).containsExactly(EventType.ASSAULT);
        // "on fire" is the need's noun with its preposition; protesters who do it riot (riots.tsv)
        assertThat(events("""
        Protesters     NNS   2   nsubj        protester    O
        set            VBD   0   root         set          O
        several        JJ    5   amod         several      O
        police         NNS   5   compound     police       O
        cars           NNS   2   obj          car          O
        on             IN    7   case         on           O
        fire           NN    2   obl          fire         CAUSE_OF_DEATH
        .              .     2   punct        .            O
        """)).extracting(e -> e.type() + " " + e.mode()).containsExactly("PROTEST riot");
    }
}
