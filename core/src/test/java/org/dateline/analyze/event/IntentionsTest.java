package org.dateline.analyze.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.Set;
import org.dateline.analyze.data.TsvTable;
import org.dateline.nlp.Token;
import org.junit.jupiter.api.Test;

/** The words of {@code intentions.tsv}; the rules that use them are tested in {@link EventKindsTest}. */
class IntentionsTest {
    private static Token word(String lemma, String pos) {
        return new Token(0, 0, 0, lemma.length(), lemma, pos, lemma, "O");
    }

    private static TsvTable table(String body) throws IOException {
        return TsvTable.parse("intentions.tsv", new StringReader("lemma\tkind\n" + body));
    }

    @Test
    void theStandardTableKnowsEachKind() {
        Intentions i = Intentions.standard();
        assertThat(i.kind(word("vow", "VBD"))).isEqualTo(Intentions.Kind.VOW);
        assertThat(i.kind(word("ready", "JJ"))).isEqualTo(Intentions.Kind.READY);
        assertThat(i.kind(word("tolerate", "VB"))).isEqualTo(Intentions.Kind.TOLERATE);
        assertThat(i.kind(word("keep", "VB"))).isEqualTo(Intentions.Kind.CARRY);
        assertThat(i.kind(word("work", "VB"))).isEqualTo(Intentions.Kind.COOPERATE);
        assertThat(i.kind(word("attack", "VB"))).isNull();
    }

    @Test
    void aCooperationVerbAsksForAParseOnlyBesideAWordOfReadiness() {
        Intentions i = Intentions.standard();
        assertThat(i.mayMatter(word("work", "VB"), Set.of("be", "willing", "to", "work"))).isTrue();
        assertThat(i.mayMatter(word("work", "VBD"), Set.of("she", "work", "with", "refugee"))).isFalse();
        assertThat(i.mayMatter(word("tolerate", "VB"), Set.of("tolerate"))).isTrue();
    }

    @Test
    void aMalformedRowFailsNamingTheTableAndItsLine() throws IOException {
        assertThatThrownBy(() -> Intentions.read(table("vow\tvow\nready\tredy\n")))
            .hasMessageStartingWith("intentions.tsv:3").hasMessageContaining("redy");
        assertThatThrownBy(() -> Intentions.read(table("vow\tvow\nvow\tready\n")))
            .hasMessageStartingWith("intentions.tsv:3").hasMessageContaining("twice");
        assertThatThrownBy(() -> Intentions.read(TsvTable.parse("intentions.tsv", new StringReader("lemma\tsort\nvow\tvow\n"))))
            .hasMessageContaining("kind");
    }
}
