package org.dateline.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stories known in memory: a batch pass over an archive (the Spark job's driver) and the tests.
 * Answers as the store's index does (same candidates, same counts), so both give the same stories.
 */
public final class MemoryStories implements KnownStories {
    private final Map<String, Integer> docFreq = new HashMap<>();
    private final Map<String, List<StoryMember>> byAnchor = new HashMap<>();
    private final Map<String, StoryMember> byId = new HashMap<>();
    /** Each merged story's id and the story it was merged into. */
    private final Map<String, String> mergedInto = new HashMap<>();
    private int articles;

    @Override
    public int articles() {
        return articles;
    }

    @Override
    public int docFreq(String term) {
        return docFreq.getOrDefault(term, 0);
    }

    /** Records the decided article: its terms counted, its anchors indexed. */
    public void add(StoryDecision d) {
        articles++;
        d.terms().forEach(t -> docFreq.merge(t, 1, Integer::sum));
        for (StoryLink merge : d.merged()) {
            mergedInto.put(merge.storyId(), d.storyId());
        }
        StoryMember m = new StoryMember(d.profile(), d.storyId());
        byId.put(m.profile().articleId(), m);
        for (String anchor : d.profile().anchors()) {
            byAnchor.computeIfAbsent(anchor, k -> new ArrayList<>()).add(m);
        }
    }

    @Override
    public List<StoryMember> candidates(List<String> anchors, long publishedEpochDay) {
        Map<String, Integer> shared = new HashMap<>();
        Map<String, StoryMember> members = new HashMap<>();
        for (String anchor : anchors) {
            for (StoryMember m : byAnchor.getOrDefault(anchor, List.of())) {
                if (within(m.profile(), publishedEpochDay)) {
                    shared.merge(m.profile().articleId(), 1, Integer::sum);
                    members.put(m.profile().articleId(), m);
                }
            }
        }
        return members.values().stream()
            .sorted(Comparator.comparingInt((StoryMember m) -> shared.get(m.profile().articleId())).reversed()
                .thenComparing(Comparator.comparingLong((StoryMember m) -> m.profile().seq()).reversed()))
            .limit(MAX_CANDIDATES)
            .toList();
    }

    @Override
    public StoryMember byArticle(String articleId) {
        return byId.get(articleId);
    }

    /** The story {@code storyId} was merged into here, or null. */
    public String mergedInto(String storyId) {
        return mergedInto.get(storyId);
    }

    @Override
    public String current(String storyId) {
        return current(storyId, mergedInto::get);
    }

    /**
     * {@code storyId} followed through {@code mergedInto} (a merged id's story, or null) to a
     * story not merged: a story is merged only into one that is current at the time, so the
     * chain ends.
     */
    public static String current(String storyId, java.util.function.UnaryOperator<String> mergedInto) {
        String at = storyId;
        for (String next = mergedInto.apply(at); next != null; next = mergedInto.apply(at)) {
            at = next;
        }
        return at;
    }

    static boolean within(StoryProfile p, long day) {
        if (day == Long.MIN_VALUE || p.published() == null) {
            return true;
        }
        return Math.abs(LocalDate.parse(p.published()).toEpochDay() - day) <= WINDOW_DAYS;
    }
}
