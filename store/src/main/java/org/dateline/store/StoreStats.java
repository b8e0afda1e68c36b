package org.dateline.store;

/** How many documents of each kind a store holds. */
public record StoreStats(long articles, long entities, long statements, long events) {}
