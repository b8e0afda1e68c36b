package org.dateline.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dateline.json.RecordJson;
import org.dateline.model.ArticleRecord;
import org.dateline.store.query.AllHits;
import org.dateline.store.query.ArticleIndexSearcher;
import org.dateline.store.query.ArticleSearch;
import org.dateline.store.query.ArticleTextSearcher;
import org.dateline.store.query.EntityPage;
import org.dateline.store.query.EntityPages;
import org.dateline.store.query.EventResult;
import org.dateline.store.query.EventSearch;
import org.dateline.store.query.Identities;
import org.dateline.store.query.SearchResult;
import org.dateline.store.query.StoreQuery;
import org.dateline.store.query.Stories;
import org.dateline.store.query.Timeline;
import org.dateline.store.query.Timelines;

/**
 * Read access to a store, safe to share between threads. It sees the store's last commit and
 * looks for a newer one at most once a second, so a server picks up an ingest running beside it.
 */
public final class Store implements Closeable {
    private static final long REFRESH_NANOS = 1_000_000_000L;
    /** Answers remembered per commit ({@link ResultCache}): a few kilobytes each. */
    public static final int DEFAULT_CACHED_ANSWERS = 256;

    private final Directory directory;
    private final SearcherManager searchers;
    private final Path articleFolder;
    /** The article index's searchers ({@link ArticleIndex}); null while the store has none. */
    private volatile SearcherManager articleSearchers;
    private Directory articleDirectory;
    private final Object openingArticles = new Object();
    private volatile Paired paired;
    private final org.dateline.store.query.ActorLabels labels = new org.dateline.store.query.ActorLabels();
    private final ResultCache answers;
    private volatile long lastRefresh = System.nanoTime();

    private Store(Directory directory, SearcherManager searchers, Path dir, int cachedAnswers) throws IOException {
        this.directory = directory;
        this.searchers = searchers;
        this.articleFolder = ArticleIndex.folder(dir);
        this.answers = new ResultCache(cachedAnswers);
        openArticleIndex();
    }

    /** The store's searcher and the article index's, when they hold the same articles. */
    private record Paired(IndexSearcher main, IndexReader articles, long mainArticles, ArticleIndexSearcher searcher) {}

    /**
     * Opens the store at its last commit; fails with NoSuchFileException when there is none, and
     * creates nothing: Lucene's FSDirectory would make a missing folder, so a mistyped --store
     * would leave an empty folder behind that a later command takes for a store.
     */
    public static Store open(Path dir) throws IOException {
        return open(dir, DEFAULT_CACHED_ANSWERS);
    }

