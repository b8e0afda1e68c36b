package org.dateline.store.query;

import org.dateline.identity.JoinRule;
import org.dateline.model.Entity;

/**
 * One article's entity, stored under its cross-article key, with the rule that gave it that key
 * and the identity whose name, surname or role decided (both null in stores from before identities).
 */
public record EntityMention(String articleId, String key, Entity entity, JoinRule rule, String basis) {}
