package org.dateline.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.dateline.model.ArticleRecord;
import org.dateline.model.EventType;
import org.dateline.store.Fields;
import org.dateline.store.Store;
import org.dateline.store.StoreWriter;
import org.dateline.store.TextAnalyzer;
import org.dateline.store.testing.SampleRecords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles searched through {@link Fields#ARTICLE_TEXT} give what a search through
 * {@link Fields#TEXT} gives: the same documents with the same scores, bit for bit, hence the same
 * pages, totals and facets; and a store with an article written before the field is searched
 * through TEXT. The store's copies differ in length and in how often each word occurs, so scores
 * spread and ties are rare enough that an order that differed would show.
 */
class ArticleTextTest {
    private static final List<String> QUERIES = List.of("Lachin", "Lachin road", "road -Lachin", "\"Lachin corridor\"",
        "minister said", "Geneva", "council", "shelling", "protest", "Copy 7", "the", "zzz-unknown", "Türk");

    @TempDir
    static Path dir;
    static Store store;

    @BeforeAll
    static void fill() throws IOException {
        List<String> sentences = new ArrayList<>();
        for (ArticleRecord r : SampleRecords.all()) {
            for (String s : r.text().split("(?<=[.!?])\\s+")) {
                sentences.add(s.strip());
            }
        }
        Random random = new Random(7);
        try (StoreWriter w = StoreWriter.open(dir)) {
            for (int i = 0; i < 400; i++) {
                ArticleRecord r = SampleRecords.variant(i, List.of("Alpha", "Beta", "Gamma"));
                StringBuilder text = new StringBuilder(r.text());
                for (int k = random.nextInt(6); k > 0; k--) {
                    text.append(' ').append(sentences.get(random.nextInt(sentences.size())));
                }
                w.put(new ArticleRecord(r.schema(), ArticleRecord.contentId(text.toString()), r.input(), r.url(), r.source(),
                    r.title(), r.authors(), r.published(), r.language(), text.toString(), r.entities(), r.dates(),
                    r.statements(), r.events(), r.warnings(), null));
            }
        }
        store = Store.open(dir, 0);
    }

    private static List<String> hits(TopDocs top) {
        List<String> out = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            out.add(sd.doc + "@" + Float.floatToIntBits(sd.score));
        }
        return out;
    }

    @Test
    void theSameDocumentsWithTheSameScores() throws IOException {
        store.read(s -> {
            assertThat(s).isInstanceOf(ArticleTextSearcher.class);
            assertThat(((ArticleTextSearcher) s).articleTextComplete()).isTrue();
            IndexSearcher plain = new IndexSearcher(s.getIndexReader());
            for (String text : QUERIES) {
                Query words = Queries.text(text);
                Query moved = Queries.articleWords(s, words);
                assertThat(moved.toString()).as(text).doesNotContainPattern("(^|[^_])" + Fields.TEXT + ":").contains(Fields.ARTICLE_TEXT + ":");
                StoreQuery q = StoreQuery.of(text);
                TopDocs before = plain.search(Queries.of(Fields.ARTICLE, q, words), 1000);
                TopDocs after = s.search(Queries.of(Fields.ARTICLE, q, moved), 1000);
                assertThat(hits(after)).as(text).isEqualTo(hits(before));
            }
            return null;
        });
    }

    /** Moved words name article fields only, so the kind filter may go; forms left on TEXT keep it. */
    @Test
    void theKindFilterGoesOnlyWhenTheWordsMatchArticlesAlone() throws IOException {
        store.read(s -> {
            for (String text : List.of("Lachin", "Lachin road", "road -Lachin", "\"Lachin corridor\"", "\"Lachin road\"~2 council")) {
                Query moved = Queries.articleWords(s, Queries.text(text));
                assertThat(Queries.onArticleFieldsOnly(moved)).as(text).isTrue();
                assertThat(Queries.ofArticleWords(StoreQuery.of(text), moved).toString()).as(text).doesNotContain(Fields.KIND + ":");
            }
            // "-Lachin" is "*:* -lachin": every document without the word, facts too
            for (String text : List.of("-Lachin", "Lachin~", "Lach*", "Lachin Lach*")) {
                Query words = Queries.text(text);
                Query moved = Queries.articleWords(s, words);
                assertThat(Queries.onArticleFieldsOnly(moved)).as(text).isEqualTo(false);
                assertThat(Queries.ofArticleWords(StoreQuery.of(text), moved).toString()).as(text).contains(Fields.KIND + ":");
            }
            assertThat(Queries.onArticleFieldsOnly(Queries.text("Lachin"))).isFalse(); // still on TEXT, which facts carry too
            assertThat(Queries.onArticleFieldsOnly(new org.apache.lucene.search.MatchAllDocsQuery())).isFalse();
            return null;
        });
    }

    @Test
    void aWordLeftOutKeepsTheOrderItHadBesideAMatchAll() throws IOException {
        SimpleQueryParser simple = new SimpleQueryParser(new TextAnalyzer(), Map.of(Fields.TEXT, 1f, Fields.TITLE, 2f));
        simple.setDefaultOperator(BooleanClause.Occur.MUST);
        store.read(s -> {
            for (String text : List.of("Lachin -minister", "Lachin -council -minister", "road -zzz", "Lachin (road -minister)")) {
                StoreQuery q = StoreQuery.of(text);
                Query asParsed = simple.parse(text); // "+lachin +(-minister *:*)"
                assertThat(asParsed.toString()).as(text).contains("*:*");
                TopDocs before = s.search(Queries.of(Fields.ARTICLE, q, asParsed), 1000);
                TopDocs after = s.search(Queries.of(Fields.ARTICLE, q, Queries.text(text)), 1000);
                assertThat(after.totalHits).as(text).isEqualTo(before.totalHits);
                assertThat(after.scoreDocs).extracting(sd -> sd.doc).as(text)
                    .containsExactlyElementsOf(Arrays.stream(before.scoreDocs).map(sd -> sd.doc).toList());
                assertThat(after.totalHits.value).as(text).isPositive();
            }
            return null;
        });
    }

    /**
     * The article index (articles alone) counts a query as the store's index plans it, exactly or
     * by a sample of the same size, and ranks the same articles with the same scores.
     */
    @Test
    void theArticleIndexCountsAndRanksAsTheStoresIndex() throws IOException {
        CountedSearch.Limits small = new CountedSearch.Limits(50, 40);
        int[] sampled = {0};
        try (var articlesDir = org.apache.lucene.store.FSDirectory.open(dir.resolve("articles"));
             var articles = org.apache.lucene.index.DirectoryReader.open(articlesDir)) {
            store.read(s -> {
                ArticleIndexSearcher a = new ArticleIndexSearcher(articles, (ArticleTextSearcher) s);
                for (String text : QUERIES) {
                    StoreQuery q = StoreQuery.of(text);
                    Query words = Queries.text(text);
                    Query planned = Queries.of(Fields.ARTICLE, q, words);
                    Query articleWords = Queries.articleWords(s, words);
                    Query fast = articleWords == words ? planned : Queries.ofArticleWords(q, articleWords);
                    CountedSearch.Result store = CountedSearch.run(s, s, planned, fast, 20, null, small);
                    CountedSearch.Result index = CountedSearch.run(s, a, planned, fast, 20, null, small);
                    assertThat(index.estimated()).as(text).isEqualTo(store.estimated());
                    if (store.estimated()) {
                        sampled[0]++;
                    } else {
                        assertThat(index.total()).as(text).isEqualTo(store.total());
                        assertThat(index.facets().top(Fields.SOURCE, 12, 1)).isEqualTo(store.facets().top(Fields.SOURCE, 12, 1));
                    }
                    assertThat(shown(a, index.top())).as(text).isEqualTo(shown(s, store.top()));
                }
                return null;
            });
        }
        assertThat(sampled[0]).as("queries counted on a sample").isPositive();
    }

    /**
     * Whole answers through the article index and through the store's index alone, for every
     * form: words that expand (fuzzy, prefix) blend the counts of the words they expand to, which
     * the two indexes hold differently, so those are answered from the store's index.
     */
    @Test
    void answersThroughTheArticleIndexAreTheStoresIndexsAnswers() throws IOException {
        ActorLabels labels = new ActorLabels();
        try (var articlesDir = org.apache.lucene.store.FSDirectory.open(dir.resolve("articles"));
             var articles = org.apache.lucene.index.DirectoryReader.open(articlesDir)) {
            store.read(s -> {
                ArticleIndexSearcher a = new ArticleIndexSearcher(articles, (ArticleTextSearcher) s);
                for (String text : List.of("Lachn~1", "minster~1", "ministr~2", "road~1", "prot*", "counc*", "sh*", "Lachin road~2",
                        "Lachin", "\"Lachin corridor\"", "road -Lachin", "the")) {
                    StoreQuery q = StoreQuery.of(text);
                    assertThat(ArticleSearch.run(s, a, q, labels)).as(text).isEqualTo(ArticleSearch.run(s, null, q, labels));
                }
                return null;
            });
        }
    }

    /** Each hit as its article's id and its score. */
    private static List<String> shown(IndexSearcher s, TopDocs top) throws IOException {
        int[] docs = java.util.Arrays.stream(top.scoreDocs).mapToInt(sd -> sd.doc).toArray();
        List<Heads.Shown> heads = Heads.of(s, docs);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            out.add(heads.get(i).head().id() + "@" + Float.floatToIntBits(top.scoreDocs[i].score));
        }
        return out;
    }

    @Test
    void theSameAnswersWithPagesFiltersAndSampledCounts() throws IOException {
        List<StoreQuery> queries = new ArrayList<>();
        for (String text : QUERIES) {
            queries.add(StoreQuery.of(text));
            queries.add(new StoreQuery(text, new Filters(List.of(EventType.PROTEST), List.of(), List.of("Beta"), List.of(),
                List.of(), null, null), 5, 30));
        }
        ActorLabels labels = new ActorLabels();
        CountedSearch.Limits small = new CountedSearch.Limits(50, 40); // so that common words are sampled here
        int[] sampledWithoutFilter = {0};
        store.read(s -> {
            IndexSearcher plain = new IndexSearcher(s.getIndexReader());
            for (StoreQuery q : queries) {
                assertThat(ArticleSearch.run(s, q, labels)).as(q.toString()).isEqualTo(ArticleSearch.run(plain, q, labels));
                Query words = q.text().isEmpty() ? null : Queries.text(q.text());
                Query planned = Queries.of(Fields.ARTICLE, q, words);
                Query moved = Queries.of(Fields.ARTICLE, q, Queries.articleWords(s, words));
                CountedSearch.Result before = CountedSearch.run(plain, plain, planned, planned, 20, null, small);
                CountedSearch.Result after = CountedSearch.run(s, s, planned, moved, 20, null, small);
                assertThat(after.estimated()).as(q.toString()).isEqualTo(before.estimated());
                assertThat(after.total()).as(q.toString()).isEqualTo(before.total());
                assertThat(after.facets().top(Fields.SOURCE, 12, after.scale()))
                    .isEqualTo(before.facets().top(Fields.SOURCE, 12, before.scale()));
                assertThat(hits(after.top())).as(q.toString()).isEqualTo(hits(before.top()));
                // as ArticleSearch runs it: counting passes and the sampled page without the kind
                // filter when the words match articles alone; a sampled total is then the exact
                // count when the page happened to visit every match, else the sample's estimate
                Query articleWords = Queries.articleWords(s, words);
                Query fast = articleWords == words ? moved : Queries.ofArticleWords(q, articleWords);
                CountedSearch.Result served = CountedSearch.run(s, s, planned, fast, 20, null, small);
                assertThat(served.estimated()).as(q.toString()).isEqualTo(before.estimated());
                if (served.estimated()) {
                    long estimate = Math.round(served.facets().total() * served.scale());
                    assertThat(served.total() == s.count(fast) || served.total() >= estimate).as(q.toString()).isTrue();
                } else {
                    assertThat(served.total()).as(q.toString()).isEqualTo(before.total());
                }
                assertThat(served.facets().top(Fields.SOURCE, 12, served.scale()))
                    .isEqualTo(before.facets().top(Fields.SOURCE, 12, before.scale()));
                assertThat(hits(served.top())).as(q.toString()).isEqualTo(hits(before.top()));
                if (served.estimated() && fast != moved) {
                    sampledWithoutFilter[0]++;
                }
            }
            return null;
        });
        assertThat(sampledWithoutFilter[0]).as("sampled queries counted without the kind filter").isPositive();
    }

    @Test
    void fuzzyAndPrefixWordsStayOnText() throws IOException {
        store.read(s -> {
            for (String text : List.of("Lachn~1", "Lach*", "road Lach*")) {
                Query words = Queries.text(text);
                assertThat(Queries.articleWords(s, words)).as(text).isSameAs(words);
            }
            return null;
        });
    }

    @Test
    void aStoreWithAnArticleFromBeforeTheFieldSearchesText(@TempDir Path old) throws IOException {
        try (StoreWriter w = StoreWriter.open(old)) {
            w.put(SampleRecords.lachin());
        }
        try (IndexWriter w = new IndexWriter(FSDirectory.open(old), new IndexWriterConfig(new TextAnalyzer()))) {
            Document d = new Document(); // an article document as stores wrote them before ARTICLE_TEXT
            d.add(new StringField(Fields.KIND, Fields.ARTICLE, Field.Store.NO));
            d.add(new StringField(Fields.ARTICLE_ID, "old", Field.Store.YES));
            d.add(new TextField(Fields.TEXT, "The Lachin road was closed again.", Field.Store.NO));
            w.addDocument(d);
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(old))) {
            ArticleTextSearcher s = new ArticleTextSearcher(reader);
            assertThat(s.articleTextComplete()).isFalse();
            Query words = Queries.text("Lachin");
            assertThat(Queries.articleWords(s, words)).isSameAs(words);
            assertThat(s.count(Queries.of(Fields.ARTICLE, StoreQuery.of("Lachin")))).isEqualTo(2);
        }
    }
}
