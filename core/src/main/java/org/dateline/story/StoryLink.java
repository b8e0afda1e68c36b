package org.dateline.story;

import java.util.List;

/**
 * Why an article joined a story: the stored article it was linked to, that article's story, the
 * model's score (at least 0 links) and what the two share, strongest first ("person PERSON:joshua
 * boren", "place LOCATION:spanish fork", "words 0.41", "published 1 day apart").
 */
public record StoryLink(String articleId, String storyId, double score, List<String> shared) {
    public StoryLink {
        shared = List.copyOf(shared);
    }
}
