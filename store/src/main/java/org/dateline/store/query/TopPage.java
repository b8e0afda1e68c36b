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
import org.apache.lucene.search.TopScoreDocCollector;

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
}
