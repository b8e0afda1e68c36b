package org.dateline.store.query;

import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.dateline.store.Fields;
import org.dateline.story.MemoryStories;

/**
 * The merged stories of one point in time of a store: each merged story's id and the story it was
 * merged into, read from the articles that merged them ({@link Fields#STORY_MERGED} doc values
 * beside their {@link Fields#STORY_ID}). An article keeps the story id it was given; every reader
 * of a story id goes through {@link #current}, and finds a story's articles under every id in
 * {@link #ids}. Merges are few (a few in a hundred articles), so this is small; it is read once
 * per reader.
 */
public final class StoryAliases {
    private static final Map<IndexReader.CacheKey, StoryAliases> BY_READER = Collections.synchronizedMap(new WeakHashMap<>());

    private final Map<String, String> mergedInto;
    private final Map<String, Set<String>> mergedFrom = new HashMap<>();

    private StoryAliases(Map<String, String> mergedInto) {
        this.mergedInto = mergedInto;
        mergedInto.forEach((from, to) -> mergedFrom.computeIfAbsent(to, k -> new HashSet<>()).add(from));
    }

    /** The aliases of {@code reader}'s point in time (remembered per reader). */
    public static StoryAliases of(IndexReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return read(reader);
        }
        StoryAliases known = BY_READER.get(helper.getKey());
        if (known == null) {
            known = read(reader);
            BY_READER.put(helper.getKey(), known);
        }
        return known;
    }

    private static StoryAliases read(IndexReader reader) throws IOException {
        Map<String, String> mergedInto = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedSetDocValues merged = leaf.reader().getSortedSetDocValues(Fields.STORY_MERGED);
            if (merged == null) {
                continue;
            }
            SortedDocValues stories = leaf.reader().getSortedDocValues(Fields.STORY_ID);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = merged.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = merged.nextDoc()) {
                if (live != null && !live.get(doc) || stories == null || !stories.advanceExact(doc)) {
                    continue;
                }
                String into = stories.lookupOrd(stories.ordValue()).utf8ToString();
                for (int i = 0; i < merged.docValueCount(); i++) {
                    mergedInto.put(merged.lookupOrd(merged.nextOrd()).utf8ToString(), into);
                }
            }
        }
        return new StoryAliases(mergedInto);
    }

    /** The story {@code storyId} names now: itself, or the story it was merged into, through every merge since. */
    public String current(String storyId) {
        return storyId == null ? null : MemoryStories.current(storyId, mergedInto::get);
    }

    /** The story id this id was merged into directly, or null (not merged). */
    public String mergedInto(String storyId) {
        return mergedInto.get(storyId);
    }

    /** Every id whose articles are the current story {@code current}'s: itself and every id merged into it, directly or not. */
    public Set<String> ids(String current) {
        Set<String> out = new HashSet<>();
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(Set.of(current));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (out.add(id)) {
                todo.addAll(mergedFrom.getOrDefault(id, Set.of()));
            }
        }
        return out;
    }
}
