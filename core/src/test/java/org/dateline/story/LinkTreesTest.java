package org.dateline.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.dateline.analyze.data.TsvTable;
import org.junit.jupiter.api.Test;

class LinkTreesTest {
    private static final List<String> FEATURES = List.of("words_cosine", "same_day");
    private static final String HEADER = "tree\tnode\tfeature\tthreshold\tleft\tright\tvalue\n";

    private static TsvTable table(String rows) throws IOException {
        return TsvTable.parse("t.tsv", new StringReader(HEADER + rows));
    }

    @Test
    void sumsTheLeafEachTreeLeadsTo() throws IOException {
        // A bias, then a tree on the cosine whose high branch asks whether the day is shared.
        LinkTrees trees = LinkTrees.read(table("""
            0\t0\t-\t-\t-\t-\t-2
            1\t0\twords_cosine\t0.3\t1\t2\t-
            1\t1\t-\t-\t-\t-\t-1
            1\t2\tsame_day\t0.5\t3\t4\t-
            1\t3\t-\t-\t-\t-\t1.5
            1\t4\t-\t-\t-\t-\t3
            """), FEATURES);
        assertEquals(2, trees.trees());
        assertEquals(-3, trees.score(new double[] {0.1, 1}), 1e-9);
        assertEquals(-0.5, trees.score(new double[] {0.4, 0}), 1e-9);
        assertEquals(1, trees.score(new double[] {0.4, 1}), 1e-9);
        assertEquals(-3, trees.score(new double[] {0.3, 1}), 1e-9, "at the threshold a pair goes left");
    }

    @Test
    void anUnknownFeatureIsRefusedWithItsRow() throws IOException {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> LinkTrees.read(table("""
            0\t0\tlead_cosine\t0.3\t1\t2\t-
            0\t1\t-\t-\t-\t-\t-1
            0\t2\t-\t-\t-\t-\t1
            """), FEATURES));
        assertTrue(e.getMessage().contains("lead_cosine") && e.getMessage().contains("t.tsv:2"), e.getMessage());
    }

    @Test
    void aChildThatIsNotALaterNodeOfItsTreeIsRefused() throws IOException {
        // A loop back to the root would never end; a child in the next tree would mix two trees.
        assertThrows(IllegalStateException.class, () -> LinkTrees.read(table("""
            0\t0\twords_cosine\t0.3\t0\t1\t-
            0\t1\t-\t-\t-\t-\t1
            """), FEATURES));
        assertThrows(IllegalStateException.class, () -> LinkTrees.read(table("""
            0\t0\twords_cosine\t0.3\t1\t2\t-
            0\t1\t-\t-\t-\t-\t1
            1\t0\t-\t-\t-\t-\t1
            """), FEATURES));
    }

    @Test
    void theShippedModelReadsAndScoresWithinReason() {
        // Every feature at 0 shares nothing: no link. Everything shared on one day: a link.
        LinkModel model = LinkModel.standard();
        assertTrue(model != null);
        LinkTrees trees = LinkTrees.read(TsvTable.resource(LinkModel.class, "story-link-trees.tsv"), LinkModel.featureNames());
        double[] nothing = new double[LinkModel.featureNames().size()];
        assertTrue(trees.score(nothing) < 0, "nothing shared must not link");
        double[] all = new double[nothing.length];
        for (String f : List.of("words_cosine", "lead_cosine", "person_rarity", "person_shared", "place_rarity",
                "place_shared", "same_day", "main_person_same", "main_place_same", "toll_same")) {
            all[LinkModel.featureNames().indexOf(f)] = 0.9;
        }
        assertTrue(trees.score(all) > 0, "the same names, words and day must link");
    }
}
