/**
 * Scraped page text to {@link org.dateline.model.Article}: {@link org.dateline.extract.PageTextExtractor}
 * sorts each line into body or furniture and turns the furniture into metadata.
 *
 * <p>Every rule matches whole lines (or the opening of the first paragraph, for datelines), so a
 * date, name or "share" inside a body sentence is never taken for furniture. Outlet names are never
 * special-cased; {@code Outlets} holds only data (wire agencies, the words outlet names are made of).
 * Doubts and metadata without a field of their own go to {@code Article.warnings}.
 */
package org.dateline.extract;
