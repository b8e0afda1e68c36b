package org.dateline.analyze.event;

import java.util.List;
import java.util.Set;
import org.dateline.analyze.FunctionWords;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.DependencyTree;
import org.dateline.nlp.Token;

/**
 * Uses of a trigger word that report no new event: as a modifier ("aid package"), as an aim
 * ("conspiracy to commit"), as a time frame ("during the meeting"), or held at arm's length in
 * scare quotes ("a “blockade”").
 */
final class WordUse {
    /** Relations under which a trigger word is a modifier, not an act: "aid package", "alleged crimes". */
    private static final Set<String> MODIFIER_RELATIONS = Set.of("amod", "compound", "nmod:poss");
    /** "During the meeting, ..." frames a sentence with an event already told. */
    private static final Set<String> FRAMING_PREPOSITIONS = Set.of("during", "after", "before", "following", "since",
        "amid", "ahead");
    private static final Set<String> DEFINITE = FunctionWords.union(List.of(FunctionWords.DEMONSTRATIVES), "the");
    private static final Set<String> OPENING_QUOTES = Set.of("\"", "“", "‘", "'", "``", "«");
    private static final Set<String> CLOSING_QUOTES = Set.of("\"", "”", "’", "'", "''", "»");

    private WordUse() {}

    static boolean modifier(DependencyTree tree, Token t) {
        return MODIFIER_RELATIONS.contains(tree.relation(t.index()));
    }

    /**
     * "During the meeting, ...", "after the clashes": an event the reader already knows, used as a
     * time frame for the sentence's news, not news of its own.
     */
    static boolean framing(AnnotatedText text, DependencyTree tree, int token) {
        return definite(text, tree, token) && tree.children(token, "case").stream()
            .anyMatch(c -> FRAMING_PREPOSITIONS.contains(Phrase.lemma(text.tokens().get(c))));
    }

    /**
     * An infinitive that names an aim, not an act: "conspiracy to [commit]", "an effort to [urge]
     * Ukraine", "plans to [attack]" under a noun. Control verbs ("plans to attack") keep theirs.
     */
    static boolean purpose(AnnotatedText text, DependencyTree tree, Token t) {
        // climb complements too: "an effort to urge Ukraine to [investigate]" is no investigation
        int cur = t.index();
        for (int i = 0; i < 4 && cur >= 0; i++) {
            String rel = tree.relation(cur);
            if (rel.equals("acl") && text.tokens().get(cur).isVerb() && tree.children(cur, "mark").stream()
                .anyMatch(m -> Phrase.word(text.tokens().get(m)).equals("to"))) {
                return true;
            }
            if (!(rel.equals("xcomp") || rel.equals("ccomp"))) {
                return false;
            }
            cur = tree.head(cur);
        }
        return false;
    }

    /** A word set off in quotation marks ("a “blockade” of the road") is disputed, not asserted. */
    static boolean scareQuoted(AnnotatedText text, int token) {
        List<Token> tokens = text.tokens();
        return token > 0 && token + 1 < tokens.size() && OPENING_QUOTES.contains(tokens.get(token - 1).word())
            && CLOSING_QUOTES.contains(tokens.get(token + 1).word());
    }

    /** An event noun with "the", "this", "that": it may point back at an event told before. */
    static boolean definite(AnnotatedText text, DependencyTree tree, int token) {
        return !text.tokens().get(token).isVerb() && tree.children(token, "det").stream()
            .anyMatch(d -> DEFINITE.contains(Phrase.lemma(text.tokens().get(d))));
    }
}
