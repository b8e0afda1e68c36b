package org.dateline.story;

/** How a statement holds a claim's proposition. */
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
    REPORTS
}
