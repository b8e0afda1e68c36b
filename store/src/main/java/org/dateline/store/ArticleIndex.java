package org.dateline.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.lucene.codecs.StoredFieldsReader;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FilterCodecReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexableFieldType;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SlowCodecReaderWrapper;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The store's article documents again, in an index of their own (the folder {@value #FOLDER}
 * inside the store), which article searches read. In the store's index an article's entities,
 * statements and events sit beside it (one document in sixteen is an article), so every value only
 * articles have (the body's norms, the facet, head and day doc values) is sparse there, and each
 * match of a search pays a lookup in Lucene's index of which documents have it: with the facts
 * removed a search took 0.72-0.79x the CPU (docs/EVALUATION.md, stop 53).
 *
 * <p>The store's index stays the record of what is stored; this one is derived from it. Each put
 * adds the article document to both; a commit commits this one first, so at every commit point it
 * holds every stored article and, after a crash between the two commits, a few more. Articles are
 * only ever added, so the two agree exactly when they hold as many articles ({@link #articles}):
 * readers use this index only then ({@code Store}), and a writer opening a store whose two
 * disagree, or that has none (a store written before it), rebuilds it from the store's index.
 *
 * <p>Its documents keep every indexed field and doc value of the article's but no stored value
 * (the record, the story profile and links: three quarters of a copy's bytes, which a search never
 * reads, showing a hit from its head), except the record of an article written before heads, from
 * which its hit is shown.
 */
final class ArticleIndex implements Closeable {
    /** The folder inside the store; no Lucene file name has this form, so the store's index leaves it alone. */
    static final String FOLDER = "articles";

    private final IndexWriter writer;

    private ArticleIndex(IndexWriter writer) {
        this.writer = writer;
    }

    static Path folder(Path store) {
        return store.resolve(FOLDER);
    }

    /**
     * Opens the article index of the store whose index {@code main} writes, rebuilding it when it
     * does not hold exactly the store's committed articles.
     */
    static ArticleIndex open(Path store, IndexWriter main, Consumer<String> notices) throws IOException {
        Path dir = folder(store);
        Files.createDirectories(dir);
        IndexWriterConfig config = new IndexWriterConfig(new TextAnalyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setRAMBufferSizeMB(32);
        IndexWriter writer = new IndexWriter(FSDirectory.open(dir), config);
        try {
            ArticleIndex index = new ArticleIndex(writer);
            try (DirectoryReader committed = DirectoryReader.open(main)) {
                index.rebuildUnlessMatching(committed, store, notices);
            }
            return index;
        } catch (IOException | RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    /** How many articles the store's index {@code reader} holds (not counting deleted documents). */
    static long articles(IndexReader reader) throws IOException {
        return new IndexSearcher(reader).count(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE)));
    }

    private void rebuildUnlessMatching(DirectoryReader main, Path store, Consumer<String> notices) throws IOException {
        long want = articles(main);
        if (writer.getDocStats().numDocs == want && DirectoryReader.indexExists(writer.getDirectory())) {
            return;
        }
        if (want > 0) {
            notices.accept("building the article index of " + store + " from its " + want + " articles (a store written "
                + "before it, or one whose last ingest stopped between its two commits)");
        }
        writer.deleteAll();
        List<CodecReader> views = new ArrayList<>();
        for (LeafReaderContext leaf : main.leaves()) {
            CodecReader view = articlesOf(SlowCodecReaderWrapper.wrap(leaf.reader()));
            if (view.numDocs() > 0) {
                views.add(view);
            }
        }
        if (!views.isEmpty()) {
            // a copy of the articles' postings, norms and doc values (stored values as articlesOf keeps them)
            writer.addIndexes(views.toArray(CodecReader[]::new));
        }
        writer.commit();
    }

    /** The segment with every document but its live articles hidden, and their stored values but a headless record's, as a merge reads it. */
    private static CodecReader articlesOf(CodecReader segment) throws IOException {
        FixedBitSet articles = new FixedBitSet(Math.max(1, segment.maxDoc()));
        FixedBitSet headed = new FixedBitSet(Math.max(1, segment.maxDoc()));
        BinaryDocValues heads = segment.getBinaryDocValues(Fields.HEAD);
        if (heads != null) {
            for (int d = heads.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = heads.nextDoc()) {
                headed.set(d);
            }
        }
        Bits live = segment.getLiveDocs();
        PostingsEnum docs = segment.postings(new Term(Fields.KIND, Fields.ARTICLE), PostingsEnum.NONE);
        int count = 0;
        if (docs != null) {
            for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                if (live == null || live.get(d)) {
                    articles.set(d);
                    count++;
                }
            }
        }
        int numDocs = count;
        return new FilterCodecReader(segment) {
            @Override
            public Bits getLiveDocs() {
                return articles;
            }

            @Override
            public int numDocs() {
                return numDocs;
            }

            @Override
            public StoredFieldsReader getFieldsReader() {
                return new StoredOnlyIfHeadless(in.getFieldsReader(), headed);
            }

            @Override
            public CacheHelper getCoreCacheHelper() {
                return null;
            }

            @Override
            public CacheHelper getReaderCacheHelper() {
                return null;
            }
        };
    }

    /** Adds an article document (the first of the block just given to the store's index). */
    void add(Document article) throws IOException {
        writer.addDocument(searchable(article));
    }

    /** The article document with the indexed and doc-values parts of its fields and no stored value but a headless record. */
    static Document searchable(Document article) {
        boolean headless = article.getField(Fields.HEAD) == null;
        Document out = new Document();
        for (IndexableField f : article) {
            IndexableFieldType type = f.fieldType();
            if (!type.stored() || headless && f.name().equals(Fields.JSON)) {
                out.add(f);
            } else if (type.indexOptions() != IndexOptions.NONE) {
                // a stored keyword (id, publication, story id): its term without its stored copy
                FieldType unstored = new FieldType(type);
                unstored.setStored(false);
                unstored.freeze();
                out.add(new Field(f.name(), f.stringValue(), unstored));
            }
            // stored only (record, story profile, links, seq, merges): nothing a search reads
        }
        return out;
    }

    /** A segment's stored values as a merge reads them: only the record of an article without a head. */
    private static final class StoredOnlyIfHeadless extends StoredFieldsReader {
        private final StoredFieldsReader in;
        private final Bits headed;

        StoredOnlyIfHeadless(StoredFieldsReader in, Bits headed) {
            this.in = in;
            this.headed = headed;
        }

        @Override
        public void document(int docID, StoredFieldVisitor visitor) throws IOException {
            if (headed.get(docID)) {
                return;
            }
            in.document(docID, new StoredFieldVisitor() {
                @Override
                public Status needsField(FieldInfo field) throws IOException {
                    return field.name.equals(Fields.JSON) ? visitor.needsField(field) : Status.NO;
                }

                @Override
                public void stringField(FieldInfo field, String value) throws IOException {
                    visitor.stringField(field, value);
                }
            });
        }

        @Override
        public StoredFieldsReader clone() {
            return new StoredOnlyIfHeadless(in.clone(), headed);
        }

        @Override
        public StoredFieldsReader getMergeInstance() {
            return new StoredOnlyIfHeadless(in.getMergeInstance(), headed);
        }

        @Override
        public void checkIntegrity() throws IOException {
            in.checkIntegrity();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Commits; called before the store's index commits, so this index is never behind it at a commit point. */
    void commit() throws IOException {
        writer.commit();
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
