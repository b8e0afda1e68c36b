package org.dateline.analyze.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.analyze.event.EventChecks.only;

import java.util.List;
import org.dateline.model.AcledSubEventType;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.EventMode;
import org.dateline.model.EventType;
import org.dateline.nlp.TextBuilder;
import org.dateline.testing.Parses;
import org.junit.jupiter.api.Test;

/**
 * Violence done by protesters is their riot (PLOVER PROTEST, mode riot; ACLED Violent demonstration
 * or Mob violence), while violence done to them stays an ASSAULT. Parses are CoreNLP 4.5.10's unless
 * marked "by hand".
 */
class RiotsTest {
    private static ArticleRecord analyze(String table) {
        return Parses.analyze(TextBuilder.parse(table));
    }

    private static List<String> names(ArticleRecord r, List<String> ids) {
        return ids.stream().map(id -> r.entities().stream().filter(e -> e.id().equals(id)).map(Entity::name)
            .findFirst().orElseThrow()).toList();
    }

    private static void assertRiot(Event e, AcledSubEventType acled) {
        assertThat(e.type()).isEqualTo(EventType.PROTEST);
        assertThat(e.mode()).isEqualTo(EventMode.RIOT);
        assertThat(e.acled().subEventType()).isEqualTo(acled);
    }

    @Test
    void protestersBurningAndLootingAreOneRiot() {
        ArticleRecord r = analyze("""
            Protesters  NNS  2  nsubj     protester  O
            torched     VBD  0  root      torch      O
            police      NNS  4  compound  police     O
            vehicles    NNS  2  obj       vehicle    O
            and         CC   6  cc        and        O
            looted      VBD  2  conj      loot       O
            shops       NNS  6  obj       shop       O
            in          IN   9  case      in         O
            Maputo      NNP  6  obl       Maputo     CITY
            .           .    2  punct     .          O
            """);
        Event e = only(r);
        assertRiot(e, AcledSubEventType.VIOLENT_DEMONSTRATION);
        assertThat(e.trigger().text()).isEqualTo("torched");
        assertThat(names(r, e.actors())).containsExactly("Protesters");
    }

    @Test
    void aNumberOfProtestersIsProtesters() {
        Event e = only(analyze("""
            Hundreds    NNS  4   nsubj  hundred    O
            of          IN   3   case   of         O
            protesters  NNS  1   nmod   protester  O
            threw       VBD  0   root   throw      O
            stones      NNS  4   obj    stone      O
            at          IN   7   case   at         O
            police      NN   4   obl    police     O
            in          IN   9   case   in         O
            Nairobi     NNP  4   obl    Nairobi    CITY
            on          IN   11  case   on         O
            Tuesday     NNP  4   obl    Tuesday    DATE
            .           .    4   punct  .          O
            """));
        assertRiot(e, AcledSubEventType.VIOLENT_DEMONSTRATION);
    }

    @Test
    void aRiotInWhichSomeoneDiedStaysAViolentDemonstration() {
        // ACLED: the demonstrators' own violence decides, not what was done to them
        Event e = only(analyze("""
            Protesters  NNS  2  nsubj     protester  O
            killed      VBD  0  root      kill       O
            a           DT   5  det       a          O
            police      NN   5  compound  police     TITLE
            officer     NN   2  obj       officer    TITLE
            in          IN   7  case      in         O
            Lagos       NNP  5  nmod      Lagos      CITY
            .           .    2  punct     .          O
            """));
        assertRiot(e, AcledSubEventType.VIOLENT_DEMONSTRATION);
        assertThat(e.fatalities().value()).isEqualTo(1);
    }

    @Test
    void aMobBurningAChurchRiotsAsMobViolence() {
        Event e = only(analyze("""
            A          DT   2   det    a          O
            mob        NN   3   nsubj  mob        O
            torched    VBD  0   root   torch      O
            a          DT   5   det    a          O
            church     NN   3   obj    church     O
            in         IN   8   case   in         O
            the        DT   8   det    the        O
            village    NN   3   obl    village    O
            of         IN   10  case   of         O
            Jaranwala  NNP  8   nmod   Jaranwala  CITY
            .          .    3   punct  .          O
            """));
        assertRiot(e, AcledSubEventType.MOB_VIOLENCE);
    }

    @Test
    void aCrowdAttackingAPersonIsAnAssaultNotARiot() {
        // by hand: a crowd is in protest only when it riots; attacking a man is no act of rioting
        Event e = only(analyze("""
            A         DT   2  det    a        O
            crowd     NN   3  nsubj  crowd    O
            attacked  VBD  0  root   attack   O
            a         DT   5  det    a        O
            man       NN   3  obj    man      O
            in        IN   7  case   in       O
            Lagos     NNP  3  obl    Lagos    CITY
            .         .    3  punct  .        O
            """));
        assertThat(e.type()).isEqualTo(EventType.ASSAULT);
    }

    @Test
    void policeShootingProtestersStaysAnAssault() {
        Event e = only(analyze("""
            Police      NNS  2  nsubj   police     O
            shot        VBD  0  root    shoot      O
            dead        JJ   5  amod    dead       O
            two         CD   5  nummod  two        NUMBER
            protesters  NNS  2  obj     protester  O
            in          IN   7  case    in         O
            Khartoum    NNP  2  obl     Khartoum   CITY
            on          IN   9  case    on         O
            Thursday    NNP  2  obl     Thursday   DATE
            .           .    2  punct   .          O
            """));
        assertThat(e.type()).isEqualTo(EventType.ASSAULT);
        assertThat(e.acled().subEventType()).isEqualTo(AcledSubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS);
    }

    @Test
    void protestersAttackedByPoliceDoNotRiot() {
        // by hand: a passive subject receives the act
        Event e = only(analyze("""
            Protesters  NNS  3  nsubj:pass  protester  O
            were        VBD  3  aux:pass    be         O
            attacked    VBN  0  root        attack     O
            by          IN   5  case        by         O
            police      NNS  3  obl         police     O
            in          IN   7  case        in         O
            Lagos       NNP  3  obl         Lagos      CITY
            .           .    3  punct       .          O
            """));
        assertThat(e.type()).isEqualTo(EventType.ASSAULT);
    }

    @Test
    void protestersWhoThrewStonesRiotBesideThePoliceFiringAtThem() {
        ArticleRecord r = analyze("""
            Police      NNS  2   nsubj      police     O
            fired       VBD  0   root       fire       O
            tear        JJ   4   amod       tear       O
            gas         NN   2   obj        gas        O
            at          IN   6   case       at         O
            protesters  NNS  2   obl        protester  O
            who         WP   8   nsubj      who        O
            threw       VBD  6   acl:relcl  throw      O
            stones      NNS  8   obj        stone      O
            in          IN   11  case       in         O
            Nairobi     NNP  8   obl        Nairobi    CITY
            .           .    2   punct      .          O
            """);
        assertThat(r.events()).extracting(Event::type).containsExactly(EventType.ASSAULT, EventType.PROTEST);
        Event riot = r.events().get(1);
        assertThat(riot.mode()).isEqualTo(EventMode.RIOT);
        assertThat(riot.trigger().text()).isEqualTo("threw");
        assertThat(names(r, r.events().get(0).actors())).containsExactly("Police");
    }
}
