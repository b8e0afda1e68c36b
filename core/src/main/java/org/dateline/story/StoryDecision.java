package org.dateline.story;

import java.util.List;
import java.util.Set;

/**
 * The story an article was put in and why: its profile (kept with it), the story id (its own id
 * when it starts a story) and the links to the story's earlier articles, best first; empty when
 * it starts one.
 *
 * @param merged the stories this article merged into {@code storyId} (it fits them as strongly as
 *     a report of one happening does, see {@link StoryPass#MERGE}): for each, its best link there,
 *     whose {@code storyId} is the merged story's; empty for most articles
 * @param terms every term of the article whose document frequency later articles read (its words
 *     and name keys, {@link StoryTerms}): what the store indexes and a batch pass counts
 */
public record StoryDecision(StoryProfile profile, String storyId, List<StoryLink> links, List<StoryLink> merged,
                            Set<String> terms) {
    public StoryDecision {
        links = List.copyOf(links);
        merged = List.copyOf(merged);
        terms = Set.copyOf(terms);
    }
}
