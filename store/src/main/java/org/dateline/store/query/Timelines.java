package org.dateline.store.query;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.search.IndexSearcher;
import org.dateline.store.Days;
import org.dateline.store.Fields;

/** Events per day or week for a query (the same matching as {@link EventSearch}). */
public final class Timelines {
    /** Beyond this many buckets gaps are not filled: a century of days would be a useless chart. */
    private static final int MAX_FILLED = 5_000;

    public enum Interval { DAY, WEEK }

    private Timelines() {}

    public static Timeline run(IndexSearcher s, StoreQuery q, Interval interval) throws IOException {
        FacetCollector c = new FacetCollector(List.of(Fields.DAY_TYPE));
        s.search(Queries.of(Fields.EVENT, q), c);
        TreeMap<LocalDate, Map<String, Long>> buckets = new TreeMap<>();
        long dated = 0;
        for (Map.Entry<String, Long> e : c.counts(Fields.DAY_TYPE).entrySet()) {
            String[] dayType = e.getKey().split("\\|", 2);
            LocalDate day = LocalDate.parse(dayType[0]);
            LocalDate start = interval == Interval.WEEK ? Days.weekStart(day) : day;
            buckets.computeIfAbsent(start, k -> new TreeMap<>()).merge(dayType[1], e.getValue(), Long::sum);
            dated += e.getValue();
        }
        fillGaps(buckets, interval);
        List<Timeline.Bucket> out = new ArrayList<>();
        buckets.forEach((start, types) -> out.add(new Timeline.Bucket(start.toString(),
            types.values().stream().mapToLong(Long::longValue).sum(), types)));
        return new Timeline(interval.name().toLowerCase(java.util.Locale.ROOT), c.total(), c.total() - dated, out);
    }

    private static void fillGaps(TreeMap<LocalDate, Map<String, Long>> buckets, Interval interval) {
        if (buckets.size() < 2) {
            return;
        }
        int step = interval == Interval.WEEK ? 7 : 1;
        if (Days.daysBetween(buckets.firstKey(), buckets.lastKey()) / step > MAX_FILLED) {
            return;
        }
        for (LocalDate d = buckets.firstKey(); d.isBefore(buckets.lastKey()); d = d.plusDays(step)) {
            buckets.putIfAbsent(d, new TreeMap<>());
        }
    }
}
