package org.dateline.analyze.event;

import java.util.List;
import java.util.Set;
import org.dateline.model.EventContext;
import org.dateline.model.EventMode;
import org.dateline.model.EventType;

/**
 * One word sense of {@code triggers.tsv}.
 *
 * @param verb true for a verb row, false for a noun row
 * @param mode the mode the word always carries, or null
 * @param needs lemmas that must (or, when {@code excludes}, must not) occur in the trigger's phrase
 * @param bare whether the word alone, with no party named, still reports an event
 * @param contexts PLOVER contexts the sense itself carries (a CAMEO code's), beside the sentence's
 * @param rule where the sense comes from ("triggers.tsv:42", "cameo 1823 kill: * (to death)"), for debugging
 */
record LexiconEntry(String lemma, boolean verb, EventType type, EventMode mode, Frame frame, Set<String> needs,
                    boolean excludes, boolean bare, List<EventContext> contexts, String rule) {
    LexiconEntry {
        needs = Set.copyOf(needs);
        contexts = List.copyOf(contexts);
    }

    /** True for a sense the CAMEO dictionary gave rather than {@code triggers.tsv}. */
    boolean fromDictionary() {
        return rule.startsWith(CameoDictionary.RULE);
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
