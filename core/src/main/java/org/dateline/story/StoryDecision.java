package org.dateline.story;

import java.util.List;

/**
 * The story an article was put in and why: its profile (kept with it), the story id (its own id
 * when it starts a story) and the links to the story's earlier articles, best first; empty when
 * it starts one.
 */
public record StoryDecision(StoryProfile profile, String storyId, List<StoryLink> links) {
    public StoryDecision {
        links = List.copyOf(links);
    }
}
