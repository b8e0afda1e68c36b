package org.dateline.store.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.compress.LZ4;
import org.dateline.json.RecordJson;
import org.dateline.model.ArticleRecord;
import org.dateline.store.Fields;

/**
 * What a search hit shows of its article, read without the stored record: the head
 * ({@link Fields#HEAD}: id, title, source, published and text as JSON, LZ4-compressed in binary
 * doc values) and the story id (its sorted doc values). Reading the stored record instead
 * decompresses the whole article document, about 6 KB of record JSON and 4.4 KB of story profile
 * and links, to show a few fields. An article without a head (a segment, or an old document merged
 * into a new segment, from a store written before the field) is read from its stored record, with
 * the same result.
 */
public final class Heads {
    private Heads() {}

    /** A hit's head and the story its article is in now (null before stories). */
    record Shown(Views.Head head, String storyId) {}

    /** The head value of a record: its JSON compressed on its own (LZ4, so reading costs microseconds). */
    public static BytesRef encode(ArticleRecord r) {
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("id", r.id());
        head.put("title", r.title());
        head.put("source", r.source());
        head.put("published", r.published());
        head.put("text", r.text());
        try {
            byte[] json = RecordJson.mapper().writeValueAsString(head).getBytes(StandardCharsets.UTF_8);
            ByteBuffersDataOutput out = new ByteBuffersDataOutput();
            out.writeVInt(json.length);
            LZ4.compress(json, 0, json.length, out, new LZ4.FastCompressionHashTable());
            return new BytesRef(out.toArrayCopy());
        } catch (IOException e) {
            throw new IllegalStateException("a record's head is always serialisable", e);
        }
    }

    static Views.Head decode(BytesRef value) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(value.bytes, value.offset, value.length);
        byte[] json = new byte[in.readVInt()];
        LZ4.decompress(in, json.length, json, 0);
        return Views.head(json);
    }

    /** The heads and story ids of {@code docs} (top-level document numbers), in their order. */
    static List<Shown> of(IndexSearcher s, int[] docs) throws IOException {
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // doc values are read forwards within a segment
        Arrays.sort(order, (a, b) -> Integer.compare(docs[a], docs[b]));
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        StoryAliases aliases = StoryAliases.of(s.getIndexReader());
        Shown[] out = new Shown[docs.length];
        int leafIndex = -1;
        LeafReaderContext leaf = null;
        BinaryDocValues heads = null;
        SortedDocValues stories = null;
        StoredFields stored = null;
        for (int i : order) {
            int doc = docs[i];
            int at = ReaderUtil.subIndex(doc, leaves);
            if (at != leafIndex) {
                leafIndex = at;
                leaf = leaves.get(at);
                heads = leaf.reader().getBinaryDocValues(Fields.HEAD);
                stories = leaf.reader().getSortedDocValues(Fields.STORY_ID);
            }
            int local = doc - leaf.docBase;
            Views.Head head;
            if (heads != null && heads.advanceExact(local)) {
                head = decode(heads.binaryValue());
            } else {
                if (stored == null) {
                    stored = s.storedFields();
                }
                head = Views.head(Views.json(stored, doc));
            }
            String story = stories != null && stories.advanceExact(local)
                ? aliases.current(stories.lookupOrd(stories.ordValue()).utf8ToString()) : null;
            out[i] = new Shown(head, story);
        }
        return List.of(out);
    }
}
