package org.dateline.analyze;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * English function words that more than one stage reads, lower case as tokens are compared. They
 * are closed classes of the grammar rather than a lexicon that grows, so they live here, once,
 * instead of in a data file; a stage that needs a variant builds it from these with {@link #union}
 * and says why.
 */
public final class FunctionWords {
    /**
     * Modals that put a clause in the future: "will", "shall", "'ll" and "wo" (of "won't"); CoreNLP
     * keeps a typographic apostrophe as written ("they’ll"), as scraped news writes it.
     */
    public static final Set<String> FUTURE_MODALS = Set.of("will", "shall", "'ll", "’ll", "wo");
    /** Modals of possibility and obligation that hedge a clause: "could strike", "may meet". */
    public static final Set<String> HEDGING_MODALS = Set.of("could", "might", "may", "should", "can");
    /** Words that negate the clause they modify ("didn’t" with a typographic apostrophe too). */
    public static final Set<String> NEGATORS = Set.of("not", "never", "n't", "n’t", "no");
    public static final Set<String> ARTICLES = Set.of("the", "a", "an");
    public static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");
    /**
     * Prepositions and conjunctions, which no proper name begins or ends with; in all-capital text
     * the tagger takes "IN", "ON", "OR" and "AS" for places (the postal codes of states).
     */
    public static final Set<String> PREPOSITIONS_AND_CONJUNCTIONS = Set.of("in", "on", "at", "as", "or", "and",
        "of", "to", "by", "for", "from", "with", "into", "onto", "but", "nor", "if", "so", "than");

    private FunctionWords() {}

    /** The words of all the given sets and the extra words, as one unmodifiable set. */
    public static Set<String> union(List<Set<String>> sets, String... extra) {
        Set<String> all = new HashSet<>(List.of(extra));
        sets.forEach(all::addAll);
        return Set.copyOf(all);
    }
}
