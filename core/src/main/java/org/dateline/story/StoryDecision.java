package org.dateline.story;

import java.util.List;
import java.util.Set;

/**
 * The story an article was put in and why: its profile (kept with it), the story id (its own id
 * when it starts a story) and the links to the story's earlier articles, best first; empty when
 * it starts one.
 *
 * @param terms every term of the article whose document frequency later articles read (its words
 *     and name keys, {@link StoryTerms}): what the store indexes and a batch pass counts
 */
public record StoryDecision(StoryProfile profile, String storyId, List<StoryLink> links, Set<String> terms) {
    public StoryDecision {
        links = List.copyOf(links);
        terms = Set.copyOf(terms);
    }
}
