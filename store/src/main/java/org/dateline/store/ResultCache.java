package org.dateline.store;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * The answers to the last few distinct questions, for the store as of one commit: a page that is
 * reloaded, or many readers opening the same search, costs one search. Answers are immutable
 * values. Keyed by the searcher's commit (its reader version): the first read that sees a newer
 * commit empties the cache, so an answer never outlives the data it was computed from.
 */
final class ResultCache {
    /** One question: what was asked (a route's name and its parameters). */
    record Key(String route, Object question) {}

    private final int capacity;
    private final Map<Key, Object> answers;
    private long version = -1;

    ResultCache(int capacity) {
        this.capacity = capacity;
        this.answers = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
                return size() > ResultCache.this.capacity;
            }
        };
    }

    /** The remembered answer to {@code key} at the searcher's commit, or the computed one (then remembered). */
    @SuppressWarnings("unchecked")
    <T> T get(IndexSearcher s, Key key, Store.Read<T> compute) throws IOException {
        if (capacity == 0) {
            return compute.apply(s);
        }
        long at = ((DirectoryReader) s.getIndexReader()).getVersion();
        synchronized (this) {
            if (at == version) {
                Object known = answers.get(key);
                if (known != null) {
                    return (T) known;
                }
            }
        }
        // Computed outside the lock: two identical first requests both search, neither waits.
        T answer = compute.apply(s);
        synchronized (this) {
            if (at > version) {
                answers.clear();
                version = at;
            }
            if (at == version) {
                answers.put(key, answer);
            }
        }
        return answer;
    }

    /** How many answers it remembers at most (0: none). */
    int capacity() {
        return capacity;
    }

    synchronized int size() {
        return answers.size();
    }
}
