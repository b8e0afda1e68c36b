package org.dateline.analyze.entity;

import static org.dateline.analyze.entity.EntityLookup.named;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Sector;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.TextBuilder;
import org.dateline.testing.SpanAssertions;
import org.junit.jupiter.api.Test;

/**
 * Actor codes as of the article's day (the Phoenix dictionary), descriptions that become coded
 * parties (the agents dictionary), and capitals that speak for their government; on hand-built
 * texts, without CoreNLP.
 */
class EntityCodesOfTheDayTest {
    private static final EntityAnalyzer ANALYZER = EntityAnalyzer.standard();

    private static List<Entity> analyze(String table, LocalDate day) {
        AnnotatedText text = TextBuilder.parse(table);
        List<Entity> entities = ANALYZER.analyze(text, null, day);
        SpanAssertions.assertMentionsMatchText(text.text(), entities);
        return entities;
    }

    private static final String ALIYEV = """
        Ilham   NNP  -  -  -      PERSON
        Aliyev  NNP  -  -  -      PERSON
        spoke   VBD  -  -  speak
        .       .    -  -
        """;

    @Test
    void theSameNameOnTwoDaysHasTwoCodes() {
        Entity before = named(analyze(ALIYEV, LocalDate.of(2001, 5, 1)), "Ilham Aliyev");
        Entity after = named(analyze(ALIYEV, LocalDate.of(2010, 5, 1)), "Ilham Aliyev");
        assertThat(before.code()).isEqualTo("AZE");
        assertThat(before.sector()).isEqualTo(Sector.ELI);
        assertThat(after.code()).isEqualTo("AZE");
        assertThat(after.sector()).isEqualTo(Sector.GOV);
    }

    @Test
    void pastTheDictionarysEndTheTextAndOwnTablesAnswer() {
        Entity bare = named(analyze(ALIYEV, LocalDate.of(2023, 5, 1)), "Ilham Aliyev");
        assertThat(bare.code()).isNull();
        assertThat(bare.sector()).isNull();
        // the text's own answer still works on such a day: the title gives country and sector
        String titled = """
            Azerbaijani JJ  -  -  -       NATIONALITY
            Foreign    NNP  -  -  -       TITLE
            Minister   NNP  -  -  -       TITLE
            Elmar      NNP  -  -  -       PERSON
            Mammadyarov NNP -  -  -       PERSON
            spoke      VBD  -  -  speak
            .          .    -  -
            """;
        Entity e = named(analyze(titled, LocalDate.of(2023, 5, 1)), "Elmar Mammadyarov");
        assertThat(e.code()).isEqualTo("AZE");
        assertThat(e.sector()).isEqualTo(Sector.GOV);
    }

    @Test
    void aNationalDescriptionBecomesACodedParty() {
        List<Entity> found = analyze("""
            The          DT   -  -
            Azerbaijani  JJ   -  -  -   NATIONALITY
            army         NN   -  -
            shelled      VBD  -  -  shell
            positions    NNS  -  -  position
            held         VBN  -  -  hold
            by           IN   -  -
            Armenian     JJ   -  -  -   NATIONALITY
            separatists  NNS  -  -  separatist
            .            .    -  -

            French       JJ   -  -  -   NATIONALITY
            doctors      NNS  -  -  doctor
            treated      VBD  -  -  treat
            the          DT   -  -
            wounded      JJ   -  -
            .            .    -  -
            """, LocalDate.of(2023, 5, 1));
        Entity army = named(found, "Azerbaijani army");
        assertThat(army.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(army.code()).isEqualTo("AZE");
        assertThat(army.sector()).isEqualTo(Sector.MIL);
        Entity separatists = named(found, "Armenian separatists");
        assertThat(separatists.code()).isEqualTo("ARM");
        assertThat(separatists.sector()).isEqualTo(Sector.REB);
        // "doctor" is not in the own role words: Phoenix's agents give HLH, which is CVL here
        Entity doctors = named(found, "French doctors");
        assertThat(doctors.type()).isEqualTo(EntityType.GROUP);
        assertThat(doctors.code()).isEqualTo("FRA");
        assertThat(doctors.sector()).isEqualTo(Sector.CVL);
    }

    @Test
    void anAgentWordWithoutANationalityIsAPartyOfItsSectorAlone() {
        List<Entity> found = analyze("""
            Police     NNS  -  -  police
            detained   VBD  -  -  detain
            two        CD   -  -
            rebels     NNS  -  -  rebel
            .          .    -  -
            """, LocalDate.of(2023, 5, 1));
        Entity police = named(found, "Police");
        assertThat(police.type()).isEqualTo(EntityType.GROUP);
        assertThat(police.code()).isNull();
        assertThat(police.sector()).isEqualTo(Sector.COP);
        Entity rebels = named(found, "rebels");
        assertThat(rebels.code()).isNull();
        assertThat(rebels.sector()).isEqualTo(Sector.REB);
        Entity azerbaijani = named(analyze("""
            Azerbaijan NNP  -  -  -     COUNTRY
            's         POS  -  -
            police     NNS  -  -  police
            said       VBD  -  -  say
            so         RB   -  -
            .          .    -  -
            """, LocalDate.of(2023, 5, 1)), "police");
        assertThat(azerbaijani.code()).isEqualTo("AZE");
        assertThat(azerbaijani.sector()).isEqualTo(Sector.COP);
    }

    @Test
    void aWeakHeadStaysAPointerNotAParty() {
        // "officials" and "representatives" point back at parties named before (PartyFinder
        // resolves "the two officials met"); a party of their own would hide those
        List<Entity> found = analyze("""
            The        DT   -  -
            officials  NNS  -  -  official
            met        VBD  -  -  meet
            residents  NNS  -  -  resident
            .          .    -  -
            """, LocalDate.of(2023, 5, 1));
        assertThat(found).extracting(Entity::name).containsExactly("residents");
        assertThat(found.get(0).sector()).isEqualTo(Sector.CVL);
    }

    @Test
    void aCapitalThatSpeaksIsItsGovernment() {
        List<Entity> found = analyze("""
            Baku       NNP  2  nsubj   Baku   CITY
            rejected   VBD  0  root    reject
            the        DT   4  det
            claim      NN   2  obj
            .          .    2  punct

            Talks      NNS  3  nsubj   talk
            were       VBD  3  cop     be
            held       VBN  0  root    hold
            in         IN   5  case
            Moscow     NNP  3  obl     Moscow CITY
            .          .    3  punct
            """, LocalDate.of(2023, 5, 1));
        Entity baku = named(found, "Baku");
        assertThat(baku.type()).isEqualTo(EntityType.LOCATION);
        assertThat(baku.code()).isEqualTo("AZE");
        assertThat(baku.sector()).isEqualTo(Sector.GOV);
        Entity moscow = named(found, "Moscow");
        assertThat(moscow.code()).isNull();
        assertThat(moscow.sector()).isNull();
    }
}
