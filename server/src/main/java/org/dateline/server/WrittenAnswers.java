package org.dateline.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dateline.json.RecordJson;

/**
 * The JSON of the last few answers, by the answer's identity. The store gives the very same object
 * for a question it remembers (its answers are immutable), so writing it again would give the same
 * bytes: on a busy server, writing the JSON was most of the work of a remembered answer. Identity,
 * not equality: comparing two answers would cost as much as writing one. Bounded; an entry whose
 * answer the store has forgotten just waits to be pushed out.
 */
final class WrittenAnswers {
    /** An answer compared by identity. */
    private record Same(Object answer) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Same s && s.answer == answer;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(answer);
        }
    }

    private final Map<Same, byte[]> bytes;
    private final boolean keeps;

    WrittenAnswers(int capacity) {
        this.keeps = capacity > 0;
        this.bytes = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Same, byte[]> eldest) {
                return size() > capacity;
            }
        };
    }

    byte[] json(Object answer) throws JsonProcessingException {
        if (!keeps) {
            return RecordJson.mapper().writeValueAsBytes(answer);
        }
        Same key = new Same(answer);
        synchronized (this) {
            byte[] known = bytes.get(key);
            if (known != null) {
                return known;
            }
        }
        byte[] written = RecordJson.mapper().writeValueAsBytes(answer);
        synchronized (this) {
            bytes.put(key, written);
        }
        return written;
    }

    synchronized int size() {
        return bytes.size();
    }
}
