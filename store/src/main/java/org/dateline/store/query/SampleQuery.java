package org.dateline.store.query;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * A filter that keeps one window of {@link #WINDOW} consecutive documents in every {@code every},
 * by document number across the whole index: a sample of about 1/{@code every} of any query's
 * matches that a search reaches by skipping, not by visiting every match. Windows, not single
 * documents, because reading postings and doc values in runs is what makes the sample cheap; small
 * windows (a few articles with their facts each), because documents are in ingest order and many
 * windows spread the sample over the whole store. Deterministic, so an answer does not change
 * between two identical requests.
 */
final class SampleQuery extends Query {
    static final int WINDOW = 256;

    private final int every;

    SampleQuery(int every) {
        if (every < 1) {
            throw new IllegalArgumentException("every must be at least 1");
        }
        this.every = every;
    }

    /** How many of the documents numbered 0 to {@code maxDoc - 1} the sample keeps. */
    static long keptOf(long maxDoc, int every) {
        long period = (long) WINDOW * every;
        return maxDoc / period * WINDOW + Math.min(WINDOW, maxDoc % period);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) {
                return new ConstantScoreScorer(this, score(), scoreMode,
                    new Windows(context.docBase, context.reader().maxDoc(), every));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false; // cheap to compute, and not worth a cache entry
            }
        };
    }

    /** The kept documents of one segment; windows are counted from the first document of the index. */
    private static final class Windows extends DocIdSetIterator {
        private final int docBase;
        private final int maxDoc;
        private final long period;
        private int doc = -1;

        Windows(int docBase, int maxDoc, int every) {
            this.docBase = docBase;
            this.maxDoc = maxDoc;
            this.period = (long) WINDOW * every;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            return advance(doc + 1);
        }

        @Override
        public int advance(int target) {
            if (target >= maxDoc) {
                return doc = NO_MORE_DOCS;
            }
            long global = (long) docBase + target;
            if (global % period >= WINDOW) {
                global = (global / period + 1) * period;
            }
            long local = global - docBase;
            doc = local >= maxDoc ? NO_MORE_DOCS : (int) local;
            return doc;
        }

        @Override
        public long cost() {
            return Math.max(1, maxDoc / (period / WINDOW));
        }
    }

    @Override
    public String toString(String field) {
        return "sample(1 window of " + WINDOW + " in " + every + ")";
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && ((SampleQuery) other).every == every;
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + every;
    }
}
