package org.dateline.store.query;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;

/**
 * Every match of a query, up to a bound, in the order a top-N search gives them (by score, equal
 * scores in document order). A top-N search fills its queue with N placeholder hits before it
 * collects one: asked for 100,000 to be sure of getting all, each article's entity keys cost
 * about 3 ms for its ten entities, and a story page of 10,000 articles spent 30 s on them
 * (docs/EVALUATION.md, stop 53). Counting first sizes the queue to the matches.
 */
public final class AllHits {
    private AllHits() {}

    public static ScoreDoc[] of(IndexSearcher s, Query q, int max) throws IOException {
        int n = Math.min(max, s.count(q));
        return n == 0 ? new ScoreDoc[0] : s.search(q, n).scoreDocs;
    }

    /** The same in {@code sort}'s order (e.g. {@link Sort#INDEXORDER}, the order documents were added in). */
    public static ScoreDoc[] of(IndexSearcher s, Query q, int max, Sort sort) throws IOException {
        int n = Math.min(max, s.count(q));
        return n == 0 ? new ScoreDoc[0] : s.search(q, n, sort).scoreDocs;
    }
}
