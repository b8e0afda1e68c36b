package org.dateline.analyze.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.analyze.event.EventChecks.only;

import java.util.List;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.EventMode;
import org.dateline.model.EventType;
import org.dateline.model.Sector;
import org.dateline.nlp.TextBuilder;
import org.dateline.testing.Parses;
import org.junit.jupiter.api.Test;

/**
 * Parties that are not names (issue 12): a capital speaking for its government, a description
 * known by its sector, and the country such a description names; parses written as tables, so no
 * CoreNLP is loaded.
 */
class DescribedPartiesTest {
    private static List<Entity> parties(ArticleRecord r, List<String> ids) {
        return ids.stream().map(id -> r.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow())
            .toList();
    }

    @Test
    void aCapitalThatRejectsIsItsGovernment() {
        ArticleRecord r = Parses.analyze(TextBuilder.parse("""
            Baku        NNP  2  nsubj   Baku    CITY
            rejected    VBD  0  root    reject
            the         DT   4  det
            accusation  NN   2  obj
            .           .    2  punct
            """));
        Event e = only(r);
        assertThat(e.type()).isEqualTo(EventType.REJECT);
        Entity baku = parties(r, e.actors()).get(0);
        assertThat(baku.name()).isEqualTo("Baku");
        assertThat(baku.code()).isEqualTo("AZE");
        assertThat(baku.sector()).isEqualTo(Sector.GOV);
    }

    @Test
    void policeInACountryAreAPartyAndSoIsTheCountry() {
        ArticleRecord r = Parses.analyze(TextBuilder.parse("""
            Police     NNS  5  nsubj     police
            in         IN   4  case
            Hong       NNP  4  compound  Hong   COUNTRY
            Kong       NNP  1  nmod      Kong   COUNTRY
            arrested   VBD  0  root      arrest
            twelve     CD   7  nummod
            activists  NNS  5  obj       activist
            .          .    5  punct
            """));
        Event e = only(r);
        assertThat(e.type()).isEqualTo(EventType.COERCE);
        assertThat(parties(r, e.actors())).extracting(Entity::name).containsExactly("Police", "Hong Kong");
        assertThat(parties(r, e.actors()).get(0).sector()).isEqualTo(Sector.COP);
        assertThat(parties(r, e.recipients())).extracting(Entity::sector).containsExactly(Sector.CVL);
    }

    @Test
    void rebelsWithoutACountryAreStillTheActor() {
        ArticleRecord r = Parses.analyze(TextBuilder.parse("""
            Rebels    NNS  2  nsubj  rebel
            attacked  VBD  0  root   attack
            a         DT   5  det
            military  JJ   5  amod
            base      NN   2  obj
            .         .    2  punct
            """));
        Event e = only(r);
        assertThat(e.type()).isEqualTo(EventType.ASSAULT);
        Entity rebels = parties(r, e.actors()).get(0);
        assertThat(rebels.sector()).isEqualTo(Sector.REB);
        assertThat(rebels.code()).isNull();
    }
    /**
     * Crime news names its victims and doers by what they are: "four juveniles", "two men",
     * "people". Plural person nouns are civilian parties as "residents" always were (events-real:
     * "Gunmen shot four juveniles", "Four men rammed their car into a jewelry store", "Police
     * shot five people" had no recipient, or no event at all where the doer was the trigger's
     * only cue).
     */
    @Test
    void unnamedPeopleAreCivilianParties() {
        ArticleRecord r = Parses.analyze(TextBuilder.parse("""
            Gunmen     NNS  2  nsubj   gunman
            shot       VBD  0  root    shoot
            four       CD   4  nummod
            juveniles  NNS  2  obj     juvenile
            .          .    2  punct
            """));
        Event e = only(r);
        assertThat(e.type()).isEqualTo(EventType.ASSAULT);
        assertThat(parties(r, e.actors())).extracting(Entity::sector).containsExactly(Sector.UAF);
        Entity juveniles = parties(r, e.recipients()).get(0);
        assertThat(juveniles.name()).isEqualTo("juveniles");
        assertThat(juveniles.type()).isEqualTo(org.dateline.model.EntityType.GROUP);
        assertThat(juveniles.sector()).isEqualTo(Sector.CVL);
    }

