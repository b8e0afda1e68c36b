package org.dateline.story;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a statement holds a claim's proposition; written in lower case, as the contract and the export spell it. */
public enum Stance {
    /** The speaker says it is so. */
    ASSERTS,
    /**
     * The speaker says it is not so: a denying cue ("denied", "rejected"), a negator before the
     * proposition's words ("not blocked", "no blockade"), a denying word in their clause ("claims
     * of a blockade are groundless"), or a distancing word before them ("so-called").
     */
    DENIES,
    /** An anonymous source or the outlet itself only relays it ("according to Azernews"). */
    REPORTS;

    private final String wireName = name().toLowerCase(Locale.ROOT);

    /** The contract's spelling: lower case (the API wrote upper case where the export wrote lower). */
    @JsonValue
    public String wireName() {
        return wireName;
    }
}
