package org.dateline.analyze.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.nlp.TextBuilder;
import org.dateline.testing.Parses;
import org.junit.jupiter.api.Test;

/**
 * A violence noun inside another event's or another noun's phrase is a mention, not a second event
 * ("condemned the attack", "suspects in the shooting"); a noun that reports violence as its own
 * clause is an event ("a car bomb attack killed 14"). Parses are CoreNLP 4.5.10's unless marked
 * "by hand".
 */
class ViolenceMentionsTest {
    private static List<Event> events(String table) {
        return Parses.analyze(TextBuilder.parse(table)).events();
    }

    @Test
    void theAttackACondemnationIsAboutIsNoSecondEvent() {
        assertThat(events("""
            The        DT   3  det       the      O
            United     NNP  3  compound  United   ORGANIZATION
            Nations    NNP  4  nsubj     Nations  ORGANIZATION
            condemned  VBD  0  root      condemn  O
            the        DT   6  det       the      O
            attack     NN   4  obj       attack   CAUSE_OF_DEATH
            on         IN   9  case      on       O
            the        DT   9  det       the      O
            convoy     NN   6  nmod      convoy   O
            .          .    4  punct     .        O
            """)).extracting(Event::type).containsExactly(EventType.ACCUSE);
    }

    @Test
    void theKillingAProtestIsAgainstIsNoSecondEvent() {
        assertThat(events("""
            Hundreds   NNS  4   nsubj  hundred   O
            of         IN   3   case   of        O
            students   NNS  1   nmod   student   O
            protested  VBD  0   root   protest   O
            against    IN   7   case   against   O
            the        DT   7   det    the       O
            killing    NN   4   obl    killing   O
            of         IN   10  case   of        O
            a          DT   10  det    a         O
            teenager   NN   7   nmod   teenager  O
            by         IN   12  case   by        O
            police     NNS  7   nmod   police    O
            in         IN   14  case   in        O
            Nanterre   NNP  7   nmod   Nanterre  CITY
            .          .    4   punct  .         O
            """)).extracting(Event::type).containsExactly(EventType.PROTEST);
    }

    @Test
    void theShootingAnInvestigationIsIntoIsNoSecondEvent() {
        assertThat(events("""
            Prosecutors    NNS  2   nsubj     prosecutor     O
            opened         VBD  0   root      open           O
            an             DT   4   det       a              O
            investigation  NN   2   obj       investigation  O
            into           IN   7   case      into           O
            the            DT   7   det       the            O
            shooting       NN   4   nmod      shooting       CAUSE_OF_DEATH
            at             IN   11  case      at             O
            a              DT   11  det       a              O
            Prague         NNP  11  compound  Prague         CITY
            university     NN   2   obl       university     O
            .              .    2   punct     .              O
            """)).extracting(Event::type).containsExactly(EventType.ACCUSE);
    }