    @Test
    void menAndWomenAreCiviliansToo() {
        ArticleRecord r = Parses.analyze(TextBuilder.parse("""
            Police    NNS  2  nsubj      police
            arrested  VBD  0  root       arrest
            two       CD   4  nummod
            men       NNS  2  obj        man
            and       CC   7  cc
            three     CD   7  nummod
            women     NNS  4  conj       woman
            .         .    2  punct
            """));
        Event e = only(r);
        assertThat(e.type()).isEqualTo(EventType.COERCE);
        assertThat(parties(r, e.recipients())).extracting(Entity::name).containsExactly("men", "women");
        assertThat(parties(r, e.recipients())).extracting(Entity::sector).containsOnly(Sector.CVL);
    }
    /**
     * "A 17-year-old boy was shot": the boy is the one shot, though the article never names him;
     * "the boy" later is the same boy, and no other article's boy (entities: unnamed).
     */
    @Test
    void aPersonWithoutANameIsTheVictim() {
        ArticleRecord r = Parses.analyze(TextBuilder.parse("""
            A            DT   3  det
            17-year-old  JJ   3  amod
            boy          NN   5  nsubj:pass
            was          VBD  5  aux:pass   be
            shot         VBN  0  root       shoot
            .            .    5  punct

            The          DT   2  det
            boy          NN   3  nsubj
            died         VBD  0  root       die
            .            .    3  punct
            """));
        Entity boy = r.entities().stream().filter(Entity::unnamed).findFirst().orElseThrow();
        assertThat(boy.name()).isEqualTo("17-year-old boy");
        assertThat(boy.type()).isEqualTo(org.dateline.model.EntityType.PERSON);
        assertThat(boy.sector()).isEqualTo(Sector.CVL);
        assertThat(boy.mentions()).extracting(org.dateline.model.Span::text).containsExactly("17-year-old boy", "boy");
        Event shot = r.events().stream().filter(e -> e.type() == EventType.ASSAULT).findFirst().orElseThrow();
        assertThat(shot.recipients()).containsExactly(boy.id());
    }

    @Test
    void aGunmanIsTheDoer() {
        ArticleRecord r = Parses.analyze(TextBuilder.parse("""
            A         DT   2  det
            gunman    NN   3  nsubj
            shot      VBD  0  root     shoot
            another   DT   5  det
            man       NN   3  obj
            .         .    3  punct
            """));
        Event e = only(r);
        assertThat(parties(r, e.actors())).extracting(Entity::name, Entity::sector).containsExactly(
            org.assertj.core.groups.Tuple.tuple("gunman", Sector.UAF));
        assertThat(parties(r, e.recipients())).extracting(Entity::name, Entity::sector).containsExactly(
            org.assertj.core.groups.Tuple.tuple("man", Sector.CVL));
    }

    /**
     * A person without a name is a party, but does not make a dictionary verb an act alone: on the
     * GVA dev texts "was taken to the hospital" became 38 coercions once "a woman" was a party.
     */
    @Test
    void aManTakenToHospitalIsNoCoercion() {
        ArticleRecord r = Parses.analyze(TextBuilder.parse("""
            A         DT   2  det
            man       NN   4  nsubj:pass
            was       VBD  4  aux:pass  be
            taken     VBN  0  root      take
            to        IN   7  case
            the       DT   7  det
            hospital  NN   4  obl
            .         .    4  punct
            """));
        assertThat(r.entities()).filteredOn(Entity::unnamed).extracting(Entity::name).containsExactly("man");
        assertThat(r.events()).isEmpty();
    }

    /** An unnamed source is no person of the article's: the statement stage leaves it without a speaker. */
    @Test
    void aPersonFamiliarWithTheMatterIsASource() {
        ArticleRecord r = Parses.analyze(TextBuilder.parse("""
            a         DT   2  det
            person    NN   6  nsubj
            familiar  JJ   2  amod
            with      IN   5  case
            talks     NNS  3  obl       talk
            said      VBD  0  root      say
            .         .    6  punct
            """));
        assertThat(r.entities()).noneMatch(Entity::unnamed);
    }

