package org.dateline.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.dateline.model.ArticleRecord;
import org.dateline.model.Entity;
import org.dateline.model.Sector;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.TextBuilder;
import org.dateline.testing.Parses;
import org.junit.jupiter.api.Test;

/**
 * The capital rule chooses its own sentences: a capital's name with a verb close after it. On
 * hand-built texts, without CoreNLP.
 */
class CapitalSubjectsTest {
    private static final EntityAnalyzer ANALYZER = EntityAnalyzer.standard();
    private final CapitalSubjects capitals = new CapitalSubjects(ActorCodes.standard());

    private boolean wanted(String table) {
        AnnotatedText text = TextBuilder.parse(table);
        Sentence s = text.sentences().get(0);
        return capitals.mayHaveOne(text, s);
    }

    private static Entity named(ArticleRecord record, String name) {
        return record.entities().stream().filter(e -> e.name().equals(name)).findFirst()
            .orElseThrow(() -> new AssertionError("no " + name + " in " + record.entities()));
    }

    @Test
    void aCapitalWithAVerbCloseAfterItIsParsedForTheRule() {
        assertThat(wanted("""
            Baku      NNP  -  -  Baku  CITY
            rejected  VBD  -  -  reject
            the       DT   -  -
            claim     NN   -  -
            .         .    -  -
            """)).isTrue();
        assertThat(wanted("""
            Washington  NNP  -  -  Washington  CITY
            and         CC   -  -
            its         PRP$ -  -
            allies      NNS  -  -  ally
            have        VBP  -  -  have
            agreed      VBN  -  -  agree
            .           .    -  -
            """)).as("the verb five tokens on").isTrue();
        assertThat(wanted("""
            Talks   NNS  -  -  talk
            were    VBD  -  -  be
            held    VBN  -  -  hold
            in      IN   -  -
            Moscow  NNP  -  -  Moscow  CITY
            .       .    -  -
            """)).as("no verb after the capital").isFalse();
        assertThat(wanted("""
            Rebels  NNS  -  -  rebel
            said    VBD  -  -  say
            they    PRP  -  -
            left    VBD  -  -  leave
            .       .    -  -
            """)).as("no capital").isFalse();
    }

    @Test
    void theRuleCodesACapitalWhoseSentenceNoOtherStageWantedParsed() {
        // Regression: the rule read only sentences parsed for statements or events, so "Beijing is
        // balking" (no speech verb, no trigger) left Beijing uncoded while "Beijing said" coded it.
        ArticleRecord record = Parses.analyze(TextBuilder.parse("""
            Beijing  NNP  3  nsubj  Beijing  CITY
            is       VBZ  3  aux    be
            balking  VBG  0  root   balk
            at       IN   6  case
            the      DT   6  det
            terms    NNS  3  obl    term
            .        .    3  punct
            """));
        Entity beijing = named(record, "Beijing");
        assertThat(beijing.code()).isEqualTo("CHN");
        assertThat(beijing.sector()).isEqualTo(Sector.GOV);
    }

    /**
     * GVA dev: "Santiago was taken into custody" (Esteban Santiago) and "Washington said" (Rebecca
     * Washington) made Chile's and the US government the subject: 13 of the 16 capitals read as
     * governments in the GVA texts were the surname of a person the text names.
     */
    @Test
    void aCapitalThatIsTheSurnameOfAPersonOfTheTextIsNoGovernment() {
        ArticleRecord suspect = Parses.analyze("Esteban Santiago, 26, opened fire at the airport. Santiago was taken into "
            + "custody without incident.");
        assertThat(suspect.entities()).extracting(Entity::code).doesNotContain("CHL");
        ArticleRecord mother = Parses.analyze("Rebecca Washington lost her son in the shooting. Washington said it will be "
            + "a while before she lets her daughter out.");
        assertThat(mother.entities()).filteredOn(e -> e.sector() == Sector.GOV).isEmpty();
    }

    @Test
    void aDatelinesCapitalIsNotTheSubjectOfTheStorysFirstVerb() {
        // Regression, a CASE 2021 snippet: CoreNLP made the dateline's BEIRUT a subject of "hurled",
        // and with the sentence parsed for its event the rule coded Lebanon's government. The rule
        // does not read the sentence: no verb follows the name closely.
        AnnotatedText text = TextBuilder.parse("""
            BEIRUT      NNP    7  nsubj  Beirut  CITY
            (           -LRB-  3  punct
            Reuters     NNP    1  appos  Reuters  ORGANIZATION
            )           -RRB-  3  punct
            -           :      1  punct
            Protesters  NNS    7  nsubj  protester
            hurled      VBN    0  root   hurl
            rocks       NNS    7  obj    rock
            .           .      7  punct
            """);
        assertThat(text.sentences().get(0).parsed()).isTrue();
        Entity beirut = ANALYZER.analyze(text, null, null).stream().filter(e -> e.name().equals("BEIRUT")).findFirst()
            .orElseThrow();
        assertThat(beirut.code()).isNull();
        assertThat(beirut.sector()).isNull();
    }
}