    @Test
    void aNounHeadedReportIsAnEvent() {
        List<Event> events = events("""
            A          DT   4   det       a          O
            car        NN   3   compound  car        O
            bomb       NN   4   compound  bomb       O
            attack     NN   5   nsubj     attack     CAUSE_OF_DEATH
            killed     VBD  0   root      kill       O
            14         CD   7   nummod    14         NUMBER
            people     NNS  5   obj       person     O
            in         IN   9   case      in         O
            Mogadishu  NNP  5   obl       Mogadishu  CITY
            on         IN   11  case      on         O
            Sunday     NNP  5   obl       Sunday     DATE
            .          .    5   punct     .          O
            """);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).type()).isEqualTo(EventType.ASSAULT);
        assertThat(events.get(0).fatalities().value()).isEqualTo(14);
    }

    @Test
    void aViolenceNounModifyingAnotherNounIsAMention() {
        assertThat(events("""
            Rebels          NNS  2  nsubj  rebel           O
            claimed         VBD  0  root   claim           O
            responsibility  NN   2  obj    responsibility  O
            for             IN   6  case   for             O
            the             DT   6  det    the             O
            bombing         NN   3  nmod   bombing         CRIMINAL_CHARGE
            .               .    2  punct  .               O
            """)).isEmpty();
    }

    @Test
    void aMentionedShootingWithAClauseOfItsOwnHappened() {
        // by hand, after CoreNLP's parse of a local-news lead: the relative clause says what the shooting did
        List<Event> events = events("""
            Police    NNS  2   nsubj      police    O
            searched  VBD  0   root       search    O
            for       IN   5   case       for       O
            two       CD   5   nummod     two       NUMBER
            suspects  NNS  2   obl        suspect   O
            in        IN   8   case       in        O
            a         DT   8   det        a         O
            shooting  NN   5   nmod       shooting  CAUSE_OF_DEATH
            that      WDT  10  nsubj      that      O
            left      VBD  8   acl:relcl  leave     O
            four      CD   12  nummod     four      NUMBER
            people    NNS  10  obj        person    O
            wounded   JJ   10  xcomp      wounded   O
            .         .    2   punct      .         O
            """);
        assertThat(events).extracting(e -> e.trigger().text()).contains("shooting");
    }

    @Test
    void aHyphenatedModifierTheParserSplitIsNoOtherNoun() {
        // by hand, after CoreNLP's parse of a local-news sentence: "drive - by" split, "assault" hung under "drive"
        assertThat(events("""
            Two      CD    2   nummod      two      NUMBER
            adults   NNS   4   nsubj:pass  adult    O
            were     VBD   4   aux:pass    be       O
            wounded  VBN   0   root        wound    O
            in       IN    11  case        in       O
            a        DT    11  det         a        O
            drive    NN    11  compound    drive    O
            -        HYPH  7   punct       -        O
            by       IN    10  case        by       O
            assault  NN    7   nmod        assault  O
            Tuesday  NNP   4   obl         Tuesday  DATE
            .        .     4   punct       .        O
            """)).extracting(e -> e.trigger().text()).contains("assault");
    }

    @Test
    void aTollStillReportsTheAttackItCounts() {
        List<Event> events = events("""
            The     DT   3  det       the     O
            death   NN   3  compound  death   O
            toll    NN   7  nsubj     toll    O
            from    IN   6  case      from    O
            the     DT   6  det       the     O
            attack  NN   3  nmod      attack  CAUSE_OF_DEATH
            rose    VBD  0  root      rise    O
            to      IN   9  case      to      O
            12      CD   7  obl       12      NUMBER
            .       .    7  punct     .       O
            """);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).fatalities().value()).isEqualTo(12);
    }

    @Test
    void incidentsOfViolenceAreViolence() {
        assertThat(events("""
            The        DT   2  det    the       O
            footage    NN   3  nsubj  footage   O
            shows      VBZ  0  root   show      O
            incidents  NNS  3  obj    incident  O
            of         IN   7  case   of        O
            sexual     JJ   7  amod   sexual    CRIMINAL_CHARGE
            assault    NN   4  nmod   assault   CRIMINAL_CHARGE
            on         IN   9  case   on        O
            women      NNS  4  nmod   woman     O
            .          .    3  punct  .         O
            """)).extracting(Event::type).containsExactly(EventType.ASSAULT);
    }

    @Test
    void aWaveOfStrikesToldAsATimeFrameIsNoEvent() {
        assertThat(events("""
            Power    NN   2   compound  power    O
            cuts     NNS  3   nsubj     cut      O
            spread   VBN  0   root      spread   O
            after    IN   7   case      after    O
            the      DT   7   det       the      O
            latest   JJS  7   amod      late     O
            wave     NN   3   obl       wave     O
            of       IN   10  case      of       O
            Russian  JJ   10  amod      Russian  NATIONALITY
            strikes  NNS  7   nmod      strike   O
            on       IN   13  case      on       O
            the      DT   13  det       the      O
            grid     NN   10  nmod      grid     O
            .        .    3   punct     .        O
            """)).isEmpty();
    }
}
