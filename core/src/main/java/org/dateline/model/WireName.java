package org.dateline.model;

/**
 * A value of one of the contract's closed vocabularies (event type, mode, factuality, ...), which
 * travels under the exact spelling docs/CONTRACT.md gives it. Enums implement this so JSON, the
 * store, the API and the CLI all read and write one spelling, and refuse any other.
 */
public interface WireName {
    /** The contract's spelling of this value, e.g. {@code CONSULT}, {@code third-party}, {@code asserted}. */
    String wireName();
}
