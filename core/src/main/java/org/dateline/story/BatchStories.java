package org.dateline.story;

import java.util.ArrayList;
import java.util.List;

/**
 * Story grouping over a whole archive at once, in input order, with the same decisions the store
 * makes as it adds articles one by one (the Spark job runs it on its driver).
 */
public final class BatchStories {
    private final StoryPass pass;
    private final MemoryStories known = new MemoryStories();

    public BatchStories(StoryPass pass) {
        this.pass = pass;
    }

    /** Decides {@code a} and remembers it for the articles after it. */
    public StoryDecision add(StoryArticle a) {
        StoryDecision d = pass.decide(a, known);
        known.add(d);
        return d;
    }

    /** The story {@code storyId} names now: itself, or the story it was merged into since ({@link KnownStories#current}). */
    public String current(String storyId) {
        return known.current(storyId);
    }

    /** Every article's decision, in order. */
    public List<StoryDecision> all(List<StoryArticle> articles) {
        List<StoryDecision> out = new ArrayList<>();
        articles.forEach(a -> out.add(add(a)));
        return out;
    }
}
