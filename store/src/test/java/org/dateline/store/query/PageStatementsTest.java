package org.dateline.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.dateline.store.Fields;
import org.dateline.store.Store;
import org.dateline.store.StoreWriter;
import org.dateline.store.testing.SampleRecords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hit's statements, found among its article's block of documents ({@link DocRanges}), are the
 * ones a filter on the page's article ids finds (how they were found before): the same statements
 * in the same order, at most three per hit, on a store whose blocks lie between identity documents
 * and across several segments.
 */
class PageStatementsTest {
    @TempDir
    static Path dir;
    static Store store;

    @BeforeAll
    static void fill() throws IOException {
        for (int part = 0; part < 3; part++) { // three commits: three segments at least
            try (StoreWriter w = StoreWriter.open(dir)) {
                for (int i = part * 100; i < part * 100 + 100; i++) {
                    w.put(SampleRecords.variant(i, List.of("Alpha", "Beta")));
                }
                for (var r : SampleRecords.all()) {
                    w.put(r);
                }
            }
        }
        store = Store.open(dir, 0);
    }

    /** The page's statements as found before: the best of all the page's articles' statements, grouped by article id. */
    private static Map<String, List<StatementView>> byArticleIds(IndexSearcher s, Query words, List<ArticleHit> hits) throws IOException {
        List<BytesRef> ids = hits.stream().map(h -> new BytesRef(h.id())).toList();
        Query query = new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.KIND, Fields.STATEMENT)), BooleanClause.Occur.FILTER)
            .add(new TermInSetQuery(Fields.ARTICLE_ID, ids), BooleanClause.Occur.FILTER)
            .add(words, BooleanClause.Occur.MUST)
            .build();
        Map<String, List<StatementView>> out = new HashMap<>();
        for (ScoreDoc sd : s.search(query, hits.size() * 3 * 4).scoreDocs) {
            StatementView v = Views.statement(s.storedFields(), sd.doc);
            List<StatementView> list = out.computeIfAbsent(v.articleId(), k -> new ArrayList<>());
            if (list.size() < 3) {
                list.add(v);
            }
        }
        return out;
    }

    @Test
    void theStatementsOfEachHitAreThoseItsArticleIdFinds() throws IOException {
        int withStatements = 0;
        for (String text : List.of("said", "Lachin", "minister", "road", "council", "the", "Geneva")) {
            for (int offset : new int[] {0, 7, 40}) {
                StoreQuery q = new StoreQuery(text, Filters.NONE, offset, 30);
                SearchResult r = store.search(q);
                Map<String, List<StatementView>> expected = store.read(s -> byArticleIds(s, Queries.text(text), r.hits()));
                for (ArticleHit h : r.hits()) {
                    assertThat(h.statements()).as(text + " " + h.id()).isEqualTo(expected.getOrDefault(h.id(), List.of()));
                    withStatements += h.statements().isEmpty() ? 0 : 1;
                }
            }
        }
        assertThat(withStatements).as("the queries find statements at all").isGreaterThan(50);
    }
}
