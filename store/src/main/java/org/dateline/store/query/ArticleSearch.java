package org.dateline.store.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.dateline.store.Fields;

/**
 * Full text over articles and their statements. Hits are articles ({@code total} counts articles);
 * each carries the statements of that article that match the same words, so a reader sees who
 * said it without opening the article.
 */
public final class ArticleSearch {
    private static final int STATEMENTS_PER_HIT = 3;
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
        // same matches, same scores; without the kind filter when the words can match only articles:
        // a required filter keeps a top-k search from skipping (a common word's page at 1,000,000
        // articles visited 599,025 matches with it, 16,212 without, in half the time)
        Query fast = articleWords == words ? query : Queries.ofArticleWords(q, articleWords);
        int n = Math.max(1, q.offset() + q.limit());
        CountedSearch.Result counted = CountedSearch.run(s, query, fast, n, words == null ? NEWEST : null);
        TopDocs top = counted.top();
        List<ArticleHit> hits = new ArrayList<>();
        if (q.limit() > 0) {
            int[] docs = new int[Math.max(0, top.scoreDocs.length - q.offset())];
            for (int i = 0; i < docs.length; i++) {
                docs[i] = top.scoreDocs[q.offset() + i].doc;
            }
            List<Heads.Shown> shown = Heads.of(s, docs);
            List<Views.Head> page = shown.stream().map(Heads.Shown::head).toList();
            Map<String, List<StatementView>> said = words == null ? Map.of() : statements(s, words, page, docs);
            for (int i = 0; i < page.size(); i++) {
                Views.Head r = page.get(i);
                hits.add(new ArticleHit(r.id(), r.title(), r.source() == null ? null : r.source().outlet(), r.published(),
                    shown.get(i).storyId(), Snippets.of(r.text(), q.text()), said.getOrDefault(r.id(), List.of())));
            }
        }
        return new SearchResult(counted.total(), counted.estimated(), hits, labels.facets(s, counted));
    }

    /**
     * The matching statements of the page's articles, in one query: the best-scoring ones of all
     * their statements, at most {@link #STATEMENTS_PER_HIT} per article. Statements are found
     * among the documents of each article's block ({@link DocRanges}), which also says whose each
     * one is, so only the statements shown are read.
     */
    private static Map<String, List<StatementView>> statements(IndexSearcher s, Query words, List<Views.Head> page, int[] docs)
            throws IOException {
        if (page.isEmpty()) {
            return Map.of();
        }
        Map<Integer, String> idOf = new HashMap<>();
        for (int i = 0; i < docs.length; i++) {
            idOf.put(docs[i], page.get(i).id());
        }
        DocRanges facts = DocRanges.factsOf(s, docs);
        Query query = new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.KIND, Fields.STATEMENT)), BooleanClause.Occur.FILTER)
            .add(facts, BooleanClause.Occur.FILTER)
            .add(words, BooleanClause.Occur.MUST)
            .build();
        Map<String, List<StatementView>> out = new HashMap<>();
        StoredFields stored = s.storedFields();
        for (ScoreDoc sd : s.search(query, page.size() * STATEMENTS_PER_HIT * 4).scoreDocs) {
            List<StatementView> list = out.computeIfAbsent(idOf.get(facts.articleOf(sd.doc)), k -> new ArrayList<>());
            if (list.size() < STATEMENTS_PER_HIT) {
                list.add(Views.statement(stored, sd.doc));
            }
        }
        return out;
    }
}
