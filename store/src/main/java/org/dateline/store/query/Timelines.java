package org.dateline.store.query;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.search.IndexSearcher;
import org.dateline.model.EventType;
import org.dateline.model.WireName;
import org.dateline.store.Days;
import org.dateline.store.Fields;

/** Events per day, week or month for a query (the same matching as {@link EventSearch}). */
public final class Timelines {
    /** Beyond this many buckets gaps are not filled: a century of days would be a useless chart. */
    private static final int MAX_FILLED = 5_000;
    /** What {@code auto} aims for: the finest interval giving at most this many bars. */
    private static final int AUTO_MAX_BUCKETS = 92;

    /**
     * A timeline's bar width, named in lower case ({@code day}, {@code week}, ...) on the API and in
     * the timeline's JSON. {@code AUTO} picks the finest of the others that keeps the chart readable.
     */
    public enum Interval implements WireName {
        DAY, WEEK, MONTH, AUTO;

        @Override
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private Timelines() {}

    public static Timeline run(IndexSearcher s, StoreQuery q, Interval interval) throws IOException {
        DayTypeCounts c = new DayTypeCounts();
        s.search(Queries.of(Fields.EVENT, q), c);
        Map<LocalDate, Map<EventType, Long>> counts = c.counts();
        if (interval == Interval.AUTO) {
            interval = auto(List.copyOf(counts.keySet()));
        }
        TreeMap<LocalDate, Map<String, Long>> buckets = new TreeMap<>();
        long dated = 0;
        for (Map.Entry<LocalDate, Map<EventType, Long>> day : counts.entrySet()) {
            Map<String, Long> bucket = buckets.computeIfAbsent(bucketStart(day.getKey(), interval), k -> new TreeMap<>());
            for (Map.Entry<EventType, Long> type : day.getValue().entrySet()) {
                bucket.merge(type.getKey().wireName(), type.getValue(), Long::sum);
                dated += type.getValue();
            }
        }
        fillGaps(buckets, interval);
        List<Timeline.Bucket> out = new ArrayList<>();
        buckets.forEach((start, types) -> out.add(new Timeline.Bucket(start.toString(),
            types.values().stream().mapToLong(Long::longValue).sum(), types)));
        return new Timeline(interval.wireName(), c.total(), c.total() - dated, out);
    }

    /**
     * Days while they give few enough bars, then weeks, then months: one old event among this
     * year's would otherwise squeeze every other bar into a sliver at the chart's right edge.
     */
    static Interval auto(List<LocalDate> eventDays) {
        if (eventDays.size() < 2) {
            return Interval.DAY;
        }
        long days = Days.daysBetween(Collections.min(eventDays), Collections.max(eventDays)) + 1;
        if (days <= AUTO_MAX_BUCKETS) {
            return Interval.DAY;
        }
        return days / 7 <= AUTO_MAX_BUCKETS ? Interval.WEEK : Interval.MONTH;
    }

    private static LocalDate bucketStart(LocalDate day, Interval interval) {
        return switch (interval) {
            case WEEK -> Days.weekStart(day);
            case MONTH -> day.withDayOfMonth(1);
            default -> day;
        };
    }

    private static LocalDate next(LocalDate start, Interval interval) {
        return switch (interval) {
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            default -> start.plusDays(1);
        };
    }

    private static void fillGaps(TreeMap<LocalDate, Map<String, Long>> buckets, Interval interval) {
        if (buckets.size() < 2) {
            return;
        }
        int step = interval == Interval.WEEK ? 7 : interval == Interval.MONTH ? 28 : 1;
        if (Days.daysBetween(buckets.firstKey(), buckets.lastKey()) / step > MAX_FILLED) {
            return;
        }
        for (LocalDate d = buckets.firstKey(); d.isBefore(buckets.lastKey()); d = next(d, interval)) {
            buckets.putIfAbsent(d, new TreeMap<>());
        }
    }
}
