package org.dateline.analyze.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.Set;
import org.dateline.analyze.data.TsvTable;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Event;
import org.dateline.model.EventContext;
import org.dateline.model.EventMode;
import org.dateline.model.EventType;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.TextBuilder;
import org.dateline.nlp.Token;
import org.dateline.testing.Parses;
import org.junit.jupiter.api.Test;

/**
 * The CAMEO verb dictionary matched on hand-built parses (no CoreNLP), and its place beside the
 * own lexicon in the event stage.
 */
class CameoDictionaryTest {
    private final CameoDictionary dictionary = CameoDictionary.standard();

    /** The match for the sentence's root verb. */
    private CameoDictionary.Match root(String table) {
        AnnotatedText text = TextBuilder.parse(table);
        var tree = text.sentences().get(0).tree();
        int verb = text.tokens().stream().filter(t -> "root".equals(tree.relation(t.index()))).findFirst().orElseThrow().index();
        return dictionary.match(text, tree, verb);
    }

    @Test
    void aVerbSynonymTakesItsBlocksCode() {
        CameoDictionary.Match m = root("""
            Rebels     NNS  2  nsubj  rebel
            slew       VBD  0  root   slay
            villagers  NNS  2  obj    villager
            .          .    2  punct
            """);
        assertThat(m.coding().type()).isEqualTo(EventType.ASSAULT);
        assertThat(m.coding().cameo()).as("slay is in the block of kill [190]").isEqualTo("190");
        assertThat(m.coding().contexts()).containsExactly(EventContext.MILITARY);
    }

    @Test
    void aWordBeforeTheVerbSelectsAPattern() {
        CameoDictionary.Match m = root("""
            Gunmen     NNS  2  nsubj  gunmen
            slew       VBD  0  root   slay
            villagers  NNS  2  obj    villager
            .          .    2  punct
            """);
        assertThat(m.rule()).isEqualTo("cameo 193 slay: gunmen *");
        assertThat(m.coding().mode()).isEqualTo(EventMode.FIREARMS);
    }

    @Test
    void aPhrasePatternNeedsItsObjectWord() {
        CameoDictionary.Match demonstration = root("""
            Students       NNS  2  nsubj  student
            staged         VBD  0  root   stage
            a              DT   4  det
            demonstration  NN   2  obj
            .              .    2  punct
            """);
        assertThat(demonstration.coding().type()).isEqualTo(EventType.PROTEST);
        assertThat(demonstration.coding().mode()).isEqualTo(EventMode.DEMO);
        assertThat(demonstration.rule()).isEqualTo("cameo 141 stage: * demonstration");

        CameoDictionary.Match concert = root("""
            Students  NNS  2  nsubj  student
            staged    VBD  0  root   stage
            a         DT   4  det
            concert   NN   2  obj
            .         .    2  punct
            """);
        assertThat(concert.coding().type()).as("\"stage\" alone is no event").isNull();
    }

    @Test
    void aPatternWordOnTheWrongSideOfTheVerbDoesNotMatch() {
        CameoDictionary.Match m = root("""
            The            DT   2  det
            demonstration  NN   4  nsubj:pass
            was            VBD  4  aux:pass  be
            staged         VBN  0  root      stage
            .              .    4  punct
            """);
        assertThat(m.coding().type()).as("* demonstration wants the word after the verb").isNull();
    }

    @Test
    void aNounBehindAPrepositionOfANounIsThatNounsNotTheVerbs() {
        // the demo's 2023-02-23 report, as CoreNLP parses it: "to transport weapons" hangs from "road",
        // and "using ... weapons" was coded an assault (utilize &weapon, an armed clash)
        CameoDictionary.Match road = root("""
            Armenia    NNP  3   nsubj     Armenia  COUNTRY
            was        VBD  3   aux       be
            using      VBG  0   root      use
            the        DT   6   det
            Lachin     NNP  6   compound  Lachin   LOCATION
            road       NN   3   obj
            to         IN   9   case
            transport  NN   9   compound
            weapons    NNS  6   nmod      weapon
            .          .    3   punct
            """);
        assertThat(road == null || road.coding().type() == null).as("no event: %s", road == null ? null : road.rule()).isTrue();

        CameoDictionary.Match weapons = root("""
            Troops     NNS  2   nsubj     troop
            used       VBD  0   root      use
            chemical   JJ   4   amod
            weapons    NNS  2   obj       weapon
            .          .    2   punct
            """);
        assertThat(weapons.coding().type()).isEqualTo(EventType.ASSAULT);

        // "of" joins a noun to what it holds: "the use of force" still reads through it
        CameoDictionary.Match series = root("""
            Rebels     NNS  2   nsubj     rebel
            staged     VBD  0   root      stage
            a          DT   4   det
            series     NN   2   obj
            of         IN   6   case
            attacks    NNS  4   nmod      attack
            .          .    2   punct
            """);
        assertThat(series.coding().type()).isEqualTo(EventType.ASSAULT);

        // an adjective the parser hung under such a noun is still the verb's: "found X, from Quincy, dead"
        CameoDictionary.Match dead = root("""
            Police     NNS  2   nsubj     police
            discovered VBD  0   root      discover
            Munnings   NNP  2   obj       Munnings  PERSON
            ,          ,    3   punct
            from       IN   6   case
            Quincy     NNP  3   nmod      Quincy    CITY
            ,          ,    6   punct
            dead       JJ   6   conj
            .          .    2   punct
            """);
        assertThat(dead.coding().type()).isEqualTo(EventType.ASSAULT);
    }

