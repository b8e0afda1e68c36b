package org.dateline.analyze.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.dateline.model.ArticleRecord;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Sector;
import org.dateline.model.Statement;
import org.dateline.nlp.TextBuilder;
import org.dateline.testing.Parses;
import org.junit.jupiter.api.Test;

/**
 * Speakers beside the collectives the entity stage makes of role words (issue 12: "police",
 * "campaigners", "Israeli settlers" are entities so that events have parties): such a collective
 * is an anonymous source, not a speaker, and it is never what "it" speaks for. Parses written as
 * tables, so no CoreNLP is loaded.
 */
class CollectiveSpeakersTest {
    private static Statement only(ArticleRecord r) {
        assertThat(r.statements()).hasSize(1);
        return r.statements().get(0);
    }

    private static Entity named(ArticleRecord r, String name) {
        return r.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    private static String speakerName(ArticleRecord r, Statement s) {
        return r.entities().stream().filter(e -> e.id().equals(s.speaker())).map(Entity::name).findFirst().orElse(null);
    }

    @Test
    void aCollectiveOfARoleWithItsCountryIsStillAnAnonymousSource() {
        ArticleRecord r = Parses.analyze(TextBuilder.parse("""
            Israeli   JJ   2  amod   Israeli  NATIONALITY
            settlers  NNS  3  nsubj  settler
            said      VBD  0  root   say
            the       DT   5  det
            move      NN   6  nsubj
            opened    VBD  3  ccomp  open
            the       DT   8  det
            way       NN   6  obj
            .         .    3  punct
            """));
        Entity settlers = named(r, "Israeli settlers");
        assertThat(settlers.type()).isEqualTo(EntityType.GROUP);
        assertThat(settlers.code()).isEqualTo("ISR");
        assertThat(settlers.sector()).isEqualTo(Sector.CVL);
        Statement s = only(r);
        assertThat(s.source().text()).isEqualTo("Israeli settlers");
        assertThat(s.speaker()).isNull();
    }

    @Test
    void itSpeaksForTheOrganisationNotForAPluralCollectiveNamedSince() {
        ArticleRecord r = Parses.analyze(TextBuilder.parse("""
            The          DT   3  det
            Electoral    NNP  3  compound  Electoral   ORGANIZATION
            Commission   NNP  4  nsubj     Commission  ORGANIZATION
            met          VBD  0  root      meet
            campaigners  NNS  4  obj       campaigner
            on           IN   7  case
            Monday       NNP  4  obl       Monday      DATE
            .            .    4  punct

            It    PRP  2  nsubj  it
            said  VBD  0  root   say
            it    PRP  4  nsubj  it
            has   VBZ  2  ccomp  have
            no    DT   6  det
            role  NN   4  obj
            .     .    2  punct
            """));
        assertThat(named(r, "campaigners").type()).isEqualTo(EntityType.GROUP);
        Statement s = only(r);
        assertThat(s.source().text()).isEqualTo("It");
        assertThat(speakerName(r, s)).isEqualTo("Electoral Commission");
    }

    @Test
    void theyAfterAnAnonymousCollectiveStaysAnonymous() {
        ArticleRecord r = Parses.analyze(TextBuilder.parse("""
            The          DT   3  det
            Electoral    NNP  3  compound  Electoral   ORGANIZATION
            Commission   NNP  4  nsubj     Commission  ORGANIZATION
            met          VBD  0  root      meet
            campaigners  NNS  4  obj       campaigner
            on           IN   7  case
            Monday       NNP  4  obl       Monday      DATE
            .            .    4  punct

            They  PRP  2  nsubj  they
            said  VBD  0  root   say
            the   DT   4  det
            rules  NNS  5  nsubj  rule
            failed  VBD  2  ccomp  fail
            .     .    2  punct
            """));
        Statement s = only(r);
        assertThat(s.source().text()).isEqualTo("They");
        assertThat(s.speaker()).isNull();
    }

    @Test
    void aPeopleWithoutARoleCanSpeak() {
        ArticleRecord r = Parses.analyze(TextBuilder.parse("""
            Palestinians  NNPS  2  nsubj  Palestinians  NATIONALITY
            said          VBD   0  root   say
            the           DT    4  det
            move          NN    5  nsubj
            violated      VBD   2  ccomp  violate
            the           DT    7  det
            law           NN    5  obj
            .             .     2  punct
            """));
        assertThat(speakerName(r, only(r))).isEqualTo("Palestinians");
    }
}
