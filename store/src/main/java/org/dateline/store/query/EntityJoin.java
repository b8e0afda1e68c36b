package org.dateline.store.query;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How a name came to be part of an entity page: the name, the identity key it was given, the rule
 * that decided ({@link org.dateline.identity.JoinRule}, with its meaning in words), the identity
 * whose name, surname or role decided it, and in how many articles.
 */
@JsonPropertyOrder({"name", "key", "rule", "meaning", "basis", "articles"})
public record EntityJoin(String name, String key, String rule, String meaning, String basis, long articles) {}