    @Test
    void aParticleVerbIsAVerbOfItsOwn() {
        CameoDictionary.Match off = root("""
            Iran    NNP  2  nsubj         Iran  COUNTRY
            called  VBD  0  root          call
            off     RP   2  compound:prt
            the     DT   5  det
            talks   NNS  2  obj           talk
            .       .    2  punct
            """);
        assertThat(off.coding().type()).isEqualTo(EventType.SANCTION);
        assertThat(off.rule()).startsWith("cameo 160 call");

        CameoDictionary.Match plain = root("""
            Iran    NNP  2  nsubj  Iran  COUNTRY
            called  VBD  0  root   call
            Moscow  NNP  2  obj    Moscow  CITY
            .       .    2  punct
            """);
        assertThat(plain.coding().type())
            .as("call alone is CAMEO 041 CONSULT phone, but verbal categories need a pattern").isNull();
    }

    @Test
    void aNoEventPatternBlocksTheVerbsCode() {
        CameoDictionary.Match blocked = root("""
            The       DT   2  det
            blast     NN   3  nsubj
            killed    VBD  0  root   kill
            soldiers  NNS  3  obj    soldier
            in        IN   6  case
            accident  NN   3  obl
            .         .    3  punct
            """);
        assertThat(blocked.coding().type()).as("killed (in accident) is no event").isNull();
    }

    @Test
    void theOwnLexiconComesFirstAndTheDictionaryFillsItsGaps() {
        ArticleRecord agreed = Parses.analyze(TextBuilder.parse("""
            Armenia     NNP  2  nsubj  Armenia     COUNTRY
            agreed      VBD  0  root   agree
            with        IN   4  case
            Azerbaijan  NNP  2  obl    Azerbaijan  COUNTRY
            .           .    2  punct
            """));
        assertThat(agreed.events()).extracting(Event::type)
            .as("triggers.tsv says AGREE; CAMEO's AGREE block says 050 SUPPORT").containsExactly(EventType.AGREE);

        ArticleRecord besieged = Parses.analyze(TextBuilder.parse("""
            Russia     NNP  2  nsubj  Russia    COUNTRY
            besieged   VBD  0  root   besiege
            Mariupol   NNP  2  obj    Mariupol  CITY
            .          .    2  punct
            """));
        assertThat(besieged.events()).hasSize(1);
        Event e = besieged.events().get(0);
        assertThat(e.type()).as("no trigger row: the dictionary's 191").isEqualTo(EventType.COERCE);
        assertThat(e.mode()).isEqualTo(EventMode.RESTRICT);
        assertThat(e.context()).contains(EventContext.MILITARY);
        assertThat(e.trigger().text()).isEqualTo("besieged");
    }

    @Test
    void aDictionaryVerbAboveAnOwnTriggerLeavesTheEventToIt() {
        ArticleRecord r = Parses.analyze(TextBuilder.parse("""
            Germany    NNP  2  nsubj  Germany  COUNTRY
            imposed    VBD  0  root   impose
            sanctions  NNS  2  obj    sanction
            on         IN   5  case
            Russia     NNP  2  obl    Russia   COUNTRY
            .          .    2  punct
            """));
        assertThat(r.events()).extracting(Event::type)
            .as("CAMEO's impose is 172 COERCE; the own lexicon's sanctions say SANCTION").containsExactly(EventType.SANCTION);
    }

