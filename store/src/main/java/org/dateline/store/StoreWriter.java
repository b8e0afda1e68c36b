package org.dateline.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.dateline.identity.IdentityPass;
import org.dateline.identity.Resolution;
import org.dateline.identity.RoleMatch;
import org.dateline.model.Article;
import org.dateline.model.ArticleRecord;
import org.dateline.story.StoryArticle;
import org.dateline.story.StoryDecision;
import org.dateline.story.StoryPass;

/**
 * The only writer of a store. Articles are keyed by their publication (body, site and title,
 * {@link StoredArticles}): putting one that is already there does nothing, so re-running an
 * ingest adds nothing twice. Nothing is visible to
 * readers, nor survives a crash, until {@link #commit()}: Lucene commits are atomic, so a killed
 * ingest leaves the store exactly as of its last commit. Article documents also go to the store's
 * article index ({@link ArticleIndex}), which commits first and is rebuilt on open when a crash
 * left it ahead.
 */
public final class StoreWriter implements Closeable {
    private final IndexWriter writer;
    private final ArticleIndex articles;
    private final StoredArticles stored;
    private final IdentityIndex identities;
    private final IdentityPass pass;
    private final StoryIndex stories;
    private final StoryPass storyPass;

    private StoreWriter(IndexWriter writer, ArticleIndex articles, StoredArticles stored, boolean identities, boolean stories)
            throws IOException {
        this.writer = writer;
        this.articles = articles;
        this.stored = stored;
        this.identities = identities ? new IdentityIndex(writer, RoleMatch.standard()) : null;
        this.pass = identities ? IdentityPass.standard() : null;
        this.stories = stories ? new StoryIndex(writer) : null;
        this.storyPass = stories ? StoryPass.standard() : null;
    }

    /** Opens the store at {@code dir}, creating it when absent. Fails while another writer holds it. */
    public static StoreWriter open(Path dir) throws IOException {
        return open(dir, true, true, notice -> {});
    }

    /**
     * The same, telling {@code notices} of lengthy work before it starts (building the article
     * index of a store written before it: about 12 s per 100,000 articles here).
     */
    public static StoreWriter open(Path dir, Consumer<String> notices) throws IOException {
        return open(dir, true, true, notices);
    }

    /**
     * The same, without cross-article identities when {@code identities} is false (entities keyed
     * by name, as before identities), and without stories when {@code stories} is false: for
     * benchmarks that measure what each costs, never for a store anyone reads.
     */
    public static StoreWriter open(Path dir, boolean identities, boolean stories) throws IOException {
        return open(dir, identities, stories, notice -> {});
    }

    private static StoreWriter open(Path dir, boolean identities, boolean stories, Consumer<String> notices) throws IOException {
        Files.createDirectories(dir);
        IndexWriterConfig config = new IndexWriterConfig(new TextAnalyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setRAMBufferSizeMB(64);
        IndexWriter writer = new IndexWriter(FSDirectory.open(dir), config);
        if (!DirectoryReader.indexExists(writer.getDirectory())) {
            // An empty first commit, so a reader can open the store before anything is ingested.
            writer.commit();
        }
        ArticleIndex articles = null;
        try {
            articles = ArticleIndex.open(dir, writer, notices);
            return new StoreWriter(writer, articles, StoredArticles.read(writer), identities, stories);
        } catch (IOException | RuntimeException e) {
            try {
                if (articles != null) {
                    articles.close();
                }
            } finally {
                writer.close();
            }
            throw e;
        }
    }

    /** Whether an article with this id is stored; safe to ask from any thread. */
    public boolean contains(String articleId) {
        return stored.containsId(articleId);
    }

    /**
     * Whether this article is stored already: the same body under the same site and title
     * ({@link ArticleRecord#publicationKey}); safe to ask from any thread.
     */
    public boolean holds(Article article) {
        return stored.holds(article.text(), ArticleRecord.publicationKey(article.text(), article.source(), article.title()));
    }

    /**
     * Adds the record with all its facts as one block; false when it is stored already (see
     * {@link #holds}). A body stored under another site or title is stored again as another
     * publication of it ({@link ArticleRecord#asPublication}: an id of its own, a copy of the
     * first). Its entities are first given their cross-article identities ({@link IdentityPass}),
     * against every article put before it: identities depend on the order articles come in only
     * where the store was ambiguous at the time (see {@link org.dateline.identity.IdentityResolver}).
     * Then it is put in a story ({@link StoryPass}) against the articles put before it, with the
     * keys it was just given; its seq is the number of articles stored before it, so a re-run after
     * a crash (which skips what was stored) numbers the rest as a clean run does.
     */
    public synchronized boolean put(ArticleRecord given) throws IOException {
        String publication = given.publicationKey();
        ArticleRecord record = stored.toStore(given, publication);
        if (record == null) {
            return false;
        }
        stored.add(record.id(), publication);
        Map<String, Resolution> resolved = Map.of();
        StoryDecision story = null;
        try {
            if (pass != null) {
                resolved = pass.resolve(record, Days.published(record.published()), identities, identities::write);
            }
            if (stories != null) {
                Map<String, String> keys = new HashMap<>();
                resolved.forEach((entity, r) -> keys.put(entity, r.key()));
                story = storyPass.decide(new StoryArticle(record, keys, stored.size() - 1L), stories);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<Document> docs = RecordDocuments.of(record, resolved);
        if (story != null) {
            StoryIndex.addFields(docs.get(0), story);
        }
        // A block update: the article and its facts become visible together or not at all.
        writer.updateDocuments(new Term(Fields.ARTICLE_ID, record.id()), docs);
        articles.add(docs.get(0));
        if (story != null) {
            stories.added(story);
        }
        return true;
    }

    public int size() {
        return stored.size();
    }

    /** Makes everything put so far durable and visible to readers; safe from another thread than put's. */
    public synchronized void commit() throws IOException {
        articles.commit(); // first: the article index may be ahead of the store's, never behind
        writer.commit();
        if (identities != null) {
            identities.refresh();
        }
        if (stories != null) {
            stories.refresh();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            articles.commit();
            writer.commit();
        } finally {
            try {
                if (identities != null) {
                    identities.close();
                }
                if (stories != null) {
                    stories.close();
                }
            } finally {
                try {
                    articles.close();
                } finally {
                    writer.close();
                }
            }
        }
    }
}
