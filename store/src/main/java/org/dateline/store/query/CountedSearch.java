package org.dateline.store.query;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;

/**
 * A page of hits with the total and the facet counts. Counting visits every match, so its cost
 * grows with the store: a common word matches a large share of a million articles. A query that
 * may match more than {@link Limits#exactUpTo} documents is therefore counted on a sample (one window
 * of documents in every k, {@link SampleQuery}) of about {@link Limits#sampleSize} matches, scaled up and
 * flagged as an estimate, while the page itself comes from a search that may skip documents that
 * cannot make it (so the hits are the same as an exhaustive search's). Every other query is
 * counted exactly, in the same pass as the page.
 */
final class CountedSearch {
    /**
     * When counts are estimated: above {@code exactUpTo} possible matches, from a sample of about
     * {@code sampleSize} of them.
     */
    record Limits(long exactUpTo, long sampleSize) {
        /**
         * Counting exactly cost about a millisecond per 1,500-3,000 matches with the page (100,000
         * synthetic articles, a busy 2-core machine: 18,750 matches 6 ms, 22,059 ranked ones 15 ms),
         * so up to 25,000 a search stays near the time of a small one; 15,000 sampled matches put a
         * facet value with 1 % of them within about 8 % (one standard error) of its true count.
         */
        static final Limits DEFAULT = new Limits(25_000, 15_000);
    }

    /** The page, the total, the facet counts (times {@code scale} for the whole), and whether they are estimates. */
    record Result(TopDocs top, long total, FacetCollector facets, double scale, boolean estimated) {}

    private CountedSearch() {}

    /** The top {@code n} of {@code query} (by score, or by {@code sort} when not null) with its counts. */
    static Result run(IndexSearcher s, Query query, int n, Sort sort) throws IOException {
        return run(s, query, n, sort, Limits.DEFAULT);
    }

    static Result run(IndexSearcher s, Query query, int n, Sort sort, Limits limits) throws IOException {
        return run(s, s, query, query, n, sort, limits);
    }

    /**
     * The same for {@code query}, whose counts are decided (exact or sampled, and how) by the
     * planned cost of {@code planned}, a query with the same matches, costed on {@code plan}:
     * an article search through {@code Fields#ARTICLE_TEXT} is planned as through TEXT, and one
     * searched in the article index ({@code ArticleIndexSearcher}, {@code s}) as in the store's
     * index ({@code plan}), so its answers, estimates included, are the ones it always gave.
     */
    static Result run(IndexSearcher plan, IndexSearcher s, Query planned, Query query, int n, Sort sort) throws IOException {
        return run(plan, s, planned, query, n, sort, Limits.DEFAULT);
    }

    static Result run(IndexSearcher plan, IndexSearcher s, Query planned, Query query, int n, Sort sort, Limits limits)
            throws IOException {
        Query rewritten = s.rewrite(query); // once: fuzzy and prefix words are costly to expand
        long possible = possibleMatches(plan, plan == s && planned == query ? rewritten : plan.rewrite(planned));
        if (possible > limits.exactUpTo()) {
            long maxDoc = s.getIndexReader().maxDoc();
            long sampleSize = limits.sampleSize();
            int every = (int) Math.min(Integer.MAX_VALUE, Math.max(2, (possible + sampleSize - 1) / sampleSize));
            FacetCollector sampled = new FacetCollector();
            s.search(new BooleanQuery.Builder()
                .add(rewritten, BooleanClause.Occur.MUST)
                .add(new SampleQuery(every), BooleanClause.Occur.FILTER)
                .build(), sampled);
            double scale = maxDoc / (double) SampleQuery.keptOf(maxDoc, every);
            long estimate = Math.round(sampled.total() * scale);
            // The possible matches are an upper bound (a rare conjunction of common words is far
            // below it): when the sample says the query is not common after all, count exactly.
            if (estimate > limits.exactUpTo()) {
                TopDocs top = sort == null ? s.search(rewritten, n) : s.search(rewritten, n, sort);
                long total = top.totalHits.relation == org.apache.lucene.search.TotalHits.Relation.EQUAL_TO
                    ? top.totalHits.value
                    : Math.max(estimate, top.totalHits.value);
                return new Result(top, total, sampled, scale, true);
            }
        }
        FacetCollector facets = new FacetCollector();
        TopDocs top = TopPage.search(s, rewritten, n, sort, facets);
        return new Result(top, facets.total(), facets, 1, false);
    }

    /**
     * An upper bound of the query's matches that costs no matching: per segment, the cost Lucene
     * plans the query with (for a conjunction, its rarest required clause).
     */
    static long possibleMatches(IndexSearcher s, Query rewritten) throws IOException {
        Weight w = s.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
        long cost = 0;
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            ScorerSupplier supplier = w.scorerSupplier(leaf);
            if (supplier != null) {
                cost += supplier.cost();
            }
        }
        return cost;
    }
}