    /** What someone is, or a name beside the words, makes no person without a name. */
    @Test
    void aDescriptionOfSomeoneNamedIsNoOneNew() {
        ArticleRecord r = Parses.analyze(TextBuilder.parse("""
            John      NNP  2  compound  John   PERSON
            Smith     NNP  6  nsubj     Smith  PERSON
            is        VBZ  6  cop       be
            a         DT   6  det
            local     JJ   6  amod
            man       NN   0  root
            .         .    6  punct

            Police    NNS  2  nsubj     police
            arrested  VBD  0  root      arrest
            a         DT   4  det
            man       NN   2  obj
            ,         ,    6  punct
            Joe       NNP  7  compound  Joe    PERSON
            Doe       NNP  4  appos     Doe    PERSON
            .         .    2  punct
            """));
        assertThat(r.entities()).noneMatch(Entity::unnamed);
    }
    /**
     * "Macleod died from his wounds": CAMEO codes the bare "die" as an assault by its subject, so the
     * dead were their own attackers (227 GVA dev events); the one who dies receives it.
     */
    @Test
    void theDeadAreNoAttackers() {
        ArticleRecord r = Parses.analyze(TextBuilder.parse("""
            Donald   NNP  2  compound  Donald   PERSON
            Macleod  NNP  3  nsubj     Macleod  PERSON
            died     VBD  0  root      die
            from     IN   6  case
            his      PRP$ 6  nmod:poss  he
            wounds   NNS  3  obl       wound
            .        .    3  punct
            """));
        Event e = only(r);
        assertThat(e.type()).isEqualTo(EventType.ASSAULT);
        assertThat(e.actors()).isEmpty();
        assertThat(parties(r, e.recipients())).extracting(Entity::name).containsExactly("Donald Macleod");
    }
    /** "A man died after being shot": the subject "shot" borrows from "died" is the one shot, not the shooter. */
    @Test
    void aSubjectBorrowedByAPassiveVerbIsItsVictim() {
        ArticleRecord r = Parses.analyze(TextBuilder.parse("""
            John     NNP  2  compound   John   PERSON
            Smith    NNP  3  nsubj      Smith  PERSON
            died     VBD  0  root       die
            after    IN   6  mark
            being    VBG  6  aux:pass   be
            shot     VBN  3  advcl      shoot
            .        .    3  punct
            """));
        Event shot = r.events().stream().filter(e -> e.trigger().text().equals("shot")).findFirst().orElseThrow();
        assertThat(shot.actors()).isEmpty();
        assertThat(parties(r, shot.recipients())).extracting(Entity::name).containsExactly("John Smith");
    }
    /**
     * CAMEO codes the bare "take" as a seizure: "John Smith was taken to Mount Sinai Hospital" seized
     * John Smith (341 GVA dev events). Taken to a place of care, no one is seized.
     */
    @Test
    void takenToHospitalIsNoSeizure() {
        ArticleRecord r = Parses.analyze(TextBuilder.parse("""
            John      NNP  2  compound   John      PERSON
            Smith     NNP  4  nsubj:pass Smith     PERSON
            was       VBD  4  aux:pass   be
            taken     VBN  0  root       take
            to        IN   8  case
            Mount     NNP  7  compound   Mount     ORGANIZATION
            Sinai     NNP  8  compound   Sinai     ORGANIZATION
            Hospital  NNP  4  obl        Hospital  ORGANIZATION
            .         .    4  punct
            """));
        assertThat(r.events()).isEmpty();
    }

    /**
     * Taken to a place of custody, someone is arrested: "Jacquavius Smith was taken to the Orange
     * Regional Juvenile Detention Center" was a confiscation whose victims were Smith and the center.
     */
    @Test
    void takenToJailIsAnArrestOfWhomIsTaken() {
        ArticleRecord r = Parses.analyze(TextBuilder.parse("""
            Jacquavius NNP  2  compound   Jacquavius PERSON
            Smith      NNP  4  nsubj:pass Smith      PERSON
            was        VBD  4  aux:pass   be
            taken      VBN  0  root       take
            to         IN   11 case
            the        DT   11 det
            Orange     NNP  11 compound   Orange     ORGANIZATION
            Regional   NNP  11 compound   Regional   ORGANIZATION
            Juvenile   NNP  11 compound   Juvenile   ORGANIZATION
            Detention  NNP  11 compound   Detention  ORGANIZATION
            Center     NNP  4  obl        Center     ORGANIZATION
            .          .    4  punct
            """));
        Event taken = r.events().stream().filter(e -> e.trigger().text().equals("taken")).findFirst().orElseThrow();
        assertThat(taken.type()).isEqualTo(EventType.COERCE);
        assertThat(taken.mode()).isEqualTo(EventMode.ARREST);
        assertThat(parties(r, taken.recipients())).extracting(Entity::name).containsExactly("Jacquavius Smith");
    }

    /** CAMEO's pattern makes "rushed to" a visit: rushed to a hospital, someone is moved to be treated. */
    @Test
    void rushedToHospitalIsNoVisit() {
        ArticleRecord r = Parses.analyze(TextBuilder.parse("""
            John      NNP  2  compound   John      PERSON
            Smith     NNP  4  nsubj:pass Smith     PERSON
            was       VBD  4  aux:pass   be
            rushed    VBN  0  root       rush
            to        IN   7  case
            Riley     NNP  7  compound   Riley     ORGANIZATION
            Hospital  NNP  4  obl        Hospital  ORGANIZATION
            .         .    4  punct
            """));
        assertThat(r.events()).isEmpty();
    }
}
