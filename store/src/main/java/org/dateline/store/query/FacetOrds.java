package org.dateline.store.query;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;
import org.dateline.store.Fields;

/**
 * One segment's packed facet ordinals ({@link Fields#FACET}) in two plain arrays: document
 * {@code d}'s ordinals are {@code ords[start[d]]} up to {@code ords[start[d + 1]]}. Counting a
 * match through doc values costs a sparse-document lookup, an address lookup and packed ordinals
 * (about 85 ns per article on the 100,000-article synthetic store); through these arrays about
 * 25 ns, and counting facets was about a quarter of an uncached search's time in the store. A
 * segment never changes, so its arrays stay right for as long as it lives and are dropped when it
 * is closed (merged away, or the store closed). The ordinals are the segment's own, so names are
 * still looked up in its doc values.
 */
final class FacetOrds {
    private final int[] start;
    private final int[] ords;

    private FacetOrds(int[] start, int[] ords) {
        this.start = start;
        this.ords = ords;
    }

    /** Adds one to {@code counts} at each packed ordinal of {@code doc}; false when it has none. */
    boolean count(int doc, int[] counts) {
        int from = start[doc];
        int to = start[doc + 1];
        for (int i = from; i < to; i++) {
            counts[ords[i]]++;
        }
        return from < to;
    }

    /** Bytes held: four per document and per value. */
    long bytes() {
        return 4L * start.length + 4L * ords.length;
    }

    /** Reads every document's packed ordinals of a segment that has the packed field. */
    static FacetOrds read(LeafReader reader) throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(reader, Fields.FACET);
        int maxDoc = reader.maxDoc();
        int[] start = new int[maxDoc + 1];
        int[] ords = new int[16];
        int n = 0;
        int next = 0; // the first document whose start is not set yet
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            while (next <= doc) { // documents without values before it start (and end) here, and so does it
                start[next++] = n;
            }
            int k = values.docValueCount();
            ords = ArrayUtil.grow(ords, n + k);
            for (; k > 0; k--) {
                ords[n++] = Math.toIntExact(values.nextOrd());
            }
        }
        while (next <= maxDoc) {
            start[next++] = n;
        }
        return new FacetOrds(start, ArrayUtil.copyOfSubArray(ords, 0, n));
    }

    /**
     * The arrays of live segments, within a budget of bytes: a segment that would exceed it is
     * counted through its doc values, as before, so a store too large for the heap still searches
     * (at 1,000,000 articles with their facts the arrays take about 180 MB).
     */
    static final class Cache {
        /** A JVM's searches share one: an eighth of the heap it may grow to. */
        static final Cache SHARED = new Cache(Runtime.getRuntime().maxMemory() / 8);
        /** Marks a segment left to its doc values (over budget), so it is not read again. */
        private static final FacetOrds NONE = new FacetOrds(new int[0], new int[0]);

        private final long budget;
        private final AtomicLong used = new AtomicLong();
        private final Map<IndexReader.CacheKey, FacetOrds> bySegment = new ConcurrentHashMap<>();

        Cache(long budget) {
            this.budget = budget;
        }

        /** The segment's arrays, read on first use; null when it is left to its doc values. */
        FacetOrds of(LeafReader reader) throws IOException {
            IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
            if (helper == null || budget <= 0) {
                return null;
            }
            IndexReader.CacheKey key = helper.getKey();
            FacetOrds known = bySegment.get(key);
            if (known == null) {
                // Two first searches of a new segment may both read it; one result is kept.
                FacetOrds read = read(reader);
                if (used.addAndGet(read.bytes()) > budget) {
                    used.addAndGet(-read.bytes());
                    read = NONE;
                }
                known = bySegment.putIfAbsent(key, read);
                if (known == null) {
                    known = read;
                    helper.addClosedListener(this::forget);
                } else {
                    used.addAndGet(-read.bytes());
                }
            }
            return known == NONE ? null : known;
        }

        private void forget(IndexReader.CacheKey key) {
            FacetOrds gone = bySegment.remove(key);
            if (gone != null && gone != NONE) {
                used.addAndGet(-gone.bytes());
            }
        }

        /** Bytes held now; for tests. */
        long used() {
            return used.get();
        }

        /** Segments known now (read or left to doc values); for tests. */
        int segments() {
            return bySegment.size();
        }
    }
}
