package org.dateline.analyze.event;

import java.util.Locale;

/**
 * Whether an event happened as the article tells it. Declared from strongest to weakest: when a
 * sentence gives several signals ("officials said Iran could strike"), the first that applies wins,
 * since a hedge or a negation inside a report is what a reader must not miss.
 */
public enum Factuality {
    NEGATED, HYPOTHETICAL, FUTURE, HISTORICAL, REPORTED, ASSERTED;

    /** The contract's spelling: lower case. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
