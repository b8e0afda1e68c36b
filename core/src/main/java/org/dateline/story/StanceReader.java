package org.dateline.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.Span;
import org.dateline.model.Statement;
import org.dateline.story.ContentWords.Word;

/**
 * How one statement holds a proposition (the claim's word keys): denied when the speaker's words
 * say so near the proposition's words, else asserted. Whether a named speaker or only an anonymous
 * source or the outlet says it is decided by {@link Claims}; this reads the words.
 */
final class StanceReader {
    /**
     * How far before a proposition word a negator reaches: "did not find that there was a
     * blockade"; only function words, the proposition's words and verbs of finding may stand between.
     */
    static final int NEGATOR_REACH = 6;
    /** How far a denying word reaches either side: "mislead ... by its position about a blockade". */
    static final int DENY_WORD_REACH = 10;
    /** How far before a scare-quoted term a distancing verb reaches: "presented by Baku as "eco-activists"". */
    static final int DISTANCING_VERB_REACH = 4;
    private static final Set<String> COORDINATORS = Set.of("and", "but", "or", "while", "whereas");

    private final ClaimWords words;

    StanceReader(ClaimWords words) {
        this.words = words;
    }

    /**
     * The statement's cue when it is negated ("could not confirm", "did not deny"): its speaker takes
     * no stand on what follows, so the statement only reports it; else null.
     */
    Span withheld(Statement statement) {
        Span cue = statement.cue();
        if (cue == null) {
            return null;
        }
        for (String w : cue.text().strip().split("\\s+")) {
            if (words.isNegator(w.toLowerCase(Locale.ROOT))) {
                return cue;
            }
        }
        return null;
    }

    /** What makes the statement deny the proposition, or null when nothing does. */
    Span denial(Statement statement, List<Word> content, Set<String> keys) {
        Span cue = statement.cue();
        if (cue != null && !cue.text().isBlank()) {
            String first = cue.text().strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
            if (words.role(first) == ClaimWords.Role.DENY_CUE) {
                return cue;
            }
        }
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < content.size(); i++) {
            if (content.get(i).in(keys)) {
                at.add(i);
            }
        }
        for (int p : at) {
            if (p > 0 && words.role(content.get(p - 1).lower()) == ClaimWords.Role.DISTANCING) {
                return content.get(p - 1).span();
            }
            for (int q = p - 1; content.get(p).framed() && q >= Math.max(0, p - DISTANCING_VERB_REACH); q--) {
                if (words.role(content.get(q).lower()) == ClaimWords.Role.DISTANCING_VERB) {
                    return content.get(q).span();
                }
            }
            for (int q = p - 1; q >= Math.max(0, p - NEGATOR_REACH); q--) {
                Word w = content.get(q);
                if (content.get(q + 1).clauseBreak() || COORDINATORS.contains(w.lower())) {
                    break;
                }
                if (words.isNegator(w.lower())) {
                    return w.span();
                }
                if (w.key() != null && !w.in(keys) && words.role(w.lower()) != ClaimWords.Role.TRANSPARENT) {
                    break; // "would not allow the exploitation": the negator is the other verb's
                }
            }
        }
        for (int p : at) {
            for (int q = Math.max(0, p - DENY_WORD_REACH); q <= Math.min(content.size() - 1, p + DENY_WORD_REACH); q++) {
                if (words.role(content.get(q).lower()) == ClaimWords.Role.DENY_WORD && sameClause(content, p, q)) {
                    return content.get(q).span();
                }
            }
        }
        return null;
    }

    /** Whether no punctuation stands between words {@code a} and {@code b}. */
    private static boolean sameClause(List<Word> content, int a, int b) {
        for (int i = Math.min(a, b) + 1; i <= Math.max(a, b); i++) {
            if (content.get(i).clauseBreak()) {
                return false;
            }
        }
        return true;
    }
}