    /** Opens the store remembering up to {@code cachedAnswers} answers per commit (0: none, as a benchmark of search work wants). */
    public static Store open(Path dir, int cachedAnswers) throws IOException {
        if (cachedAnswers < 0) {
            throw new IllegalArgumentException("cachedAnswers must not be negative");
        }
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "no Dateline store here (run `dateline ingest` first)");
        }
        Directory directory = FSDirectory.open(dir);
        if (!DirectoryReader.indexExists(directory)) {
            directory.close();
            throw new NoSuchFileException(dir.toString(), null, "no Dateline store here (run `dateline ingest` first)");
        }
        SearcherManager searchers = new SearcherManager(directory, ArticleTextSearcher.FACTORY);
        try {
            return new Store(directory, searchers, dir, cachedAnswers);
        } catch (IOException | RuntimeException e) {
            searchers.close();
            directory.close();
            throw e;
        }
    }

    /** A read against one consistent point in time. */
    @FunctionalInterface
    public interface Read<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    public <T> T read(Read<T> read) throws IOException {
        long now = System.nanoTime();
        if (now - lastRefresh > REFRESH_NANOS) {
            lastRefresh = now;
            searchers.maybeRefresh();
            SearcherManager articles = articleSearchers;
            if (articles == null) {
                openArticleIndex(); // a writer may have built it since
            } else {
                articles.maybeRefresh();
            }
        }
        IndexSearcher s = searchers.acquire();
        try {
            return read.apply(s);
        } finally {
            searchers.release(s);
        }
    }

    public StoreStats stats() throws IOException {
        return read(s -> new StoreStats(count(s, Fields.ARTICLE), count(s, Fields.ENTITY),
            count(s, Fields.STATEMENT), count(s, Fields.EVENT)));
    }

    private static long count(IndexSearcher s, String kind) throws IOException {
        return s.count(new TermQuery(new Term(Fields.KIND, kind)));
    }

    public Optional<ArticleRecord> article(String id) throws IOException {
        return read(s -> {
            var q = new org.apache.lucene.search.BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE)), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.ARTICLE_ID, id)), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                .build();
            ScoreDoc[] docs = s.search(q, 1).scoreDocs;
            if (docs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(record(s, docs[0].doc));
        });
    }

    public SearchResult search(StoreQuery q) throws IOException {
        return read(s -> answers.get(s, new ResultCache.Key("search", q),
            x -> withArticles(x, a -> ArticleSearch.run(x, a, Identities.expand(x, q), labels))));
    }

    /**
     * Opens the article index when the store has one; a reader never builds it (a writer does), so
     * until then, and whenever the two disagree, articles are searched in the store's index.
     */
    private void openArticleIndex() throws IOException {
        synchronized (openingArticles) {
            if (articleSearchers != null || !Files.isDirectory(articleFolder)) {
                return;
            }
            Directory dir = FSDirectory.open(articleFolder);
            if (!DirectoryReader.indexExists(dir)) {
                dir.close();
                return;
            }
            try {
                articleSearchers = new SearcherManager(dir, null);
            } catch (IOException | RuntimeException e) {
                dir.close();
                throw e;
            }
            articleDirectory = dir;
        }
    }

    /** {@code read} given the article index's searcher at {@code main}'s commit, or null when there is none. */
    private <T> T withArticles(IndexSearcher main, ArticleRead<T> read) throws IOException {
        SearcherManager articles = articleSearchers;
        if (articles == null) {
            return read.apply(null);
        }
        IndexSearcher a = articles.acquire();
        try {
            return read.apply(paired(main, a.getIndexReader()));
        } finally {
            articles.release(a);
        }
    }

    /**
     * A searcher of the article index scoring with {@code main}'s statistics, or null when the two
     * do not hold the same articles (both only ever add articles, so equal counts mean the same
     * ones): after a crash between the two commits, or while a reader sees one commit of one and
     * another of the other. Remembered for the pair, as one pair serves many searches.
     */
    private ArticleIndexSearcher paired(IndexSearcher main, IndexReader articles) throws IOException {
        Paired known = paired;
        if (known != null && known.main() == main && known.articles() == articles) {
            return known.searcher();
        }
        long mainArticles = known != null && known.main() == main ? known.mainArticles() : ArticleIndex.articles(main.getIndexReader());
        ArticleIndexSearcher searcher = articles.numDocs() == mainArticles && main instanceof ArticleTextSearcher scored
            ? new ArticleIndexSearcher(articles, scored) : null;
        paired = new Paired(main, articles, mainArticles, searcher);
        return searcher;
    }

    /** Whether article searches read the article index now (it exists and agrees with the store's); for tests. */
    boolean searchesArticleIndex() throws IOException {
        return read(s -> withArticles(s, a -> a != null));
    }

    @FunctionalInterface
    private interface ArticleRead<T> {
        T apply(ArticleIndexSearcher articles) throws IOException;
    }

    public EventResult events(StoreQuery q) throws IOException {
        return read(s -> answers.get(s, new ResultCache.Key("events", q), x -> EventSearch.run(x, Identities.expand(x, q), labels)));
    }

    public Timeline timeline(StoreQuery q, Timelines.Interval interval) throws IOException {
        return read(s -> answers.get(s, new ResultCache.Key("timeline", List.of(q, interval)), x -> Timelines.run(x, Identities.expand(x, q), interval)));
    }

    /** Looks for a newer commit now rather than within the second; for tests. */
    void refreshNow() throws IOException {
        searchers.maybeRefreshBlocking();
        SearcherManager articles = articleSearchers;
        if (articles == null) {
            openArticleIndex();
        } else {
            articles.maybeRefreshBlocking();
        }
    }

    /** How many answers it remembers at most per commit (0: none); a layer above keeps no more than that. */
    public int answerCapacity() {
        return answers.capacity();
    }

    /** How many answers are remembered; for tests. */
    int cachedAnswers() {
        return answers.size();
    }

    /** The entity's page, or empty when no article names an entity with this key. */
    public Optional<EntityPage> entity(String key, int limit) throws IOException {
        return read(s -> Optional.ofNullable(EntityPages.run(s, key, limit)));
    }

    /**
     * Each entity of an article by its per-article id, keyed by its identity as it is now (the root
     * of the identity the article was given); empty when the store has no such article.
     */
    public Map<String, String> entityKeys(String articleId) throws IOException {
        return read(s -> Identities.articleKeys(s, articleId));
    }

    /** A page of stories, newest last published first ({@link Stories#list}). */
    public Stories.Page stories(Stories.Filter filter, int offset, int limit) throws IOException {
        return read(s -> Stories.list(s, filter, offset, limit));
    }

    /** The story's page, or empty when no article is in a story of this id. */
    public Optional<Stories.View> story(String storyId) throws IOException {
        return read(s -> Optional.ofNullable(Stories.story(s, storyId)));
    }

    /** The story's articles as incidents and claims read them, in the order they were added. */
    public List<org.dateline.story.StoryArticle> storyArticles(String storyId) throws IOException {
        return read(s -> Stories.articles(s, storyId));
    }

    /** The story of an article (for a search hit), or null. */
    public String storyOf(String articleId) throws IOException {
        return read(s -> Stories.storyOf(s, articleId));
    }

    /**
     * Every story with its articles (records, entity keys as they are now, seq and links), one
     * story at a time in story id order, for the per-story tables of exports ({@code org.dateline.table.StoryRows}).
     */
    public void forEachStoryWithMembers(StoryMembersSink sink) throws IOException {
        read(s -> {
            for (String id : Stories.ids(s)) {
                sink.accept(id, Stories.members(s, id));
            }
            return null;
        });
    }

    /** Receives a story's id and its articles one story at a time; may fail with an I/O error. */
    @FunctionalInterface
    public interface StoryMembersSink {
        void accept(String storyId, List<org.dateline.table.StorySummary.Member> members) throws IOException;
    }

    private static ArticleRecord record(IndexSearcher s, int doc) throws IOException {
        return RecordJson.fromLine(s.storedFields().document(doc).get(Fields.JSON));
    }

    /** Every stored record, in index order. */
    public void forEachArticle(RecordSink sink) throws IOException {
        forEachArticle((r, keys, story) -> sink.accept(r), false);
    }

    /** Every stored record, in index order, with its entities' keys ({@link #entityKeys}), for exports. */
    public void forEachArticleWithKeys(KeyedRecordSink sink) throws IOException {
        forEachArticle((r, keys, story) -> sink.accept(r, keys), true);
    }

    /** Every stored record, in index order, with its entities' keys and its story id as it is now (null: none), for exports. */
    public void forEachArticleWithStory(StoryRecordSink sink) throws IOException {
        forEachArticle(sink, true);
    }

    private void forEachArticle(StoryRecordSink sink, boolean keys) throws IOException {
        read(s -> {
            TermQuery articles = new TermQuery(new Term(Fields.KIND, Fields.ARTICLE));
            org.dateline.store.query.StoryAliases aliases = org.dateline.store.query.StoryAliases.of(s.getIndexReader());
            for (ScoreDoc sd : AllHits.of(s, articles, Integer.MAX_VALUE, org.apache.lucene.search.Sort.INDEXORDER)) {
                org.apache.lucene.document.Document d = s.storedFields().document(sd.doc);
                ArticleRecord r = RecordJson.fromLine(d.get(Fields.JSON));
                sink.accept(r, keys ? Identities.articleKeys(s, r.id()) : Map.of(), aliases.current(d.get(Fields.STORY_ID)));
            }
            return null;
        });
    }

    /** Receives records one at a time with their entities' keys and story id; may fail with an I/O error. */
    @FunctionalInterface
    public interface StoryRecordSink {
        void accept(ArticleRecord record, Map<String, String> entityKeys, String storyId) throws IOException;
    }

    /** Receives records one at a time; may fail with an I/O error. */
    @FunctionalInterface
    public interface RecordSink {
        void accept(ArticleRecord record) throws IOException;
    }

    /** Receives records one at a time with their entities' keys by per-article id; may fail with an I/O error. */
    @FunctionalInterface
    public interface KeyedRecordSink {
        void accept(ArticleRecord record, Map<String, String> entityKeys) throws IOException;
    }

    @Override
    public void close() throws IOException {
        try {
            synchronized (openingArticles) {
                if (articleSearchers != null) {
                    try {
                        articleSearchers.close();
                    } finally {
                        articleDirectory.close();
                    }
                }
            }
        } finally {
            try {
                searchers.close();
            } finally {
                directory.close();
            }
        }
    }
}
