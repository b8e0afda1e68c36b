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

/**
 * Counts every matching document (the exact total) and the values of some keyword fields over
 * them, reading the doc values the store writes beside each keyword. Counting by ordinal per
 * segment and naming ordinals only once at the end keeps it cheap on large result sets.
 */
final class FacetCollector implements Collector {
    private final List<String> fields;
    private final List<Leaf> leaves = new ArrayList<>();
    private long total;

    FacetCollector(List<String> fields) {
        this.fields = List.copyOf(fields);
    }

    private static final class Leaf {
        final SortedSetDocValues[] values;
        final int[][] counts;

        Leaf(SortedSetDocValues[] values) {
            this.values = values;
            this.counts = new int[values.length][];
            for (int i = 0; i < values.length; i++) {
                counts[i] = new int[(int) values[i].getValueCount()];
            }
        }
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        SortedSetDocValues[] values = new SortedSetDocValues[fields.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = DocValues.getSortedSet(context.reader(), fields.get(i));
        }
        Leaf leaf = new Leaf(values);
        leaves.add(leaf);
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {}

            @Override
            public void collect(int doc) throws IOException {
                total++;
                for (int i = 0; i < leaf.values.length; i++) {
                    SortedSetDocValues dv = leaf.values[i];
                    if (dv.advanceExact(doc)) {
                        for (int k = 0; k < dv.docValueCount(); k++) {
                            leaf.counts[i][(int) dv.nextOrd()]++;
                        }
                    }
                }
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    long total() {
        return total;
    }

    /** Value → count for one field, over all segments. */
    Map<String, Long> counts(String field) throws IOException {
        int i = fields.indexOf(field);
        Map<String, Long> out = new HashMap<>();
        for (Leaf leaf : leaves) {
            int[] c = leaf.counts[i];
            for (int ord = 0; ord < c.length; ord++) {
                if (c[ord] > 0) {
                    out.merge(leaf.values[i].lookupOrd(ord).utf8ToString(), (long) c[ord], Long::sum);
                }
            }
        }
        return out;
    }

    /** The {@code max} most frequent values, most frequent first, ties by value. */
    Map<String, Long> top(String field, int max) throws IOException {
        Map<String, Long> top = new LinkedHashMap<>();
        counts(field).entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .limit(max)
            .forEachOrdered(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }
}
