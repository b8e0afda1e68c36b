package org.dateline.nlp;

/**
 * A Universal Dependencies edge between two tokens (global token indices). The root's edge has
 * {@code head == -1} and relation {@code root}.
 */
public record Dependency(int head, int dependent, String relation) {}
