package org.dateline.store.query;

import org.dateline.model.Entity;

/** One article's entity, stored under its cross-article key. */
public record EntityMention(String articleId, String key, Entity entity) {}
