package org.dateline.store.query;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.dateline.store.Fields;

/**
 * The facts of some articles by where they lie, not by their article id. A record is written as one
 * block of documents (its article, then its entities, statements and events: {@code StoreWriter}
 * puts it with one {@code updateDocuments}), and Lucene keeps a block's documents together and in
 * order through merges; so an article's facts are the documents after it up to the next article
 * document or the end of its segment. Finding them costs a step through the article postings per
 * article, where a filter on article ids looks every id up in every segment, and which article a
 * fact belongs to is known from its number alone, without reading it.
 */
final class DocRanges extends Query {
    /** Sorted, disjoint: the facts of the i-th article are the documents {@code from[i]} (inclusive) to {@code to[i]}. */
    private final int[] from;
    private final int[] to;

    private DocRanges(int[] from, int[] to) {
        this.from = from;
        this.to = to;
    }

    /** The facts' ranges of the article documents {@code articles} (global numbers, any order). */
    static DocRanges factsOf(IndexSearcher s, int[] articles) throws IOException {
        int[] sorted = articles.clone();
        Arrays.sort(sorted);
        int[] from = new int[sorted.length];
        int[] to = new int[sorted.length];
        var leaves = s.getIndexReader().leaves();
        for (int i = 0; i < sorted.length; i++) {
            LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(sorted[i], leaves));
            int local = sorted[i] - leaf.docBase;
            int end = leaf.reader().maxDoc();
            var terms = leaf.reader().terms(Fields.KIND);
            var kinds = terms == null ? null : terms.iterator();
            if (kinds != null && kinds.seekExact(new BytesRef(Fields.ARTICLE))) {
                // deleted article documents count too: they still bound their own (deleted) block
                PostingsEnum next = kinds.postings(null, PostingsEnum.NONE);
                if (local + 1 < end && next.advance(local + 1) != DocIdSetIterator.NO_MORE_DOCS) {
                    end = next.docID();
                }
            }
            from[i] = sorted[i] + 1;
            to[i] = leaf.docBase + end;
        }
        return new DocRanges(from, to);
    }

    /** Which article's range holds {@code doc}, as the article's global number, or -1. */
    int articleOf(int doc) {
        int i = Arrays.binarySearch(from, doc);
        i = i >= 0 ? i : -i - 2;
        return i >= 0 && doc < to[i] ? from[i] - 1 : -1;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) {
                return new ConstantScoreScorer(this, score(), scoreMode, new Iterator(context.docBase, context.reader().maxDoc()));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false; // a few hundred documents, different for every page
            }
        };
    }

    /** The ranges' documents within one segment. */
    private final class Iterator extends DocIdSetIterator {
        private final int docBase;
        private final int maxDoc;
        private int doc = -1;

        Iterator(int docBase, int maxDoc) {
            this.docBase = docBase;
            this.maxDoc = maxDoc;
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
            if (target >= maxDoc) { // NO_MORE_DOCS too, which docBase + target would overflow
                return doc = NO_MORE_DOCS;
            }
            int global = docBase + target;
            int i = Arrays.binarySearch(to, global + 1); // the first range ending after target
            i = i >= 0 ? i : -i - 1;
            while (i < to.length && (to[i] <= global || from[i] >= to[i])) { // ended before target, or empty
                i++;
            }
            if (i == to.length) {
                return doc = NO_MORE_DOCS;
            }
            int local = Math.max(global, from[i]) - docBase;
            return doc = local >= maxDoc ? NO_MORE_DOCS : local;
        }

        @Override
        public long cost() {
            long n = 0;
            for (int i = 0; i < from.length; i++) {
                n += Math.max(0, Math.min(to[i], docBase + maxDoc) - Math.max(from[i], docBase));
            }
            return Math.max(1, n);
        }
    }

    @Override
    public String toString(String field) {
        return "facts of " + from.length + " articles";
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && Arrays.equals(from, ((DocRanges) other).from) && Arrays.equals(to, ((DocRanges) other).to);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + Arrays.hashCode(from);
    }
}
