package org.dateline.store;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.dateline.model.ArticleRecord;
import org.dateline.store.query.AllHits;

/**
 * Which articles a store holds, by id and by publication key
 * ({@link ArticleRecord#publicationKey}): read once when the writer opens, kept as articles are
 * put. Concurrent: ingest threads ask {@link #holds} while the writing thread adds.
 */
final class StoredArticles {
    private final Set<String> ids = ConcurrentHashMap.newKeySet();
    private final Set<String> publications = ConcurrentHashMap.newKeySet();
    /** Ids of article documents written before publication keys: their bodies count as stored under any site or title. */
    private final Set<String> unkeyed = ConcurrentHashMap.newKeySet();

    static StoredArticles read(IndexWriter writer) throws IOException {
        StoredArticles stored = new StoredArticles();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TermQuery articles = new TermQuery(new Term(Fields.KIND, Fields.ARTICLE));
            Set<String> fields = Set.of(Fields.ARTICLE_ID, Fields.PUBLICATION);
            for (ScoreDoc sd : AllHits.of(searcher, articles, Integer.MAX_VALUE)) {
                Document d = searcher.storedFields().document(sd.doc, fields);
                String id = d.get(Fields.ARTICLE_ID);
                String publication = d.get(Fields.PUBLICATION);
                stored.ids.add(id);
                if (publication == null) {
                    stored.unkeyed.add(id);
                } else {
                    stored.publications.add(publication);
                }
            }
        }
        return stored;
    }

    boolean containsId(String id) {
        return ids.contains(id);
    }

    /**
     * Whether an input of this body and publication key is stored; the body is hashed only when
     * the store holds articles from before publication keys.
     */
    boolean holds(String body, String publication) {
        return publications.contains(publication) || !unkeyed.isEmpty() && unkeyed.contains(ArticleRecord.contentId(body));
    }

    /**
     * The record as it is to be stored, or null when it is stored already: a body stored under
     * another site or title makes the record another publication of it, under an id of its own
     * (its publication key, which {@code publication} is).
     */
    ArticleRecord toStore(ArticleRecord record, String publication) {
        if (holds(record.text(), publication)) {
            return null;
        }
        ArticleRecord r = ids.contains(record.id()) ? record.asPublication(record.id()) : record;
        return ids.contains(r.id()) ? null : r;
    }

    void add(String id, String publication) {
        ids.add(id);
        publications.add(publication);
    }

    int size() {
        return ids.size();
    }
}
