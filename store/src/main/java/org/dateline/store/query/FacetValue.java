package org.dateline.store.query;

/** One facet value with its count; {@code label} is what to show (an actor's name for its key). */
public record FacetValue(String value, String label, long count) {}
