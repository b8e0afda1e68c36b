package org.dateline.store.query;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.dateline.store.Fields;

/**
 * Where each facet field's values lie among a segment's packed {@link Fields#FACET} ordinals, and
 * the values of those ordinals as strings, learnt once per segment. Naming a search's counts looked
 * up two range ends per field and segment in the terms dictionary (fourteen seeks per segment) and
 * decoded every counted value again, on every search, though a segment never changes. Names are
 * filled in as counts reach them, so a segment with many values holds only those ever counted.
 */
final class FacetLayout {
    private final int[] from;
    private final int[] to;
    private final String[] names;

    private FacetLayout(int[] from, int[] to, int values) {
        this.from = from;
        this.to = to;
        this.names = new String[values];
    }

    /** The ordinals of facet field {@code i} (of {@link Fields#FACET_FIELDS}): from inclusive, to exclusive. */
    int from(int i) {
        return from[i];
    }

    int to(int i) {
        return to[i];
    }

    /** The value of ordinal {@code ord} of field {@code i}, without the field's prefix. */
    String name(SortedSetDocValues values, int i, int ord) throws IOException {
        String name = names[ord];
        if (name == null) {
            // racing searches may both decode it; a String is safe to publish this way
            name = values.lookupOrd(ord).utf8ToString().substring(Fields.FACET_FIELDS.get(i).length() + 1);
            names[ord] = name;
        }
        return name;
    }

    static FacetLayout read(SortedSetDocValues values) throws IOException {
        int n = Fields.FACET_FIELDS.size();
        int[] from = new int[n];
        int[] to = new int[n];
        for (int i = 0; i < n; i++) {
            String field = Fields.FACET_FIELDS.get(i);
            // ordinals are sorted by value, so "field␟..." is the range between these two insertion points
            from[i] = insertionPoint(values, field + Fields.FACET_SEPARATOR);
            to[i] = insertionPoint(values, field + (char) (Fields.FACET_SEPARATOR + 1));
        }
        return new FacetLayout(from, to, (int) values.getValueCount());
    }

    private static int insertionPoint(SortedSetDocValues values, String prefix) throws IOException {
        long at = values.lookupTerm(new BytesRef(prefix));
        return (int) (at < 0 ? -at - 1 : at);
    }

    /** Layouts by segment, each dropped when its segment is closed. */
    static final class Cache {
        static final Cache SHARED = new Cache();

        private final Map<IndexReader.CacheKey, FacetLayout> bySegment = new ConcurrentHashMap<>();

        /** The layout of {@code reader}'s packed field, whose doc values are {@code values}. */
        FacetLayout of(LeafReader reader, SortedSetDocValues values) throws IOException {
            IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
            if (helper == null) {
                return read(values);
            }
            IndexReader.CacheKey key = helper.getKey();
            FacetLayout known = bySegment.get(key);
            if (known == null) {
                FacetLayout read = read(values);
                known = bySegment.putIfAbsent(key, read);
                if (known == null) {
                    known = read;
                    helper.addClosedListener(bySegment::remove);
                }
            }
            return known;
        }

        /** Segments known now; for tests. */
        int segments() {
            return bySegment.size();
        }
    }
}
