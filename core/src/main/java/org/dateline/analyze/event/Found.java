package org.dateline.analyze.event;

import java.util.Set;

/** A trigger word matched in a sentence, with the sense its phrase selected. */
record Found(int token, LexiconEntry entry, Set<String> phrase) {
    Found {
        phrase = Set.copyOf(phrase);
    }
}