    @Test
    void aCoordinatedDictionaryVerbIsAnActOfItsOwn() {
        ArticleRecord r = Parses.analyze(TextBuilder.parse("""
            Russia    NNP  2  nsubj  Russia    COUNTRY
            attacked  VBD  0  root   attack
            Kharkiv   NNP  2  obj    Kharkiv   CITY
            and       CC   5  cc
            besieged  VBD  2  conj   besiege
            Mariupol  NNP  5  obj    Mariupol  CITY
            .         .    2  punct
            """));
        assertThat(r.events()).extracting(Event::type).containsExactly(EventType.ASSAULT, EventType.COERCE);
    }

    @Test
    void aVerbOfIntentLeavesTheActToItsComplement() {
        ArticleRecord r = Parses.analyze(TextBuilder.parse("""
            Russia    NNP  2  nsubj  Russia    COUNTRY
            prepared  VBD  0  root   prepare
            to        TO   4  mark
            besiege   VB   2  xcomp  besiege
            Mariupol  NNP  4  obj    Mariupol  CITY
            .         .    2  punct
            """));
        assertThat(r.events()).extracting(Event::type)
            .as("prepare alone is CAMEO 030 AGREE; to besiege is the act").containsExactly(EventType.COERCE);
    }

    /** "The president told the gangs that attacks would go unpunished." (by hand, after CoreNLP's parse) */
    private static final String TOLD_THAT_ATTACKS = """
        The         DT   2  det
        president   NN   3  nsubj  president
        told        VBD  0  root   tell
        the         DT   5  det
        gangs       NNS  3  obj    gang
        that        IN   9  mark
        attacks     NNS  9  nsubj  attack
        would       MD   9  aux
        go          VB   3  ccomp  go
        unpunished  JJ   9  xcomp
        .           .    3  punct
        """;

    @Test
    void aSpeechVerbsPatternsStopAtTheClauseItReports() {
        assertThat(root(TOLD_THAT_ATTACKS)).as("tell's '* attack' is about an announced attack, not the reported clause's words")
            .isNull();
        CameoDictionary.Match announced = root("""
            The        DT   2  det
            president  NN   3  nsubj  president
            announced  VBD  0  root   announce
            an         DT   5  det
            attack     NN   3  obj    attack
            .          .    3  punct
            """);
        assertThat(announced.coding().type()).as("the object is the speech verb's own phrase").isEqualTo(EventType.ASSAULT);
    }

    @Test
    void theClauseASpeechVerbReportsCodesOnItsOwn() {
        ArticleRecord r = Parses.analyze(TextBuilder.parse(TOLD_THAT_ATTACKS));
        assertThat(r.events()).extracting(e -> e.trigger().text()).doesNotContain("told");

        ArticleRecord said = Parses.analyze(TextBuilder.parse("""
            The       DT   2   det       the       O
            governor  NN   3   nsubj     governor  TITLE
            said      VBD  0   root      say       O
            that      IN   6   mark      that      O
            rebels    NNS  6   nsubj     rebel     O
            attacked  VBD  3   ccomp     attack    O
            a         DT   9   det       a         O
            police    NN   9   compound  police    O
            station   NN   6   obj       station   O
            in        IN   12  case      in        O
            the       DT   12  det       the       O
            north     NN   6   obl       north     O
            .         .    3   punct     .         O
            """));
        assertThat(said.events()).hasSize(1);
        assertThat(said.events().get(0).trigger().text()).isEqualTo("attacked");
        assertThat(said.events().get(0).factuality()).isEqualTo(org.dateline.model.Factuality.REPORTED);
    }

    @Test
    void aSentenceNeitherSourceCodesHasNoEvent() {
        ArticleRecord r = Parses.analyze(TextBuilder.parse("""
            Armenia  NNP  2  nsubj  Armenia  COUNTRY
            staged   VBD  0  root   stage
            a        DT   4  det
            concert  NN   2  obj
            .        .    2  punct
            """));
        assertThat(r.events()).isEmpty();
    }

    @Test
    void theConvertedFilesLoad() {
        assertThat(CameoDictionary.standard()).isNotNull();
    }

    private static TsvTable table(String name, String body) throws IOException {
        return TsvTable.parse(name, new StringReader(body));
    }

