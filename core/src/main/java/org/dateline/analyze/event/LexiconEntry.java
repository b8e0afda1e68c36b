package org.dateline.analyze.event;

import java.util.Set;
import org.dateline.model.EventMode;
import org.dateline.model.EventType;

/**
 * One word sense of {@code triggers.tsv}.
 *
 * @param verb true for a verb row, false for a noun row
 * @param mode the mode the word always carries, or null
 * @param needs lemmas that must (or, when {@code excludes}, must not) occur in the trigger's phrase
 * @param bare whether the word alone, with no party named, still reports an event
 */
record LexiconEntry(String lemma, boolean verb, EventType type, EventMode mode, Frame frame, Set<String> needs,
                    boolean excludes, boolean bare) {
    LexiconEntry {
        needs = Set.copyOf(needs);
    }

    boolean conditional() {
        return !needs.isEmpty() && !excludes;
    }

    boolean accepts(Set<String> phraseLemmas) {
        if (needs.isEmpty()) {
            return true;
        }
        boolean any = phraseLemmas.stream().anyMatch(needs::contains);
        return excludes != any;
    }
}
