package org.dateline.analyze.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.dateline.analyze.data.TsvTable;
import org.dateline.model.EventMode;
import org.dateline.model.EventType;
import org.dateline.nlp.TextBuilder;
import org.dateline.nlp.Token;
import org.dateline.testing.Parses;
import org.junit.jupiter.api.Test;

class EventLexiconTest {
    private final EventLexicon lexicon = EventLexicon.standard();

    private static Token verb(String lemma) {
        return new Token(0, 0, 0, lemma.length(), lemma, "VBD", lemma, "O");
    }

    private static Token noun(String lemma) {
        return new Token(0, 0, 0, lemma.length(), lemma, "NNS", lemma, "O");
    }

    @Test
    void everyCategoryHasTriggers() {
        Set<EventType> covered = EnumSet.noneOf(EventType.class);
        for (TsvTable.Row row : TsvTable.resource(EventLexicon.class, "triggers.tsv").rows()) {
            covered.add(EventType.valueOf(row.get("type")));
        }
        assertThat(covered).containsExactlyInAnyOrder(EventType.values());
    }

    @Test
    void plainVerbs() {
        assertThat(lexicon.match(verb("meet"), Set.of()).type()).isEqualTo(EventType.CONSULT);
        assertThat(lexicon.match(verb("accuse"), Set.of()).mode()).isEqualTo(EventMode.ALLEGE);
        assertThat(lexicon.match(verb("shell"), Set.of()).mode()).isEqualTo(EventMode.HEAVY_WEAPONS);
    }

    @Test
    void withdrawIsToldApartByItsPhrase() {
        assertThat(lexicon.match(verb("withdraw"), Set.of("troops", "from")).type()).isEqualTo(EventType.RETREAT);
        assertThat(lexicon.match(verb("withdraw"), Set.of("treaty", "from")).type()).isEqualTo(EventType.SANCTION);
        assertThat(lexicon.match(verb("withdraw"), Set.of("bill", "the")).type()).isEqualTo(EventType.CONCEDE);
    }

    @Test
    void jointDrillsCooperateOwnDrillsMobilize() {
        assertThat(lexicon.match(noun("drill"), Set.of("joint")).type()).isEqualTo(EventType.COOPERATE);
        assertThat(lexicon.match(noun("drill"), Set.of("military")).type()).isEqualTo(EventType.MOBILIZE);
    }

    @Test
    void strikeNounByItsModifier() {
        assertThat(lexicon.match(noun("strike"), Set.of("hunger")).mode()).isEqualTo(EventMode.HUNGER);
        assertThat(lexicon.match(noun("strike"), Set.of("drone")).type()).isEqualTo(EventType.ASSAULT);
        assertThat(lexicon.match(noun("strike"), Set.of("general")).mode()).isEqualTo(EventMode.STRIKE);
    }

    @Test
    void conditionalWordWithoutItsPhraseIsNoTrigger() {
        assertThat(lexicon.match(verb("sign"), Set.of("autograph"))).isNull();
        assertThat(lexicon.match(verb("call"), Set.of("him", "liar"))).isNull();
        assertThat(lexicon.match(verb("speak"), Set.of("reporters"))).isNull();
    }

    @Test
    void exclusionsKeepOtherSenses() {
        assertThat(lexicon.match(verb("release"), Set.of("statement"))).isNull();
        assertThat(lexicon.match(verb("release"), Set.of("hostages")).mode()).isEqualTo(EventMode.RELEASE);
    }

    @Test
    void phrasalSenses() {
        assertThat(lexicon.match(verb("open"), Set.of("fire", "on")).mode()).isEqualTo(EventMode.FIREARMS);
        assertThat(lexicon.match(verb("open"), Set.of("door"))).isNull();
        assertThat(lexicon.match(verb("pull"), Set.of("out", "deal")).type()).isEqualTo(EventType.SANCTION);
        assertThat(lexicon.match(verb("pull"), Set.of("out", "troops")).type()).isEqualTo(EventType.RETREAT);
        assertThat(lexicon.match(verb("receive"), Set.of("delegation")).frame()).isEqualTo(Frame.HOSTING);
        assertThat(lexicon.match(verb("strike"), Set.of("deal")).type()).isEqualTo(EventType.AGREE);
        assertThat(lexicon.match(verb("strike"), Set.of("me", "as"))).isNull();
        assertThat(lexicon.match(verb("attack"), Set.of("policy")).type()).isEqualTo(EventType.ACCUSE);
    }

    @Test
    void parseFilterSkipsRareSensesTheSentenceCannotHave() {
        assertThat(lexicon.mayTrigger(verb("open"), Set.of("open", "door"))).isFalse();
        assertThat(lexicon.mayTrigger(verb("open"), Set.of("open", "fire"))).isTrue();
        assertThat(lexicon.mayTrigger(verb("meet"), Set.of("meet"))).isTrue();
    }

    @Test
    void properNounsAndOtherTagsAreNeverTriggers() {
        assertThat(lexicon.mayTrigger(new Token(0, 0, 0, 5, "March", "NNP", "March", "DATE"))).isFalse();
        assertThat(lexicon.mayTrigger(new Token(0, 0, 0, 6, "joint", "JJ", "joint", "O"))).isFalse();
        assertThat(lexicon.mayTrigger(noun("protest"))).isTrue();
    }

    @Test
    void everyModeIsAPloverModeOfItsType() {
        for (TsvTable.Row row : TsvTable.resource(EventLexicon.class, "triggers.tsv").rows()) {
            if (!row.get("mode").equals("-")) {
                assertThat(EventType.valueOf(row.get("type")).modes()).as(row.toString())
                    .contains(EventMode.fromWire(row.get("mode")));
            }
        }
        for (TsvTable.Row row : TsvTable.resource(ModeCues.class, "modes.tsv").rows()) {
            assertThat(EventType.valueOf(row.get("type")).modes()).as(row.toString())
                .contains(EventMode.fromWire(row.get("mode")));
        }
    }

    @Test
    void aHyphenatedWordTheTokenizerSplitIsReadWhole() {
        // regression: "cease-fire" (AP's spelling) and "sit-in" are three tokens to CoreNLP, so their
        // rows never matched; the event's trigger is the whole word
        assertThat(Parses.analyze(TextBuilder.parse("""
        The            DT    3   det          the          O
        two            CD    3   nummod       two          NUMBER
        sides          NNS   4   nsubj        side         O
        signed         VBD   0   root         sign         O
        a              DT    8   det          a            O
        cease          NN    8   compound     cease        O
        -              HYPH  8   punct        -            O
        fire           NN    4   obj          fire         O
        in             IN    10  case         in           O
        Doha           NNP   4   obl          Doha         CITY
        .              .     4   punct        .            O
        """)).events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.RETREAT);
            assertThat(e.mode()).isEqualTo(EventMode.CEASEFIRE);
            assertThat(e.trigger().text()).isEqualTo("cease-fire");
        });
        assertThat(Parses.analyze(TextBuilder.parse("""
        Workers        NNS   2   nsubj        worker       O
        staged         VBD   0   root         stage        O
        a              DT    6   det          a            O
        sit            NN    6   compound     sit          O
        -              HYPH  6   punct        -            O
        in             NN    2   obj          in           O
        at             IN    9   case         at           O
        the            DT    9   det          the          O
        factory        NN    2   obl          factory      O
        .              .     2   punct        .            O
        """)).events()).extracting(e -> e.type() + " " + e.trigger().text()).containsExactly("PROTEST sit-in");
    }
}
