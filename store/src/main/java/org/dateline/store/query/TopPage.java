package org.dateline.store.query;

import java.io.IOException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopDocsCollector;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/** The top {@code n} documents (by score, or by a sort) and another collector's pass, in one search. */
final class TopPage {
    private TopPage() {}

    @SuppressWarnings("deprecation") // the collector managers need one search per manager; this is one pass
    static TopDocs search(IndexSearcher s, Query query, int n, Sort sort, Collector also) throws IOException {
        TopDocsCollector<?> top = sort == null
            ? TopScoreDocCollector.create(n, Integer.MAX_VALUE)
            : TopFieldCollector.create(sort, n, Integer.MAX_VALUE);
        s.search(query, MultiCollector.wrap(top, also));
        return top.topDocs();
    }

    /**
     * Only the top {@code n}, for a query whose total is counted elsewhere: once {@code n} hits are
     * in hand the collector tells the scorer what a hit must beat, so block-max scoring (or, under a
     * sort, the sort field's points) can skip documents that cannot make the page. Lucene's own
     * {@code search(query, n)} only starts doing so after 1,000 hits, to count those exactly. The
     * total it returns is a lower bound unless its relation says it is exact.
     */
    static TopDocs only(IndexSearcher s, Query query, int n, Sort sort) throws IOException {
        return sort == null
            ? s.search(query, new TopScoreDocCollectorManager(n, null, n))
            : s.search(query, new TopFieldCollectorManager(sort, n, null, n));
    }
}
