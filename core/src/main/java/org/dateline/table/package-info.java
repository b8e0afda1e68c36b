/**
 * The contract records flattened into tables joined on {@code article_id}: the one definition of
 * the tables' columns and of how a record becomes rows, used by every surface that writes tables
 * ({@code dateline export} and the Spark job), so the two cannot drift apart. Entity keys are
 * given to it (a store's identities, or the Spark job's batch pass of the same rules); without them
 * an entity is keyed by its {@link org.dateline.table.EntityKey} name key.
 */
package org.dateline.table;
