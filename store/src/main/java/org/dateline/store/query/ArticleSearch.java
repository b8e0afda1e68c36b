package org.dateline.store.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
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
        return run(s, null, q, labels);
    }

    /**
     * The same, matching and counting articles in the store's article index ({@code articles}, at
     * the same commit as {@code s}; null: none, all from {@code s}): the same hits with the same
     * scores and exact counts, each match costing less. Counts are planned (exact or sampled) on
     * {@code s}, so each query is counted as it always was; a sampled count differs, being another
     * sample. Statements, actors' names and identities are read from {@code s}. Words that expand
     * (fuzzy, prefix) are searched in {@code s} alone: they become the words, and blend the counts,
     * of the index they are searched in (on 2,136 news articles "teen~1" ranked its hits otherwise
     * in the article index).
     */
    public static SearchResult run(IndexSearcher s, ArticleIndexSearcher articles, StoreQuery q, ActorLabels labels)
            throws IOException {
        Query words = q.text().isEmpty() ? null : Queries.text(q.text()); // parsed once, for articles and statements
        IndexSearcher a = articles == null || Queries.expands(words) ? s : articles;
        Query query = Queries.of(Fields.ARTICLE, q, words);
        Query articleWords = Queries.articleWords(s, words);
        // same matches, same scores; without the kind filter when the words can match only articles:
        // a required filter keeps a top-k search from skipping (a common word's page at 1,000,000
        // articles visited 599,025 matches with it, 16,212 without, in half the time)
        Query fast = articleWords == words ? query : Queries.ofArticleWords(q, articleWords);
        int n = Math.max(1, q.offset() + q.limit());
        CountedSearch.Result counted = CountedSearch.run(s, a, query, fast, n, words == null ? NEWEST : null);
        TopDocs top = counted.top();
        List<ArticleHit> hits = new ArrayList<>();
        if (q.limit() > 0) {
            int[] docs = new int[Math.max(0, top.scoreDocs.length - q.offset())];
            for (int i = 0; i < docs.length; i++) {
                docs[i] = top.scoreDocs[q.offset() + i].doc;
            }
            List<Heads.Shown> shown = Heads.of(a, docs);
            List<Views.Head> page = shown.stream().map(Heads.Shown::head).toList();
            Map<String, List<StatementView>> said = words == null ? Map.of()
                : statements(s, words, page, a == s ? docs : inStore(s, page));
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
        Map<Integer, String> idOf = new HashMap<>();
        for (int i = 0; i < docs.length; i++) {
            if (docs[i] >= 0) {
                idOf.put(docs[i], page.get(i).id());
            }
        }
        if (idOf.isEmpty()) {
            return Map.of();
        }
        DocRanges facts = DocRanges.factsOf(s, idOf.keySet().stream().mapToInt(Integer::intValue).toArray());
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

    /**
     * The store's article document of each article shown, by id (-1 for one it does not hold):
     * the first live document with that id, as a record's block begins with its article
     * ({@link DocRanges}). Looked up in each segment's terms directly, largest segment first: a
     * query per id planned both of its terms in every segment, a fifth of a search's CPU.
     */
    private static int[] inStore(IndexSearcher s, List<Views.Head> page) throws IOException {
        List<LeafReaderContext> leaves = new ArrayList<>(s.getIndexReader().leaves());
        leaves.sort(Comparator.comparingInt((LeafReaderContext l) -> l.reader().maxDoc()).reversed());
        TermsEnum[] terms = new TermsEnum[leaves.size()];
        PostingsEnum postings = null;
        int[] docs = new int[page.size()];
        Arrays.fill(docs, -1);
        for (int i = 0; i < docs.length; i++) {
            BytesRef id = new BytesRef(page.get(i).id());
            for (int l = 0; l < leaves.size() && docs[i] < 0; l++) {
                LeafReader leaf = leaves.get(l).reader();
                if (terms[l] == null) {
                    Terms ids = leaf.terms(Fields.ARTICLE_ID);
                    terms[l] = ids == null ? TermsEnum.EMPTY : ids.iterator();
                }
                if (!terms[l].seekExact(id)) {
                    continue;
                }
                postings = terms[l].postings(postings, PostingsEnum.NONE);
                Bits live = leaf.getLiveDocs();
                for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                    if (live == null || live.get(d)) {
                        docs[i] = leaves.get(l).docBase + d;
                        break;
                    }
                }
            }
        }
        return docs;
    }
}
