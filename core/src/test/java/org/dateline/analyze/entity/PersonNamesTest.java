package org.dateline.analyze.entity;

import static org.dateline.analyze.entity.EntityLookup.named;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Span;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.TextBuilder;
import org.junit.jupiter.api.Test;

/**
 * A surname the tagger does not know is still a person (issue 15): after a title, as a speaker, as
 * a word of a full name. On hand-built tags and parses, without CoreNLP; the tags are the ones
 * CoreNLP gave these sentences.
 */
class PersonNamesTest {
    private static final EntityAnalyzer ANALYZER = EntityAnalyzer.standard();
    private final PersonNames persons = new PersonNames(ActorCodes.standard(), EntityLexicon.standard());

    private static List<Entity> analyze(String table) {
        return ANALYZER.analyze(TextBuilder.parse(table), null);
    }

    private static List<String> persons(List<Entity> entities) {
        return entities.stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::name).toList();
    }

    @Test
    void aWordAfterALowerCaseRoleIsAPersonWithThatTitle() {
        // Regression: "UN rights chief Türk repeated" lost the name; the statement went to the UN
        List<Entity> found = analyze("""
            UN        NNP  2  compound  UN  ORGANIZATION
            rights    NNS  4  compound  right
            chief     JJ   4  amod
            Türk      NNP  5  nsubj
            repeated  VBN  0  root  repeat
            that      IN   9  mark
            access    NN   9  nsubj
            was       VBD  9  cop  be
            vital     JJ   5  ccomp
            .         .    5  punct
            """);
        Entity turk = named(found, "Türk");
        assertThat(turk.type()).isEqualTo(EntityType.PERSON);
        assertThat(turk.titles()).containsExactly("rights chief");
        assertThat(turk.organization()).isEqualTo("United Nations");
        assertThat(named(found, "UN").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aWordAfterATitleIsAPersonWhateverPlaceOrOrganisationTheTaggerGuessed() {
        List<Entity> found = analyze("""
            Commissioner  NNP  2  compound
            Türk          NNP  3  nsubj  -  LOCATION
            visited       VBD  0  root  visit
            Baku          NNP  3  obj  -  CITY
            .             .    3  punct
            """);
        assertThat(named(found, "Türk").type()).isEqualTo(EntityType.PERSON);
        assertThat(named(found, "Türk").titles()).containsExactly("Commissioner");
        List<Entity> two = analyze("""
            Foreign    NNP  2  compound  -  TITLE
            Minister   NNP  4  compound  -  TITLE
            Jeyhun     NNP  4  compound  -  ORGANIZATION
            Bayramov   NNP  5  nsubj  -  ORGANIZATION
            arrived    VBD  0  root  arrive
            .          .    5  punct
            """);
        assertThat(named(two, "Jeyhun Bayramov").type()).as("two words").isEqualTo(EntityType.PERSON);
        assertThat(named(two, "Jeyhun Bayramov").titles()).containsExactly("Foreign Minister");
    }

    @Test
    void aKnownPlaceOrganisationDemonymOrMonthAfterATitleIsNoPerson() {
        List<Entity> found = analyze("""
            The          DT   2  det
            envoy        NN   3  nsubj
            met          VBD  0  root  meet
            the          DT   5  det
            ambassador   NN   3  obj
            Azerbaijani  NNP  7  amod
            officials    NNS  5  appos  official
            ,            ,    3  punct
            the          DT   11 det
            spokesman    NN   11 compound
            UN           NNP  3  obj  -  ORGANIZATION
            chief        NN   13 compound
            Moscow       NNP  3  obj
            and          CC   16 cc
            minister     NN   16 compound
            March        NNP  3  conj
            .            .    3  punct
            """);
        assertThat(persons(found)).isEmpty();
        assertThat(named(found, "UN").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aWordTheGazetteerKnowsAsACityAfterATitleIsNoPerson() {
        assertThat(persons(analyze("""
            The        DT   2  det
            chief      NN   3  nsubj
            Geneva     NNP  4  nsubj  -  CITY
            said       VBD  0  root  say
            so         RB   4  advmod
            .          .    4  punct
            """))).as("the gazetteer's CITY").isEmpty();
    }

    @Test
    void aOneWordPlaceThatSpeaksAndIsNothingElseIsAPerson() {
        // Regression: the demo's "In Geneva, Türk repeated ..." made Türk a LOCATION and the speaker
        List<Entity> found = analyze("""
            In        IN   2  case
            Geneva    NNP  5  obl  -  CITY
            ,         ,    5  punct
            Türk      NNP  5  nsubj  -  LOCATION
            repeated  VBD  0  root  repeat
            that      IN   9  mark
            access    NN   9  nsubj
            was       VBD  9  cop  be
            vital     JJ   5  ccomp
            .         .    5  punct
            """);
        assertThat(named(found, "Türk").type()).isEqualTo(EntityType.PERSON);
        assertThat(named(found, "Geneva").type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void placesThatSpeakByMetonymyStayPlaces() {
        List<Entity> found = analyze("""
            Washington  NNP  2  nsubj  -  LOCATION
            said        VBD  0  root  say
            Azerbaijani JJ   4  amod  -  NATIONALITY
            officials   NNS  5  nsubj  official
            warned      VBD  2  ccomp  warn
            the         DT   7  det
            UN          NNP  5  obj  -  ORGANIZATION
            .           .    2  punct
            """);
        assertThat(persons(found)).isEmpty();
        assertThat(named(found, "Washington").type()).isNotEqualTo(EntityType.PERSON);
        assertThat(named(found, "UN").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aSpeakerTheArticleAlsoPutsSomeoneInStaysAPlace() {
        List<Entity> found = analyze("""
            Lachin    NNP  2  nsubj  -  LOCATION
            said      VBD  0  root  say
            nothing   NN   2  obj
            .         .    2  punct

            Convoys   NNS  2  nsubj  convoy
            arrived   VBD  0  root  arrive
            in        IN   4  case
            Lachin    NNP  2  obl  -  LOCATION
            .         .    2  punct
            """);
        assertThat(named(found, "Lachin").type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aPlaceThatActsWithoutSpeakingStaysAPlace() {
        List<Entity> found = analyze("""
            Bakhmut   NNP  2  nsubj  -  LOCATION
            fell      VBD  0  root  fall
            .         .    2  punct
            """);
        assertThat(named(found, "Bakhmut").type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void theLastWordOfALongerNameThatSpeaksIsNoPerson() {
        // Regression: "Rolling Stone reported" made a person "Stone" of the magazine's name
        List<Entity> found = analyze("""
            Rolling   NNP  2  compound
            Stone     NNP  3  nsubj
            reported  VBD  0  root  report
            details   NNS  3  obj  detail
            .         .    3  punct
            """);
        assertThat(persons(found)).isEmpty();
    }

    @Test
    void aOneWordPlaceThatIsAWordOfAPersonsFullNameJoinsThePerson() {
        List<Entity> found = analyze("""
            Volker    NNP  2  compound  -  PERSON
            Türk      NNP  3  nsubj  -  PERSON
            arrived   VBD  0  root  arrive
            .         .    3  punct

            In        IN   2  case
            Geneva    NNP  4  obl  -  CITY
            ,         ,    4  punct
            Türk      NNP  5  nsubj  -  LOCATION
            met       VBD  0  root  meet
            Mammadov  NNP  5  obj  -  PERSON
            .         .    5  punct
            """);
        assertThat(named(found, "Volker Türk").mentions()).extracting(Span::text).containsExactly("Volker Türk", "Türk");
        assertThat(found).extracting(Entity::name).doesNotContain("Türk");
    }

    @Test
    void aCountrysNameTheTaggerCallsAPersonOfTheArticleStaysThatPerson() {
        // Regression (GVA dev): "Lt. Ireland said" and "said Jordan, 42" became the countries IRL and
        // JOR, though the tagger read them as persons and the articles name "Mike Ireland" and
        // "Shawn Jordan"; a country filter found local shootings
        List<Entity> ireland = analyze("""
            Police     NNS  2  compound  police
            spokesman  NN   4  compound  -  TITLE
            Mike       NNP  4  compound  -  PERSON
            Ireland    NNP  5  nsubj  -  PERSON
            said       VBD  0  root  say
            the        DT   7  det
            boy        NN   8  nsubj
            died       VBD  5  ccomp  die
            .          .    5  punct

            Lt.        NNP  2  compound  -  TITLE
            Ireland    NNP  3  nsubj  -  PERSON
            said       VBD  0  root  say
            so         RB   3  advmod
            .          .    3  punct
            """);
        assertThat(persons(ireland)).containsExactly("Mike Ireland");
        assertThat(named(ireland, "Mike Ireland").mentions()).extracting(Span::text).containsExactly("Mike Ireland", "Ireland");
        assertThat(ireland).noneMatch(e -> e.type() == EntityType.COUNTRY);
        List<Entity> jordan = analyze("""
            said       VBD  0  root  say
            Shawn      NNP  3  compound  -  PERSON
            Jordan     NNP  1  nsubj  -  PERSON
            .          .    1  punct

            said       VBD  0  root  say
            Jordan     NNP  1  nsubj  -  PERSON
            ,          ,    2  punct
            42         CD   2  amod  -  NUMBER
            .          .    1  punct
            """);
        assertThat(named(jordan, "Shawn Jordan").mentions()).extracting(Span::text).containsExactly("Shawn Jordan", "Jordan");
        assertThat(jordan).noneMatch(e -> e.type() == EntityType.COUNTRY);
    }

    @Test
    void aCountryTheArticleNamesBesideAPersonOfThatNameStaysTheCountry() {
        // "Israel Katz" is a person; "Israel", which the tagger reads as the country, stays ISR
        List<Entity> found = analyze("""
            Israel     NNP  2  compound  -  PERSON
            Katz       NNP  3  nsubj  -  PERSON
            said       VBD  0  root  say
            Israel     NNP  5  nsubj  -  COUNTRY
            would      MD   3  ccomp  -
            .          .    3  punct
            """);
        assertThat(persons(found)).containsExactly("Israel Katz");
        assertThat(named(found, "Israel").code()).isEqualTo("ISR");
    }

    @Test
    void theParseFilterAsksForSentencesWhereAnUnknownWordMaySpeak() {
        AnnotatedText speaks = TextBuilder.parse("""
            Türk      NNP  -  -  -  LOCATION
            has       VBZ  -  -  have
            repeated  VBN  -  -  repeat
            it        PRP  -  -
            .         .    -  -
            """);
        assertThat(persons.mayHaveOne(speaks, speaks.sentences().get(0))).isTrue();
        AnnotatedText acts = TextBuilder.parse("""
            Bakhmut   NNP  -  -  -  LOCATION
            fell      VBD  -  -  fall
            .         .    -  -
            """);
        assertThat(persons.mayHaveOne(acts, acts.sentences().get(0))).as("no speech verb").isFalse();
        AnnotatedText known = TextBuilder.parse("""
            Moscow    NNP  -  -  -  LOCATION
            said      VBD  -  -  say
            .         .    -  -
            """);
        assertThat(persons.mayHaveOne(known, known.sentences().get(0))).as("a capital").isFalse();
    }
}
