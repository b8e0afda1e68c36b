package org.dateline.analyze.event;

import java.util.Set;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.DependencyTree;
import org.dateline.nlp.Token;

/**
 * An "-ing" clause without a subject of its own that tells what the act above it did: "Russian
 * drones struck an apartment block, [killing] three people and [injuring] 17". It is part of that
 * act, not a second event, and its casualties are the act's (ACLED and PLOVER code one attack).
 * {@link Nesting} and {@link Casualties} both ask this one test, so the event and its counts agree.
 *
 * <p>CoreNLP attaches such a participle in several ways, and each is read as the adjunct it is:
 * <ul>
 *   <li>{@code advcl}, {@code dep}, {@code xcomp} of the main verb;
 *   <li>{@code conj} of a verb that is not itself an "-ing" form ("fired live rounds …, killing one
 *       man"): a finite verb and a bare participle cannot be coordinated, so the "and" is the
 *       parser's, and a participle coordinated with such an adjunct ("killing one man and
 *       [wounding] more") is one too;
 *   <li>{@code acl} of a noun when a comma sets it off ("shelled a camp outside El Fasher, [killing]
 *       23"): a participle after a comma tells of the clause, not of the last noun. Without the
 *       comma ("people fleeing the fighting") it is the noun's.
 * </ul>
 * A participle with its own subject or auxiliary ("troops were killing") is a clause of its own.
 */
final class ResultAdjunct {
    /** Dependents that make a participle a clause of its own. */
    private static final Set<String> OWN_CLAUSE = Set.of("nsubj", "nsubj:pass", "aux", "aux:pass", "expl");

    private ResultAdjunct() {}

    /** True when {@code token} is an "-ing" adjunct of the act above it. */
    static boolean of(AnnotatedText text, DependencyTree tree, int token) {
        Token t = text.tokens().get(token);
        if (!t.pos().equals("VBG") || tree.children(token).stream().anyMatch(c -> OWN_CLAUSE.contains(tree.relation(c)))) {
            return false;
        }
        int head = tree.head(token);
        return switch (tree.relation(token)) {
            case "advcl", "dep", "xcomp" -> true;
            case "conj" -> head >= 0 && text.tokens().get(head).isVerb()
                && (!text.tokens().get(head).pos().equals("VBG") || of(text, tree, head));
            case "acl" -> token > tree.sentence().tokenStart() && text.tokens().get(token - 1).word().equals(",");
            default -> false;
        };
    }
}