    @Test
    void aMalformedRowFailsNamingItsFileAndLine() throws IOException {
        TsvTable sets = table("cameo-synsets.tsv", "set\tmembers\nweapon\tgun|rifle\n");
        TsvTable verbs = table("cameo-verbs.tsv", "lemma\tblock\tbefore\tafter\tcameo\ttype\tmode\tcontext\n"
            + "kill\tkill\t-\t-\t190\tASSAULT\t-\tmilitary\n");
        String header = "# a comment\nblock\tbefore\tafter\tcameo\ttype\tmode\tcontext\tsubject\n";
        assertThat(CameoDictionary.read(sets, verbs, table("cameo-patterns.tsv",
            header + "kill\t-\t(with &weapon)\t193\tASSAULT\tfirearms\tmilitary\tactor\n"))).isNotNull();

        assertThatThrownBy(() -> CameoDictionary.read(sets, verbs, table("cameo-patterns.tsv",
            header + "kill\t-\t(with &weapon)\t193\tASSALT\tfirearms\tmilitary\tactor\n")))
            .hasMessageStartingWith("cameo-patterns.tsv:3: ").hasMessageContaining("ASSALT");
        assertThatThrownBy(() -> CameoDictionary.read(sets, verbs, table("cameo-patterns.tsv",
            header + "kill\t-\t(with &wepon)\t193\tASSAULT\tfirearms\tmilitary\tactor\n")))
            .hasMessageStartingWith("cameo-patterns.tsv:3: ").hasMessageContaining("&wepon");
        assertThatThrownBy(() -> CameoDictionary.read(sets, verbs, table("cameo-patterns.tsv",
            header + "kill\t-\tgun\t193\tASSAULT\tdemo\tmilitary\tactor\n")))
            .hasMessageStartingWith("cameo-patterns.tsv:3: ").hasMessageContaining("demo");
        assertThatThrownBy(() -> CameoDictionary.read(sets, table("cameo-verbs.tsv",
            "lemma\tblock\tbefore\tafter\tcameo\ttype\tmode\tcontext\nkill\tkill\t-\t-\t19x\tASSAULT\t-\t-\n"),
            table("cameo-patterns.tsv", header)))
            .hasMessageStartingWith("cameo-verbs.tsv:2: ");
    }

    private static Token verb(String lemma) {
        return new Token(0, 0, 0, lemma.length(), lemma, "VBD", lemma, "O");
    }

    @Test
    void theParseFilterWantsAVerbOnlyWhereItCouldCode() {
        assertThat(dictionary.mayTrigger(verb("storm"), Set.of("storm"))).as("ASSAULT codes alone").isTrue();
        assertThat(dictionary.mayTrigger(verb("ensure"), Set.of("ensure", "safety")))
            .as("AGREE codes only through a pattern, and none of ensure's could match").isFalse();
        assertThat(dictionary.mayTrigger(verb("ensure"), Set.of("ensure", "support"))).as("* support").isTrue();
        assertThat(dictionary.mayTrigger(verb("make"), Set.of("make", "sure"))).as("a verb without a code").isFalse();
    }

    /**
     * The filter may let through sentences that code nothing, never stop one that codes: every
     * dictionary verb as the root of "Rebels VERB villagers." that the dictionary codes there is
     * wanted. The sentence is parsed only if the filter wants it, so a filter stricter than
     * {@link CameoDictionary#match} would lose events.
     */
    @Test
    void theParseFilterWantsEveryVerbThatCodesAlone() {
        TsvTable verbs = TsvTable.resource(CameoDictionary.class, "cameo-verbs.tsv", "lemma", "type");
        Set<String> typed = new java.util.HashSet<>();
        verbs.rows().stream().filter(r -> !r.get("type").equals("-")).forEach(r -> typed.add(r.get("lemma")));
        int coded = 0;
        int refusedTyped = 0;
        for (String lemma : verbs.rows().stream().map(r -> r.get("lemma")).distinct().toList()) {
            AnnotatedText text = TextBuilder.parse("Rebels NNS 2 nsubj rebel\n" + lemma + " VBD 0 root " + lemma
                + "\nvillagers NNS 2 obj villager\n. . 2 punct");
            Token t = text.tokens().get(1);
            CameoDictionary.Match m = dictionary.match(text, text.sentences().get(0).tree(), 1);
            boolean wanted = dictionary.mayTrigger(t, Phrase.sentence(text, text.sentences().get(0)));
            if (m != null && m.coding().type() != null) {
                coded++;
                assertThat(wanted).as(lemma + " codes " + m.rule()).isTrue();
            } else if (!wanted && typed.contains(lemma)) {
                refusedTyped++;
            }
        }
        assertThat(coded).isGreaterThan(100);
        assertThat(refusedTyped).as("verbs with a PLOVER code that code nothing here send no sentence to the parser")
            .isGreaterThan(100);
    }
}
