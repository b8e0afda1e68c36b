/**
 * The record shape every surface speaks (docs/CONTRACT.md, schema {@code dateline/1}): immutable
 * values only, no behaviour beyond building and cutting spans.
 */
package org.dateline.model;
