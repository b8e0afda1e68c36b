package org.dateline.analyze.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.TextBuilder;
import org.dateline.testing.Parses;
import org.junit.jupiter.api.Test;

/**
 * An "-ing" result adjunct ("…, killing four soldiers and injuring nine") is part of its main event,
 * whichever relation CoreNLP gave it, and its casualties are that event's. Parses are CoreNLP
 * 4.5.10's unless marked "by hand".
 */
class ResultAdjunctTest {
    private static List<Event> events(String table) {
        return Parses.analyze(TextBuilder.parse(table)).events();
    }

    private static void assertCount(Event.Count count, int value, String evidence) {
        assertThat(count).isNotNull();
        assertThat(count.value()).isEqualTo(value);
        assertThat(count.evidence().text()).isEqualTo(evidence);
    }

    @Test
    void aParticipleTheParserCoordinatedWithTheMainVerbIsItsResult() {
        // CoreNLP makes both participles conj of "fired": a finite verb and a bare "-ing" are no coordination
        List<Event> events = events("""
            Militants  NNS  2   nsubj     militant  O
            fired      VBD  0   root      fire      O
            rockets    NNS  2   obj       rocket    O
            at         IN   7   case      at        O
            an         DT   7   det       a         O
            army       NN   7   compound  army      O
            post       NN   2   obl       post      O
            near       IN   9   case      near      O
            Kunduz     NNP  7   nmod      Kunduz    LOCATION
            ,          ,    2   punct     ,         O
            killing    VBG  2   conj      kill      O
            four       CD   13  nummod    four      NUMBER
            soldiers   NNS  11  obj       soldier   O
            and        CC   15  cc        and       O
            injuring   VBG  2   conj      injure    O
            nine       CD   15  obj       nine      NUMBER
            .          .    2   punct     .         O
            """);
        assertThat(events).hasSize(1);
        Event e = events.get(0);
        assertThat(e.type()).isEqualTo(EventType.ASSAULT);
        assertThat(e.trigger().text()).isEqualTo("fired");
        assertCount(e.fatalities(), 4, "killing four soldiers");
        assertCount(e.injured(), 9, "injuring nine");
    }

    @Test
    void aLooseDependentParticipleIsTheResultToo() {
        List<Event> events = events("""
            Soldiers  NNS  2   nsubj   soldier  O
            opened    VBD  0   root    open     O
            fire      NN   2   obj     fire     CAUSE_OF_DEATH
            on        IN   6   case    on       O
            a         DT   6   det     a        O
            crowd     NN   2   obl     crowd    O
            in        IN   8   case    in       O
            Bamako    NNP  6   nmod    Bamako   CITY
            ,         ,    6   punct   ,        O
            killing   VBG  6   dep     kill     O
            two       CD   12  nummod  two      NUMBER
            men       NNS  10  obj     man      O
            and       CC   14  cc      and      O
            wounding  VBG  10  conj    wound    O
            five      CD   16  nummod  five     NUMBER
            others    NNS  14  obj     other    O
            .         .    2   punct   .        O
            """);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).trigger().text()).isEqualTo("opened");
        assertCount(events.get(0).fatalities(), 2, "killing two men");
        assertCount(events.get(0).injured(), 5, "wounding five others");
    }

    @Test
    void aParticipleAfterACommaTellsOfTheClauseNotOfTheNounBeforeIt() {
        // by hand, after CoreNLP's parse of a wire lead: "killing" hangs as acl on the place name
        List<Event> events = events("""
            Troops     NNS  2   nsubj     troop     O
            shelled    VBD  0   root      shell     O
            a          DT   4   det       a         O
            camp       NN   2   obj       camp      O
            outside    IN   7   case      outside   O
            El         NNP  7   compound  El        LOCATION
            Fasher     NNP  4   nmod      Fasher    LOCATION
            ,          ,    7   punct     ,         O
            killing    VBG  7   acl       kill      O
            23         CD   11  nummod    23        NUMBER
            civilians  NNS  9   obj       civilian  O
            .          .    2   punct     .         O
            """);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).trigger().text()).isEqualTo("shelled");
        assertCount(events.get(0).fatalities(), 23, "killing 23 civilians");
    }

    @Test
    void theResultOfAnActThatGivesNoEventStaysAnEventOfItsOwn() {
        // by hand: "kicked" is a CAMEO verb whose subject names no party, so it gives no event; the killing it led to must not vanish with it
        List<Event> events = events("""
            They      PRP  2  nsubj  they      O
            kicked    VBD  0  root   kick      O
            the       DT   4  det    the       O
            door      NN   2  obj    door      O
            ,         ,    2  punct  ,         O
            killing   VBG  2  conj   kill      O
            a         DT   8  det    a         O
            teenager  NN   6  obj    teenager  O
            .         .    2  punct  .         O
            """);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).trigger().text()).isEqualTo("killing");
        assertCount(events.get(0).fatalities(), 1, "killing a teenager");
    }

    @Test
    void aParticipleWithoutACommaModifiesItsNoun() {
        // by hand: "people fleeing the fighting" is about the people, not a result of the clause
        AnnotatedText text = TextBuilder.parse("""
            Troops    NNS  2  nsubj  troop     O
            stopped   VBD  0  root   stop      O
            people    NNS  2  obj    person    O
            fleeing   VBG  3  acl    flee      O
            the       DT   6  det    the       O
            fighting  NN   4  obj    fighting  O
            .         .    2  punct  .         O
            """);
        assertThat(ResultAdjunct.of(text, text.sentences().get(0).tree(), 3)).isFalse();
    }

    @Test
    void aParticipleWithItsOwnAuxiliaryIsAClauseOfItsOwn() {
        // by hand: "and are killing civilians" is a second act, not the result of the shelling
        AnnotatedText text = TextBuilder.parse("""
            Troops     NNS  2  nsubj  troop     O
            shelled    VBD  0  root   shell     O
            the        DT   4  det    the       O
            town       NN   2  obj    town      O
            and        CC   7  cc     and       O
            are        VBP  7  aux    be        O
            killing    VBG  2  conj   kill      O
            civilians  NNS  7  obj    civilian  O
            .          .    2  punct  .         O
            """);
        var tree = text.sentences().get(0).tree();
        assertThat(ResultAdjunct.of(text, tree, 6)).isFalse();
        assertThat(events("""
            Troops     NNS  2  nsubj  troop     O
            shelled    VBD  0  root   shell     O
            the        DT   4  det    the       O
            town       NN   2  obj    town      O
            and        CC   7  cc     and       O
            are        VBP  7  aux    be        O
            killing    VBG  2  conj   kill      O
            civilians  NNS  7  obj    civilian  O
            .          .    2  punct  .         O
            """)).extracting(e -> e.trigger().text()).containsExactly("shelled", "killing");
    }
}
