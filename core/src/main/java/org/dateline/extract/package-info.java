/**
 * Scraped page text to {@link org.dateline.model.Article}: {@link org.dateline.extract.PageTextExtractor}
 * sorts each line into body or furniture and turns the furniture into metadata.
 *
 * <p>Every rule matches whole lines (or the opening of the first paragraph, for datelines), so a
 * date, name or "share" inside a body sentence is never taken for furniture. Outlet names are never
 * special-cased; {@code Outlets} holds only data (wire agencies, the words outlet names are made of).
 * Doubts and metadata without a field of their own go to {@code Article.warnings}.
 *
 * <p>HTML pages go through {@link org.dateline.extract.HtmlExtractor}: metadata from JSON-LD, meta
 * tags and markup; the body from the best-scoring content container (Readability-style text and
 * link density, with furniture removed by name, role and text), checked against JSON-LD's
 * articleBody. Every pass over the tree is iterative and the input is bounded in size and depth.
 */
package org.dateline.extract;
