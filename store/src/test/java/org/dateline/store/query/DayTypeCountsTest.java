package org.dateline.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.dateline.model.EventType;
import org.dateline.store.Fields;
import org.junit.jupiter.api.Test;

/**
 * Counts per day and type, on a hand-built index of three segments: one whose days fit the array
 * counted by day, one whose days span more than {@link DayTypeCounts#MAX_ARRAY_DAYS} (a 1900 event
 * beside 2023 ones, counted in a map), and one with no dated document at all.
 */
class DayTypeCountsTest {
    private static final LocalDate JAN1 = LocalDate.of(2023, 1, 1);
    private static final LocalDate JAN3 = LocalDate.of(2023, 1, 3);
    private static final LocalDate OLD = LocalDate.of(1900, 6, 1);

    private static Document event(LocalDate day, EventType... types) {
        Document d = new Document();
        if (day != null) {
            d.add(new LongPoint(Fields.DAY_N, day.toEpochDay()));
            d.add(new NumericDocValuesField(Fields.DAY_N, day.toEpochDay()));
        }
        for (EventType t : types) {
            d.add(new SortedSetDocValuesField(Fields.TYPE, new BytesRef(t.wireName())));
        }
        return d;
    }

    @Test
    void countsEveryDayAndTypeWhetherTheDaysFitAnArrayOrNot() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE))) {
                w.addDocument(event(JAN1, EventType.PROTEST));
                w.addDocument(event(JAN3, EventType.PROTEST, EventType.ASSAULT));
                w.addDocument(event(JAN1, EventType.ASSAULT));
                w.addDocument(event(null, EventType.PROTEST)); // counted in the total, on no day
                w.commit();
                w.addDocument(event(OLD, EventType.PROTEST));
                w.addDocument(event(JAN3, EventType.PROTEST));
                w.commit();
                w.addDocument(event(null, EventType.ASSAULT));
                w.commit();
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(reader.leaves()).hasSize(3);
                assertThat(JAN3.toEpochDay() - OLD.toEpochDay()).isGreaterThan(DayTypeCounts.MAX_ARRAY_DAYS);
                DayTypeCounts c = new DayTypeCounts();
                new IndexSearcher(reader).search(new MatchAllDocsQuery(), c);
                Map<LocalDate, Map<EventType, Long>> expected = new TreeMap<>();
                expected.put(OLD, counts(EventType.PROTEST, 1L));
                expected.put(JAN1, counts(EventType.PROTEST, 1L, EventType.ASSAULT, 1L));
                expected.put(JAN3, counts(EventType.PROTEST, 2L, EventType.ASSAULT, 1L));
                assertThat(c.counts()).isEqualTo(expected);
                assertThat(c.total()).isEqualTo(7);
            }
        }
    }

    private static Map<EventType, Long> counts(Object... typeThenCount) {
        Map<EventType, Long> m = new EnumMap<>(EventType.class);
        for (int i = 0; i < typeThenCount.length; i += 2) {
            m.put((EventType) typeThenCount[i], (Long) typeThenCount[i + 1]);
        }
        return m;
    }
}
