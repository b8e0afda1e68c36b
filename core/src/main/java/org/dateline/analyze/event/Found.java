package org.dateline.analyze.event;

import java.util.Set;

/**
 * A trigger word matched in a sentence, with the sense its phrase selected.
 *
 * @param spoken the event is made by saying it ("said it was ready to work with", "would no longer
 *     tolerate"): its speaker, where the sentence has one, is its actor, and it is not a claim of theirs
 */
record Found(int token, LexiconEntry entry, Set<String> phrase, boolean spoken) {
    Found {
        phrase = Set.copyOf(phrase);
    }

    Found(int token, LexiconEntry entry, Set<String> phrase) {
        this(token, entry, phrase, false);
    }
}
