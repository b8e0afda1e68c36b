package org.dateline.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** The sample's windows are numbered across the whole index, whatever its segments. */
class SampleQueryTest {
    @Test
    void itKeepsOneWindowInEveryKAcrossSegments() throws IOException {
        Directory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int size : List.of(700, 90, 1500, 3)) { // segments smaller and larger than a window
                for (int i = 0; i < size; i++) {
                    Document d = new Document();
                    d.add(new StringField("f", "x", Field.Store.NO));
                    w.addDocument(d);
                }
                w.commit();
            }
        }
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher s = new IndexSearcher(reader);
            assertThat(reader.leaves()).hasSize(4);
            for (int every : List.of(1, 2, 3, 5, 100)) {
                List<Integer> kept = new ArrayList<>();
                for (ScoreDoc sd : s.search(new SampleQuery(every), reader.maxDoc()).scoreDocs) {
                    kept.add(sd.doc);
                }
                List<Integer> expected = new ArrayList<>();
                for (int doc = 0; doc < reader.maxDoc(); doc++) {
                    if ((doc / SampleQuery.WINDOW) % every == 0) {
                        expected.add(doc);
                    }
                }
                assertThat(kept).as("every %d", every).containsExactlyInAnyOrderElementsOf(expected);
                assertThat((long) kept.size()).isEqualTo(SampleQuery.keptOf(reader.maxDoc(), every));
            }
        }
    }
}
