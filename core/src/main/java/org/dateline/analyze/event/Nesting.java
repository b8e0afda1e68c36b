package org.dateline.analyze.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.nlp.DependencyTree;

/**
 * Keeps one event per act. A trigger inside another trigger's arguments is usually its content or
 * its topic, not a second event: "threatened to [attack]", "called for a [ceasefire]", "discussed
 * [cooperation]", "provided economic [aid]". Coordinated clauses ("met and signed") are separate
 * acts; adverbial and relative clauses are separate acts when they are of another type ("arrested
 * activists after they [protested]") and a repetition when of the same ("shelled Kharkiv, [killing]").
 */
final class Nesting {
    private static final Set<String> INDEPENDENT = Set.of("conj", "parataxis");
    private static final Set<String> ADJUNCT = Set.of("advcl", "acl", "acl:relcl");

    private Nesting() {}

    static List<Found> outermost(DependencyTree tree, List<Found> found) {
        List<Found> kept = new ArrayList<>();
        for (Found inner : found) {
            boolean nested = false;
            for (Found outer : found) {
                if (outer != inner && tree.dominates(outer.token(), inner.token())
                    && contained(tree, outer, inner)) {
                    nested = true;
                    break;
                }
            }
            if (!nested) {
                kept.add(inner);
            }
        }
        return kept;
    }

    private static boolean contained(DependencyTree tree, Found outer, Found inner) {
        boolean adjunct = false;
        for (int t = inner.token(); t >= 0 && t != outer.token(); t = tree.head(t)) {
            String rel = tree.relation(t);
            if (INDEPENDENT.contains(rel)) {
                return false;
            }
            adjunct |= ADJUNCT.contains(rel);
        }
        return !adjunct || outer.entry().type() == inner.entry().type();
    }
}
