package org.dateline.store.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.dateline.store.Fields;

/**
 * Counts every collected document and the values of the facet fields over them, from doc values.
 * A segment that has the packed {@link Fields#FACET} field is read from it alone (one doc-values
 * lookup per match); an older segment from the seven facet fields. Counting is by ordinal per
 * segment, and ordinals become names only once, at the end.
 */
final class FacetCollector implements Collector {
    private final List<Leaf> leaves = new ArrayList<>();
    private final FacetLayout.Cache layouts;
    private long total;

    FacetCollector() {
        this(FacetLayout.Cache.SHARED);
    }

    FacetCollector(FacetLayout.Cache layouts) {
        this.layouts = layouts;
    }

    /** One segment's counts by ordinal, and how to name them per facet field. */
    private interface Leaf {
        void count(int doc) throws IOException;

        void addTo(String field, Map<String, Long> out) throws IOException;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        Leaf leaf = context.reader().getFieldInfos().fieldInfo(Fields.FACET) != null
            ? new Packed(DocValues.getSortedSet(context.reader(), Fields.FACET), context, layouts)
            : new PerField(context);
        leaves.add(leaf);
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {}

            @Override
            public void collect(int doc) throws IOException {
                total++;
                leaf.count(doc);
            }
        };
    }

    /**
     * A segment with the packed field: values {@code field␟value}, so each field is one ordinal
     * range. A document without packed values may come from an older store merged into this
     * segment, so it is counted from the seven fields (it finds nothing when it has no facets).
     */
    private static final class Packed implements Leaf {
        private final SortedSetDocValues values;
        private final int[] counts;
        private final LeafReaderContext context;
        private final FacetLayout layout;
        private PerField older;

        Packed(SortedSetDocValues values, LeafReaderContext context, FacetLayout.Cache layouts) throws IOException {
            this.values = values;
            this.counts = new int[(int) values.getValueCount()];
            this.context = context;
            this.layout = layouts.of(context.reader(), values);
        }

        @Override
        public void count(int doc) throws IOException {
            if (values.advanceExact(doc)) {
                for (int k = values.docValueCount(); k > 0; k--) {
                    counts[(int) values.nextOrd()]++;
                }
            } else {
                if (older == null) {
                    older = new PerField(context);
                }
                older.count(doc);
            }
        }

        @Override
        public void addTo(String field, Map<String, Long> out) throws IOException {
            if (older != null) {
                older.addTo(field, out);
            }
            int i = Fields.FACET_FIELDS.indexOf(field);
            for (int ord = layout.from(i); ord < layout.to(i); ord++) {
                if (counts[ord] > 0) {
                    out.merge(layout.name(values, i, ord), (long) counts[ord], Long::sum);
                }
            }
        }
    }

    /** A segment written before the packed field: each facet field read on its own. */
    private static final class PerField implements Leaf {
        private final SortedSetDocValues[] values;
        private final int[][] counts;

        PerField(LeafReaderContext context) throws IOException {
            values = new SortedSetDocValues[Fields.FACET_FIELDS.size()];
            counts = new int[values.length][];
            for (int i = 0; i < values.length; i++) {
                values[i] = DocValues.getSortedSet(context.reader(), Fields.FACET_FIELDS.get(i));
                counts[i] = new int[(int) values[i].getValueCount()];
            }
        }

        @Override
        public void count(int doc) throws IOException {
            for (int i = 0; i < values.length; i++) {
                SortedSetDocValues dv = values[i];
                if (dv.advanceExact(doc)) {
                    for (int k = dv.docValueCount(); k > 0; k--) {
                        counts[i][(int) dv.nextOrd()]++;
                    }
                }
            }
        }

        @Override
        public void addTo(String field, Map<String, Long> out) throws IOException {
            int i = Fields.FACET_FIELDS.indexOf(field);
            int[] c = counts[i];
            for (int ord = 0; ord < c.length; ord++) {
                if (c[ord] > 0) {
                    out.merge(values[i].lookupOrd(ord).utf8ToString(), (long) c[ord], Long::sum);
                }
            }
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    /** Documents collected. */
    long total() {
        return total;
    }

    /** Value → count for one facet field, over all segments. */
    Map<String, Long> counts(String field) throws IOException {
        Map<String, Long> out = new HashMap<>();
        for (Leaf leaf : leaves) {
            leaf.addTo(field, out);
        }
        return out;
    }

    /**
     * The {@code max} most frequent values, most frequent first, ties by value, each count times
     * {@code scale} (1 when every match was collected; more when only a sample was).
     */
    Map<String, Long> top(String field, int max, double scale) throws IOException {
        Map<String, Long> top = new LinkedHashMap<>();
        counts(field).entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .limit(max)
            .forEachOrdered(e -> top.put(e.getKey(), Math.round(e.getValue() * scale)));
        return top;
    }
}
