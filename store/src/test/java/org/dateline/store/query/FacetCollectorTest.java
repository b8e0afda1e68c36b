package org.dateline.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.store.Fields;
import org.dateline.store.RecordDocuments;
import org.dateline.store.TextAnalyzer;
import org.dateline.store.testing.SampleRecords;
import org.junit.jupiter.api.Test;

/**
 * Facet counts from the packed field equal those from the seven fields (how stores written before
 * it are counted), in old, new and mixed segments, and equal counts taken from the records.
 */
class FacetCollectorTest {
    private static final List<String> OUTLETS = List.of("Alpha", "Beta", "Gamma");
    private static final List<ArticleRecord> RECORDS = records(60);

    private static List<ArticleRecord> records(int n) {
        List<ArticleRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(SampleRecords.variant(i, OUTLETS));
        }
        return out;
    }

    private enum Format { PACKED, OLD }

    /** An index of {@code records}; each part is one commit in its format (several segments). */
    private static Directory index(boolean merge, Format... parts) throws IOException {
        Directory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new TextAnalyzer()))) {
            int per = (RECORDS.size() + parts.length - 1) / parts.length;
            for (int p = 0; p < parts.length; p++) {
                for (ArticleRecord r : RECORDS.subList(p * per, Math.min(RECORDS.size(), (p + 1) * per))) {
                    List<Document> docs = RecordDocuments.of(r);
                    if (parts[p] == Format.OLD) {
                        docs.forEach(d -> d.removeFields(Fields.FACET));
                    }
                    w.addDocuments(docs);
                }
                w.commit();
            }
            if (merge) {
                w.forceMerge(1);
            }
        }
        return dir;
    }

    private static Map<String, Map<String, Long>> count(Directory dir, Query query) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher s = new IndexSearcher(reader);
            FacetCollector c = new FacetCollector();
            s.search(query, c);
            Map<String, Map<String, Long>> out = new HashMap<>();
            for (String field : Fields.FACET_FIELDS) {
                out.put(field, c.counts(field));
            }
            out.put("total", Map.of("", c.total()));
            return out;
        }
    }

    private static List<Query> queries() {
        return List.of(
            Queries.of(Fields.ARTICLE, StoreQuery.of("")),
            Queries.of(Fields.EVENT, StoreQuery.of("")),
            Queries.of(Fields.ARTICLE, StoreQuery.of("Lachin")),
            Queries.of(Fields.EVENT, StoreQuery.of("blockade Lachin")),
            Queries.of(Fields.ARTICLE, new StoreQuery("", new Filters(List.of(EventType.PROTEST), List.of(),
                List.of("Beta"), List.of(), List.of(), null, null), 0, 20)));
    }

    @Test
    void packedCountsEqualPerFieldCountsInOldNewAndMixedSegments() throws IOException {
        Directory old = index(false, Format.OLD);
        List<Directory> others = List.of(index(false, Format.PACKED), index(false, Format.OLD, Format.PACKED, Format.OLD),
            index(true, Format.PACKED, Format.OLD), index(true, Format.OLD, Format.PACKED));
        for (Query q : queries()) {
            Map<String, Map<String, Long>> expected = count(old, q);
            assertThat(expected.get("total").get("")).as(q.toString()).isPositive();
            for (Directory d : others) {
                assertThat(count(d, q)).as(q.toString()).isEqualTo(expected);
            }
        }
    }

    @Test
    void articleCountsAreThoseOfTheRecords() throws IOException {
        Map<String, Long> types = new HashMap<>();
        Map<String, Long> sources = new HashMap<>();
        for (ArticleRecord r : RECORDS) {
            Set<String> seen = new LinkedHashSet<>();
            for (Event e : r.events()) {
                if (e.type() != null) {
                    seen.add(e.type().wireName());
                }
            }
            seen.forEach(t -> types.merge(t, 1L, Long::sum));
            sources.merge(r.source().name(), 1L, Long::sum);
        }
        for (Directory d : List.of(index(false, Format.PACKED), index(true, Format.OLD, Format.PACKED))) {
            Map<String, Map<String, Long>> counts = count(d, Queries.of(Fields.ARTICLE, StoreQuery.of("")));
            assertThat(counts.get(Fields.TYPE)).isEqualTo(types);
            assertThat(counts.get(Fields.SOURCE)).isEqualTo(sources).hasSize(OUTLETS.size());
            assertThat(counts.get("total").get("")).isEqualTo(RECORDS.size());
        }
    }

    /**
     * A segment's layout and names, learnt by its first search, give every later search of it the
     * counts its doc values give; different queries count different values, so names learnt for
     * one are reused by the next. Closing the reader forgets its segments.
     */
    @Test
    void layoutsLearntOnceGiveTheSameCountsAndGoWithTheirSegments() throws IOException {
        Directory old = index(false, Format.OLD);
        Directory mixed = index(false, Format.PACKED, Format.OLD, Format.PACKED);
        FacetLayout.Cache cache = new FacetLayout.Cache();
        try (DirectoryReader reader = DirectoryReader.open(mixed)) {
            IndexSearcher s = new IndexSearcher(reader);
            for (int round = 0; round < 2; round++) {
                for (Query q : queries()) {
                    FacetCollector c = new FacetCollector(cache);
                    s.search(q, c);
                    Map<String, Map<String, Long>> got = new HashMap<>();
                    for (String field : Fields.FACET_FIELDS) {
                        got.put(field, c.counts(field));
                    }
                    got.put("total", Map.of("", c.total()));
                    assertThat(got).as(round + " " + q).isEqualTo(count(old, q));
                }
            }
            assertThat(cache.segments()).isPositive();
        }
        assertThat(cache.segments()).isZero();
    }
}
