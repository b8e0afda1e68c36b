package org.dateline.analyze.date;

/**
 * Which way the clause around an expression points from the publication time; it decides which
 * year a bare "February 28" or which week a bare "Tuesday" means.
 */
enum Tense {
    /** Past or present perfect: the expression lies on or before the anchor. */
    PAST,
    /** Plain present ("takes effect Monday"), modals: the nearest occurrence either way. */
    PRESENT,
    /** will, shall, going to, "is to", plans, scheduled: on or after the anchor. */
    FUTURE,
    /** No verb in reach (headlines, fragments): news mostly reports the past, so treated as past. */
    UNKNOWN
}
