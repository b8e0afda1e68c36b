package org.dateline.analyze.entity;

import static org.dateline.analyze.entity.EntityLookup.mentions;
import static org.dateline.analyze.entity.EntityLookup.named;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Span;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.TextBuilder;
import org.junit.jupiter.api.Test;

/** Name mentions on hand-built tags: what is kept of the tagger's mentions. */
class NameMentionsTest {
    private static final EntityAnalyzer ANALYZER = EntityAnalyzer.standard();

    private static List<String> names(List<Entity> entities, EntityType type) {
        return entities.stream().filter(e -> e.type() == type)
            .flatMap(e -> e.mentions().stream()).map(Span::text).toList();
    }

    @Test
    void allCapitalPrepositionsAndConjunctionsAreNoPlaces() {
        // the tagger's labels on an all-capital caption: "IN" and "OR" as places of their own,
        // and "IN" joined to the city after it
        AnnotatedText text = TextBuilder.parse("""
            A     DT  - - - O
            WOMAN NNP - - - O
            WAS   VBD - - - O
            SHOT  VBN - - - O
            IN    NNP - - - LOCATION
            TULSA NNP - - - CITY
            ,     ,   - - - O
            TWO   CD  - - - NUMBER
            OR    NNP - - - STATE_OR_PROVINCE
            THREE CD  - - - NUMBER
            TIMES NNS - - - O
            IN    NNP - - - LOCATION
            ALL   DT  - - - O
            .     .   - - - O
            """);
        List<Entity> found = ANALYZER.analyze(text, null);
        assertThat(names(found, EntityType.LOCATION)).containsExactly("TULSA");
    }

