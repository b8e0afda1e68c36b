package org.dateline.store.query;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
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
    /** Fewer dated events than this are all drawn: the hundredths of a handful say nothing. */
    private static final long FEW = 50;
    /** The share of the events at each end that {@code auto} reads as outside their bulk. */
    private static final double TAIL = 0.01;
    /** The least margin {@code auto} draws on each side of the bulk. */
    private static final long MIN_PAD_DAYS = 31;

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
        Map<LocalDate, Long> perDay = new TreeMap<>();
        counts.forEach((day, types) -> perDay.put(day, types.values().stream().mapToLong(Long::longValue).sum()));
        Range drawn = null;
        if (interval == Interval.AUTO) {
            drawn = drawnRange(perDay);
            interval = auto(drawn == null ? List.of() : List.of(drawn.from(), drawn.to()));
        }
        TreeMap<LocalDate, Map<String, Long>> buckets = new TreeMap<>();
        long dated = 0;
        long outside = 0;
        TreeSet<LocalDate> outsideDays = new TreeSet<>();
        for (Map.Entry<LocalDate, Map<EventType, Long>> day : counts.entrySet()) {
            long n = perDay.get(day.getKey());
            dated += n;
            if (drawn != null && (day.getKey().isBefore(drawn.from()) || day.getKey().isAfter(drawn.to()))) {
                outside += n;
                outsideDays.add(day.getKey());
                continue;
            }
            Map<String, Long> bucket = buckets.computeIfAbsent(bucketStart(day.getKey(), interval), k -> new TreeMap<>());
            for (Map.Entry<EventType, Long> type : day.getValue().entrySet()) {
                bucket.merge(type.getKey().wireName(), type.getValue(), Long::sum);
            }
        }
        fillGaps(buckets, interval);
        List<Timeline.Bucket> out = new ArrayList<>();
        buckets.forEach((start, types) -> out.add(new Timeline.Bucket(start.toString(),
            types.values().stream().mapToLong(Long::longValue).sum(), types)));
        return new Timeline(interval.wireName(), c.total(), c.total() - dated, outside,
            outsideDays.isEmpty() ? null : outsideDays.first().toString(),
            outsideDays.isEmpty() ? null : outsideDays.last().toString(), out);
    }

    /** The days a chart draws, both included. */
    record Range(LocalDate from, LocalDate to) {}

    /**
     * The days {@code auto} draws (null when there are none): the bulk of the events (from the day
     * of the first hundredth of them to the day of the last) with half its span again on each side,
     * at least a month, within the first and last event's days. A few events dated far from the
     * rest (one told in passing from decades before, a day misread into another year) would
     * otherwise stretch the chart over decades with the rest in a sliver of it; events spread
     * evenly over the years are all drawn, and so are fewer than {@link #FEW}.
     */
    static Range drawnRange(Map<LocalDate, Long> perDay) {
        TreeMap<LocalDate, Long> days = new TreeMap<>(perDay);
        if (days.isEmpty()) {
            return null;
        }
        Range all = new Range(days.firstKey(), days.lastKey());
        long n = days.values().stream().mapToLong(Long::longValue).sum();
        if (n < FEW) {
            return all;
        }
        long tail = (long) Math.ceil(n * TAIL);
        LocalDate low = dayOf(days, tail);
        LocalDate high = dayOf(days, n - tail + 1);
        long pad = Math.max(MIN_PAD_DAYS, Days.daysBetween(low, high) / 2);
        LocalDate from = low.minusDays(pad);
        LocalDate to = high.plusDays(pad);
        return new Range(from.isBefore(all.from()) ? all.from() : from, to.isAfter(all.to()) ? all.to() : to);
    }

    /** The day of the {@code k}-th event (from 1) in day order. */
    private static LocalDate dayOf(TreeMap<LocalDate, Long> days, long k) {
        long seen = 0;
        for (Map.Entry<LocalDate, Long> day : days.entrySet()) {
            seen += day.getValue();
            if (seen >= k) {
                return day.getKey();
            }
        }
        return days.lastKey();
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
