package org.dateline.analyze.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.analyze.event.EventChecks.only;

import java.util.List;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Entity;
import org.dateline.model.Event;
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
}
