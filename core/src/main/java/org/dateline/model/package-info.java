/**
 * The record shape every surface speaks (docs/CONTRACT.md, schema {@code dateline/1}): immutable
 * values only, no behaviour beyond building and cutting spans, and {@link
 * org.dateline.model.NameFold}, the one definition of how names fold, which the entity stage and
 * the cross-article entity key both use.
 */
package org.dateline.model;
