package org.dateline.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.dateline.json.RecordJson;
import org.dateline.model.ArticleRecord;
import org.dateline.store.Fields;
import org.dateline.store.RecordDocuments;
import org.dateline.store.TextAnalyzer;
import org.dateline.store.testing.SampleRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hit's head and story id read from doc values are what the stored record gives, for articles
 * written with the head, without it (a store from before the field), and both mixed in one
 * segment after a merge.
 */
class HeadsTest {
    @TempDir
    Path dir;

    private static Views.Head fromRecord(ArticleRecord r) throws IOException {
        return Views.head(RecordJson.toLine(r));
    }

    private static ArticleRecord withText(ArticleRecord r, String text) {
        return new ArticleRecord(r.schema(), ArticleRecord.contentId(text), r.input(), r.url(), r.source(), r.title(),
            r.authors(), r.published(), r.language(), text, r.entities(), r.dates(), r.statements(), r.events(),
            r.warnings(), null);
    }

    private static List<ArticleRecord> records() {
        List<ArticleRecord> out = new ArrayList<>(SampleRecords.all());
        ArticleRecord r = SampleRecords.lachin();
        // no title, source or published date
        out.add(new ArticleRecord(r.schema(), "bare", r.input(), null, null, null, List.of(), null, null, r.text(),
            r.entities(), r.dates(), r.statements(), r.events(), List.of(), null));
        out.add(withText(r, "Ünïcode “quotes” \"escaped\" \\ and \u0001 control, 𝄞 beyond the BMP."));
        out.add(withText(r, ""));
        out.add(withText(r, "Lachin road. ".repeat(25_000))); // 325,000 characters: longer than any doc-values term
        for (int i = 0; i < 40; i++) {
            out.add(SampleRecords.variant(i, List.of("Alpha", "Beta")));
        }
        return out;
    }

    @Test
    void aDecodedHeadIsTheHeadOfTheStoredRecord() throws IOException {
        for (ArticleRecord r : records()) {
            assertThat(Heads.decode(Heads.encode(r))).as(r.id()).isEqualTo(fromRecord(r));
        }
    }

    @Test
    void theHeadIsSmallerThanTheRecord() {
        for (ArticleRecord r : SampleRecords.all()) {
            assertThat(Heads.encode(r).length).as(r.id()).isLessThan(RecordJson.toLine(r).length() / 2);
        }
    }

    /** The article document as written, or as a store from before the head wrote it; half of them in a story. */
    private static Document article(ArticleRecord r, boolean head, int i) {
        Document d = RecordDocuments.of(r).get(0);
        if (!head) {
            d.removeFields(Fields.HEAD);
        }
        if (i % 2 == 0) {
            d.add(new StringField(Fields.STORY_ID, "s" + i / 4, Field.Store.YES));
            d.add(new SortedDocValuesField(Fields.STORY_ID, new BytesRef("s" + i / 4)));
            d.add(new StoredField(Fields.STORY_PROFILE, "{\"profile\":\"" + "x".repeat(4000) + "\"}"));
        }
        return d;
    }

    @Test
    void headsWithAndWithoutTheFieldInSeparateAndMergedSegments() throws IOException {
        List<ArticleRecord> records = records();
        IndexWriterConfig config = new IndexWriterConfig(new TextAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter w = new IndexWriter(FSDirectory.open(dir), config)) {
            for (int i = 0; i < records.size(); i++) {
                // segments of 7: old, new, old, ...; and within the last ones a mix
                boolean head = i >= 35 ? i % 3 == 0 : (i / 7) % 2 == 1;
                w.addDocument(article(records.get(i), head, i));
                if (i % 7 == 6) {
                    w.commit();
                }
            }
            w.commit();
            try (DirectoryReader reader = DirectoryReader.open(w)) {
                assertThat(reader.leaves()).hasSizeGreaterThan(3);
                check(new IndexSearcher(reader), records);
            }
            w.getConfig().setMergePolicy(new TieredMergePolicy());
            w.forceMerge(1);
            try (DirectoryReader reader = DirectoryReader.open(w)) {
                assertThat(reader.leaves()).hasSize(1);
                check(new IndexSearcher(reader), records);
            }
        }
    }

    /** Each document's head and story as its stored fields give them (merges may renumber documents). */
    private static void check(IndexSearcher s, List<ArticleRecord> records) throws IOException {
        int n = s.getIndexReader().maxDoc();
        assertThat(n).isEqualTo(records.size());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(3));
        int[] docs = order.stream().mapToInt(Integer::intValue).toArray();
        List<Heads.Shown> shown = Heads.of(s, docs);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int k = 0; k < docs.length; k++) {
            Document stored = s.storedFields().document(docs[k]);
            Views.Head expected = Views.head(stored.get(Fields.JSON));
            Heads.Shown got = shown.get(k);
            assertThat(got.head().equals(expected)).withFailMessage("head of doc %d (%s)", docs[k], expected.id()).isTrue();
            assertThat(got.storyId()).as("doc " + docs[k]).isEqualTo(stored.get(Fields.STORY_ID));
            seen.add(got.head().id());
        }
        assertThat(seen).hasSize(records.size());
    }
}
