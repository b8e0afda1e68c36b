package org.dateline.store.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.dateline.store.Fields;

/**
 * Full text over articles and their statements. Hits are articles ({@code total} counts articles);
 * each carries the statements of that article that match the same words, so a reader sees who
 * said it without opening the article.
 */
public final class ArticleSearch {
    private static final int STATEMENTS_PER_HIT = 3;
    /** The one stored field read beside the record's head: a hit's story id, stored on its article document. */
    private static final java.util.Set<String> STORY = java.util.Set.of(Fields.STORY_ID);
    /** Newest first when there are no words to rank by. */
    private static final Sort NEWEST = new Sort(newestField());

    private ArticleSearch() {}

    private static SortField newestField() {
        SortField f = new SortField(Fields.DAY_N, SortField.Type.LONG, true);
        f.setMissingValue(Long.MIN_VALUE);
        return f;
    }

    public static SearchResult run(IndexSearcher s, StoreQuery q, ActorLabels labels) throws IOException {
        Query words = q.text().isEmpty() ? null : Queries.text(q.text()); // parsed once, for articles and statements
        Query query = Queries.of(Fields.ARTICLE, q, words);
        Query articleWords = Queries.articleWords(s, words);
        Query fast = articleWords == words ? query : Queries.of(Fields.ARTICLE, q, articleWords); // same matches, same scores
        int n = Math.max(1, q.offset() + q.limit());
        CountedSearch.Result counted = CountedSearch.run(s, query, fast, n, words == null ? NEWEST : null);
        TopDocs top = counted.top();
        List<ArticleHit> hits = new ArrayList<>();
        if (q.limit() > 0) {
            List<Views.Head> page = new ArrayList<>();
            List<String> stories = new ArrayList<>();
            StoredFields stored = s.storedFields();
            for (int i = q.offset(); i < top.scoreDocs.length; i++) {
                page.add(Views.head(stored, top.scoreDocs[i].doc));
                stories.add(stored.document(top.scoreDocs[i].doc, STORY).get(Fields.STORY_ID));
            }
            Map<String, List<StatementView>> said = words == null ? Map.of() : statements(s, words, page);
            for (int i = 0; i < page.size(); i++) {
                Views.Head r = page.get(i);
                hits.add(new ArticleHit(r.id(), r.title(), r.source() == null ? null : r.source().name(), r.published(),
                    stories.get(i), Snippets.of(r.text(), q.text()), said.getOrDefault(r.id(), List.of())));
            }
        }
        return new SearchResult(counted.total(), counted.estimated(), hits, labels.facets(s, counted));
    }

    /** The matching statements of the page's articles, in one query. */
    private static Map<String, List<StatementView>> statements(IndexSearcher s, Query words, List<Views.Head> page) throws IOException {
        if (page.isEmpty()) {
            return Map.of();
        }
        List<BytesRef> ids = page.stream().map(r -> new BytesRef(r.id())).toList();
        Query query = new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.KIND, Fields.STATEMENT)), BooleanClause.Occur.FILTER)
            .add(new TermInSetQuery(Fields.ARTICLE_ID, ids), BooleanClause.Occur.FILTER)
            .add(words, BooleanClause.Occur.MUST)
            .build();
        Map<String, List<StatementView>> out = new HashMap<>();
        StoredFields stored = s.storedFields();
        for (ScoreDoc sd : s.search(query, page.size() * STATEMENTS_PER_HIT * 4).scoreDocs) {
            StatementView v = Views.statement(stored, sd.doc);
            List<StatementView> list = out.computeIfAbsent(v.articleId(), k -> new ArrayList<>());
            if (list.size() < STATEMENTS_PER_HIT) {
                list.add(v);
            }
        }
        return new LinkedHashMap<>(out);
    }
}
