package org.dateline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Passives without their auxiliary, on parses written down as CoreNLP gives them. */
class ReducedPassivesTest {
    /** The relation of each word of the one sentence after relabelling, as "word:relation". */
    private static List<String> relabelled(String table) {
        AnnotatedText t = TextBuilder.parse(table);
        List<Dependency> edges = ReducedPassives.relabel(t.sentences().get(0).dependencies(), t.tokens());
        return edges.stream().filter(d -> d.relation().startsWith("nsubj"))
            .map(d -> t.tokens().get(d.dependent()).word() + ":" + d.relation()).toList();
    }

    @Test
    void aHeadlineOfVictimsIsPassive() {
        // the parse of "Four men shot Wednesday night in Chicago." (a regression: the men were the shooters)
        assertThat(relabelled("""
            Four      CD   2 nummod
            men       NNS  3 nsubj
            shot      VBD  0 root      shoot
            Wednesday NNP  5 compound
            night     NN   3 obl:tmod
            in        IN   7 case
            Chicago   NNP  3 obl
            .         .    3 punct
            """)).containsExactly("men:nsubj:pass");
        assertThat(relabelled("""
            Two     CD   2 nummod
            people  NNS  3 nsubj
            shot    VBN  0 root   shoot
            dead    JJ   3 obj
            .       .    3 punct
            """)).containsExactly("people:nsubj:pass");
    }

    @Test
    void anActiveClauseStaysActive() {
        assertThat(relabelled("""
            Police  NNS  2 nsubj   police
            shot    VBD  0 root    shoot
            a       DT   4 det
            man     NN   2 obj
            .       .    2 punct
            """)).containsExactly("Police:nsubj");
        assertThat(relabelled("""
            The     DT   2 det
            officer NN   3 nsubj
            shot    VBD  0 root    shoot
            first   RB   3 advmod
            .       .    3 punct
            """)).as("a doer shooting").containsExactly("officer:nsubj");
        assertThat(relabelled("""
            The   DT   2 det
            man   NN   4 nsubj
            he    PRP  4 nsubj
            shot  VBD  0 root   shoot
            died  VBD  4 obj    die
            .     .    4 punct
            """)).as("a pronoun subject").containsExactly("man:nsubj", "he:nsubj");
        assertThat(relabelled("""
            Two   CD   2 nummod
            men   NNS  4 nsubj
            had   VBD  4 aux    have
            shot  VBN  0 root   shoot
            .     .    4 punct
            """)).as("an auxiliary").containsExactly("men:nsubj");
        assertThat(relabelled("""
            Brian     NNP  2 compound
            Harleman  NNP  3 nsubj
            shot      VBD  0 root    shoot
            and       CC   5 cc
            killed    VBD  3 conj    kill
            Samantha  NNP  7 compound
            Carpenter NNP  5 obj
            .         .    3 punct
            """)).as("an object shared with the verb beside it").containsExactly("Harleman:nsubj");
        assertThat(relabelled("""
            Deputies  NNS  2 nsubj   deputy
            said      VBD  0 root    say
            Clifford  NNP  4 compound
            Blanchard NNP  5 nsubj
            shot      VBD  2 ccomp   shoot
            and       CC   7 cc
            killed    VBD  2 conj    kill
            his       PRP$ 9 nmod:poss
            wife      NN   7 obj
            .         .    2 punct
            """)).as("the verb after its 'and' hung elsewhere").containsExactly("Deputies:nsubj", "Blanchard:nsubj");
        assertThat(relabelled("""
            Man     NN   2 nsubj
            shot    VBD  0 root    shoot
            and     CC   4 cc
            killed  VBN  2 conj    kill
            in      IN   6 case
            Phoenix NNP  4 obl
            """)).as("a headline's two harms").containsExactly("Man:nsubj:pass");
        assertThat(relabelled("""
            a         DT   2 det
            man       NN   3 nsubj
            shot      VBD  0 root    shoot
            at        IN   5 case
            vehicles  NNS  3 obl     vehicle
            .         .    3 punct
            """)).as("an aim").containsExactly("man:nsubj");
        assertThat(relabelled("""
            Brumby  NNP  2 nsubj
            shot    VBD  0 root    shoot
            first   RB   2 advmod
            .       .    2 punct
            """)).as("a shooter's adverb").containsExactly("Brumby:nsubj");
        assertThat(relabelled("""
            Two    CD   2 nummod
            men    NNS  3 nsubj
            fled   VBD  0 root   flee
            .      .    3 punct
            """)).as("a verb of no table").containsExactly("men:nsubj");
    }
}
