package org.dateline.store.query;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.dateline.model.EventType;
import org.dateline.store.Fields;

/**
 * Counts matching events per day and type, reading the day ({@link Fields#DAY_N}) and the type
 * ({@link Fields#TYPE}) from the doc values every event document carries, so a timeline needs no
 * field that packs the two into one string. Types are counted by ordinal per segment and named
 * once per segment.
 */
final class DayTypeCounts implements Collector {
    private final List<Leaf> leaves = new ArrayList<>();
    private long total;

    /** One segment: its ordinals' types, and per epoch day the count per ordinal. */
    private record Leaf(EventType[] types, Map<Long, long[]> perDay) {}

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        NumericDocValues days = DocValues.getNumeric(context.reader(), Fields.DAY_N);
        SortedSetDocValues typeValues = DocValues.getSortedSet(context.reader(), Fields.TYPE);
        EventType[] types = new EventType[(int) typeValues.getValueCount()];
        for (int ord = 0; ord < types.length; ord++) {
            types[ord] = EventType.fromWire(typeValues.lookupOrd(ord).utf8ToString());
        }
        Leaf leaf = new Leaf(types, new HashMap<>());
        leaves.add(leaf);
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {}

            @Override
            public void collect(int doc) throws IOException {
                total++;
                if (days.advanceExact(doc) && typeValues.advanceExact(doc)) {
                    long[] counts = leaf.perDay().computeIfAbsent(days.longValue(), k -> new long[types.length]);
                    for (int k = 0; k < typeValues.docValueCount(); k++) {
                        counts[(int) typeValues.nextOrd()]++;
                    }
                }
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    /** Every matching event, dated or not. */
    long total() {
        return total;
    }

    /** Day → type → count over all segments, for the events that have a day. */
    Map<LocalDate, Map<EventType, Long>> counts() {
        Map<LocalDate, Map<EventType, Long>> out = new TreeMap<>();
        for (Leaf leaf : leaves) {
            leaf.perDay().forEach((epochDay, counts) -> {
                Map<EventType, Long> day = out.computeIfAbsent(LocalDate.ofEpochDay(epochDay), k -> new EnumMap<>(EventType.class));
                for (int ord = 0; ord < counts.length; ord++) {
                    if (counts[ord] > 0) {
                        day.merge(leaf.types()[ord], counts[ord], Long::sum);
                    }
                }
            });
        }
        return out;
    }
}
