/**
 * The contract records flattened into tables joined on {@code article_id}: the one definition of
 * the tables' columns and of how a record becomes rows, used by every surface that writes tables
 * ({@code dateline export} and the Spark job), so the two cannot drift apart. {@link
 * org.dateline.table.EntityKey} is the cross-article entity identity the tables carry and the store
 * groups by.
 */
package org.dateline.table;
