package org.dateline.store.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.dateline.model.ArticleRecord;
import org.dateline.store.RecordDocuments;
import org.dateline.store.TextAnalyzer;

/** Stores as a version before a field wrote them, for tests of how today's code reads them. */
public final class OlderStores {
    private OlderStores() {}

    /** Writes {@code record}'s block to the index at {@code dir} with its article document lacking {@code field}. */
    public static void writeWithout(Path dir, ArticleRecord record, String field) throws IOException {
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(new TextAnalyzer()))) {
            List<Document> docs = RecordDocuments.of(record);
            docs.get(0).removeFields(field);
            writer.addDocuments(docs);
        }
    }
}
