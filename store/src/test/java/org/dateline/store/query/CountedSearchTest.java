package org.dateline.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.dateline.model.EventType;
import org.dateline.store.Fields;
import org.dateline.store.Store;
import org.dateline.store.StoreWriter;
import org.dateline.store.testing.SampleRecords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Counting on a sample: when it applies, the answer says so, the estimates are near the exact
 * counts, and the hits are those of an exhaustive search; when it does not, counts are exact. The
 * limits are lowered so that a store built in the test is "large".
 */
class CountedSearchTest {
    private static final CountedSearch.Limits SMALL = new CountedSearch.Limits(200, 400);
    private static final CountedSearch.Limits NEVER = new CountedSearch.Limits(Long.MAX_VALUE, 1);
    private static final int ARTICLES = 1000;

    @TempDir
    static Path dir;
    static Store store;

    @BeforeAll
    static void fill() throws IOException {
        try (StoreWriter w = StoreWriter.open(dir)) {
            for (int i = 0; i < ARTICLES; i++) {
                w.put(SampleRecords.variant(i, List.of("Alpha", "Beta", "Gamma", "Delta")));
            }
        }
        store = Store.open(dir);
    }

    private static CountedSearch.Result run(Query q, Sort sort, CountedSearch.Limits limits) throws IOException {
        return store.read(s -> CountedSearch.run(s, q, 20, sort, limits));
    }

    private static Map<String, Long> top(CountedSearch.Result r, String field) throws IOException {
        return r.facets().top(field, 12, r.scale());
    }

    private static int[] docs(CountedSearch.Result r) {
        return Arrays.stream(r.top().scoreDocs).mapToInt(sd -> sd.doc).toArray();
    }

    @Test
    void aCommonQueryIsCountedOnASampleAndSaysSo() throws IOException {
        for (Query q : List.of(Queries.of(Fields.ARTICLE, StoreQuery.of("")), Queries.of(Fields.ARTICLE, StoreQuery.of("Geneva")))) {
            Sort sort = q.toString().contains("text:") ? null : new Sort(EventSearch.byDay());
            CountedSearch.Result exact = run(q, sort, NEVER);
            CountedSearch.Result sampled = run(q, sort, SMALL);
            assertThat(exact.estimated()).isFalse();
            assertThat(sampled.estimated()).as(q.toString()).isTrue();
            assertThat(sampled.facets().total()).as("only a sample was counted").isLessThan(exact.total() * 3 / 4);
            assertThat((double) sampled.total()).isCloseTo(exact.total(), org.assertj.core.data.Percentage.withPercentage(20));
            Map<String, Long> exactSources = top(exact, Fields.SOURCE);
            Map<String, Long> sampledSources = top(sampled, Fields.SOURCE);
            assertThat(sampledSources.keySet()).isEqualTo(exactSources.keySet());
            exactSources.forEach((source, n) ->
                assertThat((double) sampledSources.get(source)).as(source).isCloseTo(n, org.assertj.core.data.Percentage.withPercentage(30)));
            assertThat(docs(sampled)).as("the hits are exact").containsExactly(docs(exact));
        }
    }

    @Test
    void aRareQueryIsCountedExactly() throws IOException {
        Query q = Queries.of(Fields.ARTICLE, StoreQuery.of("Copy 7"));
        CountedSearch.Result r = run(q, null, SMALL);
        assertThat(r.estimated()).isFalse();
        assertThat(r.total()).isEqualTo(run(q, null, NEVER).total());
    }

    @Test
    void aRareConjunctionOfCommonClausesIsCountedExactly() throws IOException {
        // Each filter keeps a large share, so the plan's bound is large, but together they keep few.
        Query q = Queries.of(Fields.ARTICLE, new StoreQuery("", new Filters(List.of(EventType.CONSULT), List.of(),
            List.of("Alpha"), List.of(), List.of(), null, null), 0, 20));
        long possible = store.read(s -> CountedSearch.possibleMatches(s, s.rewrite(q)));
        CountedSearch.Result r = run(q, null, SMALL);
        CountedSearch.Result exact = run(q, null, NEVER);
        assertThat(possible).isGreaterThan(SMALL.exactUpTo());
        assertThat(exact.total()).isLessThanOrEqualTo(SMALL.exactUpTo());
        assertThat(r.estimated()).isFalse();
        assertThat(r.total()).isEqualTo(exact.total());
        assertThat(top(r, Fields.TYPE)).isEqualTo(top(exact, Fields.TYPE));
    }

    @Test
    void theDefaultLimitsCountThisStoreExactly() throws IOException {
        SearchResult r = store.search(StoreQuery.of(""));
        assertThat(r.estimated()).isFalse();
        assertThat(r.total()).isEqualTo(ARTICLES);
    }

    @Test
    void theSampleKeepsTheDocumentsItCounts() throws IOException {
        for (int every : List.of(1, 2, 3, 7)) {
            long kept = store.read(s -> (long) s.count(new SampleQuery(every)));
            // the windows span deleted documents too (identities are replaced as they learn), which count does not count
            long live = store.read(s -> liveInWindows(s.getIndexReader(), every));
            assertThat(kept).as("every %d", every).isEqualTo(live);
            long maxDoc = store.read(s -> (long) s.getIndexReader().maxDoc());
            assertThat(live).isLessThanOrEqualTo(SampleQuery.keptOf(maxDoc, every));
        }
        ScoreDoc[] none = store.read(s -> s.search(new SampleQuery(1_000_000), 10).scoreDocs);
        assertThat(none).extracting(sd -> sd.doc).allMatch(d -> d < SampleQuery.WINDOW);
    }

    @Test
    void aDayRangeKeepsTheSameDocumentsWhetherItsPointsOrItsDocValuesAnswer() throws IOException {
        long from = java.time.LocalDate.parse("2023-03-01").toEpochDay();
        long to = java.time.LocalDate.parse("2023-03-31").toEpochDay();
        for (String words : List.of("", "Geneva", "Copy 7", "Copy 9")) {
            Query base = Queries.of(Fields.ARTICLE, StoreQuery.of(words));
            long all = store.read(s -> (long) s.count(base));
            long either = store.read(s -> (long) s.count(and(base, Queries.dayRange(from, to))));
            long points = store.read(s -> (long) s.count(and(base, org.apache.lucene.document.LongPoint.newRangeQuery(Fields.DAY_N, from, to))));
            long docValues = store.read(s -> (long) s.count(and(base,
                org.apache.lucene.document.NumericDocValuesField.newSlowRangeQuery(Fields.DAY_N, from, to))));
            assertThat(either).as(words).isEqualTo(points).isEqualTo(docValues).isLessThanOrEqualTo(all);
        }
        long kept = store.read(s -> (long) s.count(and(Queries.of(Fields.ARTICLE, StoreQuery.of("")), Queries.dayRange(from, to))));
        assertThat(kept).as("the range keeps some articles, not all").isPositive().isLessThan(ARTICLES);
    }

    private static long liveInWindows(org.apache.lucene.index.IndexReader reader, int every) {
        org.apache.lucene.util.Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
        long period = (long) SampleQuery.WINDOW * every;
        long n = 0;
        for (int d = 0; d < reader.maxDoc(); d++) {
            if (d % period < SampleQuery.WINDOW && (live == null || live.get(d))) {
                n++;
            }
        }
        return n;
    }

    private static Query and(Query a, Query b) {
        return new org.apache.lucene.search.BooleanQuery.Builder()
            .add(a, org.apache.lucene.search.BooleanClause.Occur.MUST)
            .add(b, org.apache.lucene.search.BooleanClause.Occur.FILTER).build();
    }
}
