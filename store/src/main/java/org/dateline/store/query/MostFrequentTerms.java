package org.dateline.store.query;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;

/**
 * A prefix's words, bounded: the {@link #MAX_TERMS} matching words found in most documents, as one
 * constant-score disjunction. Lucene's default reads the postings of every matching word, so
 * {@code con*} on a large store reads a large share of the index; the top words by document
 * frequency find almost every document the whole expansion would, for a bounded cost. At most
 * {@link #MAX_VISITED} words of the term dictionary are looked at.
 */
final class MostFrequentTerms extends MultiTermQuery.RewriteMethod {
    static final int MAX_TERMS = 64;
    static final int MAX_VISITED = 200_000;
    static final MostFrequentTerms REWRITE = new MostFrequentTerms();

    private MostFrequentTerms() {}

    @Override
    public Query rewrite(IndexReader reader, MultiTermQuery query) throws IOException {
        Map<BytesRef, Integer> docFreq = new HashMap<>();
        int visited = 0;
        leaves:
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(query.getField());
            if (terms == null) {
                continue;
            }
            TermsEnum te = getTermsEnum(query, terms, new AttributeSource());
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                if (++visited > MAX_VISITED) {
                    break leaves;
                }
                docFreq.merge(BytesRef.deepCopyOf(t), te.docFreq(), Integer::sum);
            }
        }
        PriorityQueue<Map.Entry<BytesRef, Integer>> top = new PriorityQueue<>(
            (a, b) -> a.getValue().equals(b.getValue()) ? b.getKey().compareTo(a.getKey()) : Integer.compare(a.getValue(), b.getValue()));
        for (Map.Entry<BytesRef, Integer> e : docFreq.entrySet()) {
            top.add(e);
            if (top.size() > MAX_TERMS) {
                top.poll();
            }
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Map.Entry<BytesRef, Integer> e : top) {
            any.add(new TermQuery(new Term(query.getField(), e.getKey())), BooleanClause.Occur.SHOULD);
        }
        return new ConstantScoreQuery(any.build());
    }
}