    @Test
    void aTitledPersonTheTaggerReadsAsPartOfAnOrganisationIsThePerson() {
        // Regression (GVA dev): the tagger read "Pitt County Sheriff Neil Elks" and "Richmond County
        // Board of Education Spokesperson Israel Butler" as one organisation each; the second was
        // coded ISR by "Israel", and the sheriff's words went to an organisation
        List<Entity> sheriff = ANALYZER.analyze(TextBuilder.parse("""
            Pitt     NNP  2  compound  -  ORGANIZATION
            County   NNP  5  compound  -  ORGANIZATION
            Sheriff  NNP  5  compound  -  ORGANIZATION
            Neil     NNP  5  compound  -  ORGANIZATION
            Elks     NNP  6  nsubj  -  ORGANIZATION
            said     VBD  0  root  say
            the      DT   8  det
            boy      NN   10  nsubj:pass
            was      VBD  10  aux:pass  be
            shot     VBN  6  ccomp  shoot
            .        .    6  punct
            """), null);
        assertThat(named(sheriff, "Neil Elks").type()).isEqualTo(EntityType.PERSON);
        assertThat(named(sheriff, "Neil Elks").titles()).containsExactly("Sheriff");
        assertThat(sheriff).extracting(Entity::name).doesNotContain("Pitt County Sheriff Neil Elks");
        List<Entity> board = ANALYZER.analyze(TextBuilder.parse("""
            Richmond      NNP  3  compound  -  ORGANIZATION
            County        NNP  3  compound  -  ORGANIZATION
            Board         NNP  8  compound  -  ORGANIZATION
            of            IN   5  case  -  ORGANIZATION
            Education     NNP  3  nmod  -  ORGANIZATION
            Spokesperson  NNP  7  compound  -  ORGANIZATION
            Israel        NNP  8  compound  -  ORGANIZATION
            Butler        NNP  9  nsubj  -  ORGANIZATION
            said          VBD  0  root  say
            it            PRP  11  nsubj:pass
            closed        VBD  9  ccomp  close
            .             .    9  punct
            """), null);
        assertThat(named(board, "Israel Butler").type()).isEqualTo(EntityType.PERSON);
        assertThat(named(board, "Richmond County Board of Education").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(board).extracting(Entity::code).doesNotContain("ISR");
    }

    @Test
    void aOneWordNameIsThePersonItIsTheSurnameOfBeforeTheOneItIsTheFirstNameOf() {
        // Regression (GVA dev): "Governor Scott" went to Sheriff Scott Israel, named first, not to
        // Gov. Rick Scott, with the governor's titles
        List<Entity> found = ANALYZER.analyze(TextBuilder.parse("""
            Sheriff   NNP  3  compound  -  TITLE
            Scott     NNP  3  compound  -  PERSON
            Israel    NNP  4  nsubj  -  PERSON
            spoke     VBD  0  root  speak
            .         .    4  punct

            Gov.      NNP  3  compound  -  TITLE
            Rick      NNP  3  compound  -  PERSON
            Scott     NNP  4  nsubj  -  PERSON
            arrived   VBD  0  root  arrive
            .         .    4  punct

            Governor  NNP  2  compound  -  TITLE
            Scott     NNP  3  nsubj  -  PERSON
            said      VBD  0  root  say
            so        RB   3  advmod
            .         .    3  punct
            """), null);
        assertThat(mentions(named(found, "Rick Scott"))).containsExactly("Rick Scott", "Scott");
        assertThat(mentions(named(found, "Scott Israel"))).containsExactly("Scott Israel");
        assertThat(named(found, "Scott Israel").titles()).containsExactly("Sheriff");
        // a suffix is no surname, and a name in capitals is the same name
        List<Entity> suffixed = ANALYZER.analyze(TextBuilder.parse("""
            William   NNP  3  compound  -  PERSON
            Young     NNP  3  flat  -  PERSON
            Jr.       NNP  4  nsubj  -  PERSON
            fled      VBD  0  root  flee
            .         .    4  punct

            Officer   NNP  3  compound  -  TITLE
            Paige     NNP  3  compound  -  PERSON
            Young     NNP  4  nsubj  -  PERSON
            arrived   VBD  0  root  arrive
            .         .    4  punct

            YOUNG     NNP  2  nsubj  -  PERSON
            fled      VBD  0  root  flee
            .         .    2  punct
            """), null);
        assertThat(mentions(named(suffixed, "William Young Jr."))).containsExactly("William Young Jr.", "YOUNG");
        // Regression (GVA dev): "Corey Jr." has no surname; "Corey" is Corey Bondurant Jr. named first
        List<Entity> junior = ANALYZER.analyze(TextBuilder.parse("""
            Corey      NNP  3  compound  -  PERSON
            Bondurant  NNP  3  flat  -  PERSON
            Jr.        NNP  4  nsubj  -  PERSON
            died       VBD  0  root  die
            .          .    4  punct

            Corey      NNP  2  compound  -  PERSON
            Jr.        NNP  3  nsubj  -  PERSON
            died       VBD  0  root  die
            .          .    3  punct

            Corey      NNP  2  nsubj  -  PERSON
            played     VBD  0  root  play
            .          .    2  punct
            """), null);
        assertThat(mentions(named(junior, "Corey Bondurant Jr."))).containsExactly("Corey Bondurant Jr.", "Corey");
    }

    @Test
    void aFullNameWithAnotherFirstNameIsAnotherPersonThoughItsSurnameWasNamedAlone() {
        // Regression (GVA dev): "Daquan Ossie Bradley" joined "John Sorrell Bradley" through the
        // "Bradley" that had joined him: two full names with different first names are two people
        List<Entity> found = ANALYZER.analyze(TextBuilder.parse("""
            John      NNP  4  compound  -  PERSON
            Sorrell   NNP  4  compound  -  PERSON
            Bradley   NNP  4  nsubj  -  PERSON
            died      VBD  0  root  die
            .         .    4  punct

            Bradley   NNP  2  nsubj  -  PERSON
            was       VBD  0  root  be
            62        CD   2  obj  -  NUMBER
            .         .    2  punct

            Daquan    NNP  3  compound  -  PERSON
            Ossie     NNP  3  compound  -  PERSON
            Bradley   NNP  4  nsubj  -  PERSON
            spoke     VBD  0  root  speak
            .         .    4  punct
            """), null);
        assertThat(mentions(named(found, "John Sorrell Bradley"))).containsExactly("John Sorrell Bradley", "Bradley");
        assertThat(mentions(named(found, "Daquan Ossie Bradley"))).containsExactly("Daquan Ossie Bradley");
    }

    @Test
    void aFullNameWhoseFirstNameIsAShortFormOrSpellingOfAnothersIsThatPerson() {
        // Regression (GVA dev, stop 51's rule above): "Ron Lee Haskell" and "Ronald Lee Haskell",
        // "Micheal Krol" and "Michael Krol" became two people, as did "Benjamin Woodard" and "Ben Woodard"
        List<Entity> found = ANALYZER.analyze(TextBuilder.parse("""
            Ronald    NNP  4  compound  -  PERSON
            Lee       NNP  4  compound  -  PERSON
            Haskell   NNP  4  nsubj  -  PERSON
            fled      VBD  0  root  flee
            .         .    4  punct

            Haskell   NNP  2  nsubj  -  PERSON
            was       VBD  0  root  be
            33        CD   2  obj  -  NUMBER
            .         .    2  punct

            Ron       NNP  3  compound  -  PERSON
            Lee       NNP  3  compound  -  PERSON
            Haskell   NNP  4  nsubj  -  PERSON
            surrendered  VBD  0  root  surrender
            .         .    4  punct

            Michael   NNP  2  compound  -  PERSON
            Krol      NNP  3  nsubj  -  PERSON
            spoke     VBD  0  root  speak
            .         .    3  punct

            Micheal   NNP  2  compound  -  PERSON
            Krol      NNP  3  nsubj  -  PERSON
            said      VBD  0  root  say
            so        RB   3  advmod
            .         .    3  punct

            Benjamin  NNP  2  compound  -  PERSON
            Woodard   NNP  3  nsubj  -  PERSON
            died      VBD  0  root  die
            .         .    3  punct

            Ben       NNP  2  compound  -  PERSON
            Woodard   NNP  3  nsubj  -  PERSON
            was       VBD  0  root  be
            62        CD   3  obj  -  NUMBER
            .         .    3  punct
            """), null);
        assertThat(mentions(named(found, "Ronald Lee Haskell")))
            .containsExactly("Ronald Lee Haskell", "Haskell", "Ron Lee Haskell");
        assertThat(mentions(named(found, "Michael Krol"))).containsExactly("Michael Krol", "Micheal Krol");
        assertThat(mentions(named(found, "Benjamin Woodard"))).containsExactly("Benjamin Woodard", "Ben Woodard");
        // Regression (GVA dev, a first version): "Freddy Swiger" joined "Fred Swiger", named first,
        // and left the "Freddy" that had been named alone: the name itself goes before its forms
        List<Entity> swiger = ANALYZER.analyze(TextBuilder.parse("""
            Fred      NNP  2  compound  -  PERSON
            Swiger    NNP  3  nsubj  -  PERSON
            died      VBD  0  root  die
            .         .    3  punct

            Freddy    NNP  2  nsubj  -  PERSON
            fled      VBD  0  root  flee
            .         .    2  punct

            Freddy    NNP  2  compound  -  PERSON
            Swiger    NNP  3  nsubj  -  PERSON
            surrendered  VBD  0  root  surrender
            .         .    3  punct
            """), null);
        assertThat(mentions(named(swiger, "Freddy Swiger"))).containsExactly("Freddy", "Freddy Swiger");
        // a form of each of the person's full names: two middle initials are two people
        List<Entity> smiths = ANALYZER.analyze(TextBuilder.parse("""
            John      NNP  3  compound  -  PERSON
            Smith     NNP  3  flat  -  PERSON
            spoke     VBD  0  root  speak
            .         .    3  punct

            John      NNP  3  compound  -  PERSON
            A.        NNP  3  compound  -  PERSON
            Smith     NNP  4  nsubj  -  PERSON
            died      VBD  0  root  die
            .         .    4  punct

            John      NNP  3  compound  -  PERSON
            B.        NNP  3  compound  -  PERSON
            Smith     NNP  4  nsubj  -  PERSON
            fled      VBD  0  root  flee
            .         .    4  punct
            """), null);
        assertThat(mentions(named(smiths, "John A. Smith"))).containsExactly("John Smith", "John A. Smith");
        assertThat(mentions(named(smiths, "John B. Smith"))).containsExactly("John B. Smith");
    }

    @Test
    void aFirstNameThatOnlyBeginsLikeAnothersOrDiffersInAShortNameIsAnotherPerson() {
        // "Tonya" is no longer "Tony", "Erin" no misspelt "Eric": siblings share a surname
        List<Entity> found = ANALYZER.analyze(TextBuilder.parse("""
            Tony      NNP  2  compound  -  PERSON
            Williams  NNP  3  nsubj  -  PERSON
            died      VBD  0  root  die
            .         .    3  punct

            Tonya     NNP  2  compound  -  PERSON
            Williams  NNP  3  nsubj  -  PERSON
            spoke     VBD  0  root  speak
            .         .    3  punct

            Eric      NNP  2  compound  -  PERSON
            Smith     NNP  3  nsubj  -  PERSON
            died      VBD  0  root  die
            .         .    3  punct

            Erin      NNP  2  compound  -  PERSON
            Smith     NNP  3  nsubj  -  PERSON
            spoke     VBD  0  root  speak
            .         .    3  punct
            """), null);
        assertThat(mentions(named(found, "Tony Williams"))).containsExactly("Tony Williams");
        assertThat(mentions(named(found, "Tonya Williams"))).containsExactly("Tonya Williams");
        assertThat(mentions(named(found, "Eric Smith"))).containsExactly("Eric Smith");
        assertThat(mentions(named(found, "Erin Smith"))).containsExactly("Erin Smith");
    }

    @Test
    void anOrganisationNamedAfterATitledPersonStaysWhole() {
        List<Entity> school = ANALYZER.analyze(TextBuilder.parse("""
            Governor  NNP  2  compound  -  ORGANIZATION
            Morehead  NNP  3  compound  -  ORGANIZATION
            School    NNP  4  nsubj  -  ORGANIZATION
            closed    VBD  0  root  close
            .         .    4  punct
            """), null);
        assertThat(school).extracting(Entity::name).containsExactly("Governor Morehead School");
        // Regression (GVA dev): "Princess" is a title, "Anne Hospital" no person
        List<Entity> hospital = ANALYZER.analyze(TextBuilder.parse("""
            Sentara   NNP  4  compound  -  ORGANIZATION
            Princess  NNP  4  compound  -  ORGANIZATION
            Anne      NNP  4  compound  -  ORGANIZATION
            Hospital  NNP  5  nsubj  -  ORGANIZATION
            closed    VBD  0  root  close
            .         .    5  punct
            """), null);
        assertThat(hospital).extracting(Entity::name).containsExactly("Sentara Princess Anne Hospital");
        // Regression (ECB+ dev): an office named by its title keeps it
        List<Entity> office = ANALYZER.analyze(TextBuilder.parse("""
            Office    NNP  6  nsubj  -  ORGANIZATION
            of        IN   5  case  -  ORGANIZATION
            the       DT   5  det  -  ORGANIZATION
            Chief     NNP  5  compound  -  ORGANIZATION
            Medical   NNP  5  compound  -  ORGANIZATION
            Examiner  NNP  1  nmod  -  ORGANIZATION
            said      VBD  0  root  say
            .         .    7  punct
            """), null);
        assertThat(office).extracting(Entity::name).containsExactly("Office of the Chief Medical Examiner");
        // an agency's initials end no person's name
        List<Entity> initials = ANALYZER.analyze(TextBuilder.parse("""
            Anson    NNP  5  compound  -  ORGANIZATION
            County   NNP  5  compound  -  ORGANIZATION
            Sheriff  NNP  5  compound  -  ORGANIZATION
            Landric  NNP  5  compound  -  ORGANIZATION
            Reid     NNP  6  compound  -  ORGANIZATION
            SBI      NNP  7  nsubj  -  ORGANIZATION
            said     VBD  0  root  say
            .        .    7  punct
            """), null);
        assertThat(initials).extracting(Entity::type).doesNotContain(EntityType.PERSON);
    }

    @Test
    void aStateCodeAfterACommaStaysAPlace() {
        AnnotatedText text = TextBuilder.parse("""
            He       PRP - - - O
            moved    VBD - - - O
            to       TO  - - - O
            Portland NNP - - - CITY
            ,        ,   - - - O
            OR       NNP - - - STATE_OR_PROVINCE
            .        .   - - - O
            """);
        List<Entity> found = ANALYZER.analyze(text, null);
        assertThat(names(found, EntityType.LOCATION)).containsExactly("Portland", "OR");
    }

    @Test
    void aDatelineIsAPlaceWhateverTheTaggerMadeOfIt() {
        // the tagger's reading of an all-capital two-word town: a person "HAVEN"
        AnnotatedText text = TextBuilder.parse("""
            EAST     NNP - - - O
            HAVEN    NNP - - - PERSON
            (        -LRB- - - - O
            WTNH     NNP - - - ORGANIZATION
            )        -RRB- - - - O
            –        :   - - - O
            Police   NNS - - - O
            arrested VBD - - - O
            a        DT  - - - O
            man      NN  - - - O
            .        .   - - - O
            """);
        List<Entity> found = ANALYZER.analyze(text, null);
        assertThat(named(found, "EAST HAVEN").type()).isEqualTo(EntityType.LOCATION);
        assertThat(named(found, "WTNH").type()).isEqualTo(EntityType.ORGANIZATION);
        // no one named: the man arrested is a person without a name (entities: unnamed)
        assertThat(names(found.stream().filter(e -> !e.unnamed()).toList(), EntityType.PERSON)).isEmpty();
        assertThat(names(found, EntityType.PERSON)).containsExactly("man");
    }

    @Test
    void aDatelineWithItsStateAndAgency() {
        AnnotatedText text = TextBuilder.parse("""
            MILFORD  NNP - - - CITY
            ,        ,   - - - O
            Conn.    NNP - - - STATE_OR_PROVINCE
            (        -LRB- - - - O
            AP       NNP - - - O
            )        -RRB- - - - O
            —        :   - - - O
            A        DT  - - - O
            fire     NN  - - - O
            broke    VBD - - - O
            out      RP  - - - O
            .        .   - - - O
            """);
        List<Entity> found = ANALYZER.analyze(text, null);
        assertThat(names(found, EntityType.LOCATION)).containsExactly("MILFORD", "Conn.");
        assertThat(names(found, EntityType.ORGANIZATION)).containsExactly("AP");
    }

    @Test
    void aCapitalWordBeforeADashIsNoDatelineWhenNothingSaysItIsAPlace() {
        AnnotatedText text = TextBuilder.parse("""
            UPDATE   NN  - - - O
            -        :   - - - O
            The      DT  - - - O
            council  NN  - - - O
            met      VBD - - - O
            .        .   - - - O
            """);
        assertThat(ANALYZER.analyze(text, null)).isEmpty();
    }

    @Test
    void noDatelineFromAPrepositionOrAHyphenatedWord() {
        AnnotatedText text = TextBuilder.parse("""
            OF       IN  - - - O
            THE      DT  - - - O
            SISTERS  NNS - - - O
            ,        ,   - - - O
            ANNA     NNP - - - PERSON
            WENDELL  NNP - - - PERSON
            --       :   - - - O
            SHE      PRP - - - O
            SPOKE    VBD - - - O
            .        .   - - - O
            ¶
            ARKANSAS NNP - - - STATE_OR_PROVINCE
            ,        ,   - - - O
            GUN      NN  - - - O
            -        HYPH - - - O
            SHOW     NN  - - - O
            RULES    NNS - - - O
            CHANGE   VBP - - - O
            """);
        List<Entity> found = ANALYZER.analyze(text, null);
        assertThat(names(found, EntityType.PERSON)).contains("ANNA WENDELL");
        assertThat(names(found, EntityType.LOCATION)).containsExactly("ARKANSAS");
    }

    @Test
    void aKnownTownOrCountyInCapitalsIsADatelineThoughTheTaggerSawNoPlace() {
        // the tagger reads most towns in capitals as no name at all: 90 of the 153 unread
        // datelines of the GVA dev texts ("DENVER —", "SALT LAKE CITY —") are towns of the
        // Postal Service's list, and a county with its state's postal code is a place whatever
        // the tagger made of it ("FRANKLIN COUNTY, WA-", tagged MISC)
        AnnotatedText text = TextBuilder.parse("""
            SALT     NNP - - - O
            LAKE     NNP - - - O
            CITY     NNP - - - O
            —        :   - - - O
            Friends  NNS - - - O
            held     VBD - - - O
            a        DT  - - - O
            vigil    NN  - - - O
            .        .   - - - O
            ¶
            FRANKLIN NNP - - - MISC
            COUNTY   NNP - - - MISC
            ,        ,   - - - O
            WA       NNP - - - O
            -        :   - - - O
            Deputies NNS - - - O
            arrested VBD - - - O
            a        DT  - - - O
            man      NN  - - - O
            .        .   - - - O
            """);
        List<Entity> found = ANALYZER.analyze(text, null);
        assertThat(names(found, EntityType.LOCATION)).containsExactlyInAnyOrder("SALT LAKE CITY", "FRANKLIN COUNTY", "WA");
    }

    @Test
    void anEntityIsNamedAsTheTextWritesItNotAsItsDatelineShouts() {
        // "DENVER —" then "Denver police": the entity was named "DENVER", its first longest name
        AnnotatedText text = TextBuilder.parse("""
            DENVER   NNP - - - O
            —        :   - - - O
            Two      CD  - - - NUMBER
            men      NNS - - - O
            died     VBD - - - O
            .        .   - - - O

            Denver   NNP - - - CITY
            police   NNS - - - O
            said     VBD - - - O
            so       RB  - - - O
            .        .   - - - O
            """);
        Entity denver = named(ANALYZER.analyze(text, null), "Denver");
        assertThat(denver.type()).isEqualTo(EntityType.LOCATION);
        assertThat(mentions(denver)).containsExactly("DENVER", "Denver");
    }

    @Test
    void aDatelineWithAStationOfSeveralWordsOrADayInBrackets() {
        AnnotatedText text = TextBuilder.parse("""
            SAN      NNP - - - O
            DIEGO    NNP - - - O
            (        -LRB- - - - O
            CBS      NNP - - - ORGANIZATION
            8        CD  - - - NUMBER
            )        -RRB- - - - O
            -        :   - - - O
            Officials NNS - - - O
            identified VBD - - - O
            three    CD  - - - NUMBER
            people   NNS - - - O
            .        .   - - - O
            ¶
            KINLOCH  NNP - - - O
            ,        ,   - - - O
            Mo.      NNP - - - STATE_OR_PROVINCE
            (        -LRB- - - - O
            Feb.     NNP - - - DATE
            20       CD  - - - DATE
            ,        ,   - - - DATE
            2014     CD  - - - DATE
            )        -RRB- - - - O
            —        :   - - - O
            Police   NNS - - - O
            are      VBP - - - O
            investigating VBG - - - O
            .        .   - - - O
            """);
        List<Entity> found = ANALYZER.analyze(text, null);
        assertThat(names(found, EntityType.LOCATION)).containsExactlyInAnyOrder("SAN DIEGO", "KINLOCH", "Mo.");
        assertThat(names(found, EntityType.ORGANIZATION)).containsExactly("CBS 8");
    }

    @Test
    void aDatelineAfterNearADashOrItsAgency() {
        AnnotatedText text = TextBuilder.parse("""
            NEAR     NNP - - - O
            DALLAS   NNP - - - O
            ,        ,   - - - O
            Ore.     NNP - - - O
            –        :   - - - O
            Deputies NNS - - - O
            said     VBD - - - O
            so       RB  - - - O
            .        .   - - - O
            ¶
            -        :   - - - O
            LITTLE   NNP - - - O
            ROCK     NNP - - - O
            ,        ,   - - - O
            Ark.     NNP - - - O
            -        :   - - - O
            A        DT  - - - O
            boy      NN  - - - O
            died     VBD - - - O
            .        .   - - - O
            ¶
            (        -LRB- - - - O
            AP       NNP - - - O
            )        -RRB- - - - O
            GREENVILLE NNP - - - O
            ,        ,   - - - O
            N.C.     NNP - - - O
            -        :   - - - O
            A        DT  - - - O
            man      NN  - - - O
            fled     VBD - - - O
            .        .   - - - O
            """);
        List<Entity> found = ANALYZER.analyze(text, null);
        assertThat(names(found, EntityType.LOCATION))
            .containsExactlyInAnyOrder("DALLAS", "Ore.", "LITTLE ROCK", "Ark.", "GREENVILLE", "N.C.");
        assertThat(names(found, EntityType.ORGANIZATION)).containsExactly("AP");
    }

    @Test
    void aNameBetweenDashesOrAPhotoCreditBeforeADatelineIsNoPlaceOrAgency() {
        // a transcript's "-- MICHELLE --" (the anchor's name) was read as a place, and a photo
        // credit's paragraph "(WISH Photo)" as the agency of the dateline in the next paragraph
        AnnotatedText text = TextBuilder.parse("""
            --       :   - - - O
            MICHELLE NNP - - - PERSON
            --       :   - - - O
            TWO      CD  - - - NUMBER
            BOYS     NNS - - - O
            DIED     VBD - - - O
            .        .   - - - O
            ¶
            (        -LRB- - - - O
            WISH     NNP - - - ORGANIZATION
            Photo    NNP - - - O
            )        -RRB- - - - O
            ¶
            INDIANAPOLIS NNP - - - CITY
            (        -LRB- - - - O
            WISH     NNP - - - ORGANIZATION
            )        -RRB- - - - O
            –        :   - - - O
            Police   NNS - - - O
            confirmed VBD - - - O
            it       PRP - - - O
            .        .   - - - O
            """);
        List<Entity> found = ANALYZER.analyze(text, null);
        assertThat(names(found, EntityType.PERSON)).contains("MICHELLE");
        assertThat(names(found, EntityType.LOCATION)).containsExactly("INDIANAPOLIS");
        assertThat(names(found, EntityType.ORGANIZATION)).doesNotContain("WISH Photo");
    }

    @Test
    void aHeadingBeforeADashThatNoListKnowsStaysNoPlace() {
        AnnotatedText text = TextBuilder.parse("""
            FILE     NN  - - - O
            -        :   - - - O
            Police   NNS - - - O
            at       IN  - - - O
            the      DT  - - - O
            scene    NN  - - - O
            .        .   - - - O
            ¶
            BREAKING NNP - - - O
            NEWS     NNP - - - O
            -        :   - - - O
            3        CD  - - - NUMBER
            DEAD     JJ  - - - O
            """);
        assertThat(names(ANALYZER.analyze(text, null), EntityType.LOCATION)).isEmpty();
    }

    @Test
    void aPersonKeepsPersonWhenTheTaggerCallsTheSurnameAnOrganisation() {
        AnnotatedText text = TextBuilder.parse("""
            The      DT  - - - O
            band     NN  - - - O
            hired    VBD - - - O
            singer   NN  - - - O
            Anna     NNP - - - PERSON
            Wendell  NNP - - - PERSON
            .        .   - - - O

            Wendell  NNP - - - ORGANIZATION
            sang     VBD - - - O
            twice    RB  - - - O
            .        .   - - - O
            """);
        Entity anna = named(ANALYZER.analyze(text, null), "Anna Wendell");
        assertThat(anna.type()).isEqualTo(EntityType.PERSON);
        assertThat(mentions(anna)).containsExactly("Anna Wendell", "Wendell");
    }

    @Test
    void aNameAfterBlockOfIsAnAddress() {
        AnnotatedText text = TextBuilder.parse("""
            Shots    NNS - - - O
            were     VBD - - - O
            fired    VBN - - - O
            in       IN  - - - O
            the      DT  - - - O
            200      CD  - - - NUMBER
            block    NN  - - - O
            of       IN  - - - O
            Ellen    NNP - - - PERSON
            Court    NNP - - - PERSON
            .        .   - - - O
            """);
        assertThat(names(ANALYZER.analyze(text, null), EntityType.LOCATION)).containsExactly("Ellen Court");
    }

    @Test
    void anOfficeIsOfTheCountryWhosePossessiveItFollows() {
        // the demo's "Azerbaijan's Foreign Ministry said ..." came out uncoded, beside the Armenian
        // one coded ARM, and the two ministries were one identity across articles
        AnnotatedText text = TextBuilder.parse("""
            Azerbaijan NNP - - - COUNTRY
            's         POS - - - O
            Foreign    NNP - - - ORGANIZATION
            Ministry   NNP - - - ORGANIZATION
            said       VBD - - - O
            that       IN  - - - O
            the        DT  - - - O
            United     NNP - - - COUNTRY
            States     NNP - - - COUNTRY
            '          POS - - - O
            State      NNP - - - ORGANIZATION
            Department NNP - - - ORGANIZATION
            and        CC  - - - O
            the        DT  - - - O
            Armenian   JJ  - - - NATIONALITY
            Defence    NNP - - - ORGANIZATION
            Ministry   NNP - - - ORGANIZATION
            were       VBD - - - O
            wrong      JJ  - - - O
            .          .   - - - O
            """);
        List<Entity> found = ANALYZER.analyze(text, null);
        assertThat(named(found, "Foreign Ministry").code()).isEqualTo("AZE");
        assertThat(named(found, "State Department").code()).isEqualTo("USA");
        assertThat(named(found, "Defence Ministry").code()).isEqualTo("ARM");
    }
}
