package org.dateline.store.query;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
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
    /**
     * The widest span of days (about 90 years) counted in an array indexed by day; a segment whose
     * days span more (a historical event beside this year's) is counted in a map, which costs a
     * lookup and a boxed key per match, about half of a timeline's time when every match had one.
     */
    static final int MAX_ARRAY_DAYS = 1 << 15;

    private final List<Leaf> leaves = new ArrayList<>();
    private long total;

    /** One segment: its ordinals' types, and per epoch day the count per ordinal. */
    private static final class Leaf {
        private final EventType[] types;
        /** Counts by {@code day - firstDay} when the segment's days fit {@link #MAX_ARRAY_DAYS}, else null. */
        private final long[][] byDay;
        private final long firstDay;
        private final Map<Long, long[]> byDayMap = new HashMap<>();

        Leaf(EventType[] types, long firstDay, long lastDay) {
            this.types = types;
            this.firstDay = firstDay;
            long span = lastDay - firstDay + 1;
            this.byDay = span >= 0 && span <= MAX_ARRAY_DAYS ? new long[(int) span][] : null;
        }

        long[] counts(long day) {
            long i = day - firstDay;
            if (byDay != null && i >= 0 && i < byDay.length) { // outside only if a day had no point
                long[] c = byDay[(int) i];
                return c != null ? c : (byDay[(int) i] = new long[types.length]);
            }
            return byDayMap.computeIfAbsent(day, k -> new long[types.length]);
        }

        void forEach(java.util.function.ObjLongConsumer<long[]> perDay) {
            if (byDay != null) {
                for (int i = 0; i < byDay.length; i++) {
                    if (byDay[i] != null) {
                        perDay.accept(byDay[i], firstDay + i);
                    }
                }
            }
            byDayMap.forEach((day, c) -> perDay.accept(c, day));
        }
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        NumericDocValues days = DocValues.getNumeric(context.reader(), Fields.DAY_N);
        SortedSetDocValues typeValues = DocValues.getSortedSet(context.reader(), Fields.TYPE);
        EventType[] types = new EventType[(int) typeValues.getValueCount()];
        for (int ord = 0; ord < types.length; ord++) {
            types[ord] = EventType.fromWire(typeValues.lookupOrd(ord).utf8ToString());
        }
        // Every dated document has its day as a point too, so the points' bounds bound every day here.
        PointValues points = context.reader().getPointValues(Fields.DAY_N);
        Leaf leaf = points == null
            ? new Leaf(types, 0, -1)
            : new Leaf(types, LongPoint.decodeDimension(points.getMinPackedValue(), 0),
                LongPoint.decodeDimension(points.getMaxPackedValue(), 0));
        leaves.add(leaf);
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {}

            @Override
            public void collect(int doc) throws IOException {
                total++;
                if (days.advanceExact(doc) && typeValues.advanceExact(doc)) {
                    long[] counts = leaf.counts(days.longValue());
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
            leaf.forEach((counts, epochDay) -> {
                Map<EventType, Long> day = out.computeIfAbsent(LocalDate.ofEpochDay(epochDay), k -> new EnumMap<>(EventType.class));
                for (int ord = 0; ord < counts.length; ord++) {
                    if (counts[ord] > 0) {
                        day.merge(leaf.types[ord], counts[ord], Long::sum);
                    }
                }
            });
        }
        return out;
    }
}
