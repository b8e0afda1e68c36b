package org.dateline.story;

import java.util.List;

/**
 * The articles a store (or a batch pass) holds, as story grouping looks them up: how many there
 * are, in how many a term occurs, and the candidates that share an anchor with a new article.
 */
public interface KnownStories {
    /** Candidates compared with a new article at most: the most anchors shared first, then the latest. */
    int MAX_CANDIDATES = 100;
    /**
     * Articles published further apart than this are never compared (when both days are known):
     * about four years, as a verdict or sentence follows its shooting by one to three (at 400 days,
     * 18 of the GVA dev articles that joined no earlier report of their incident had none within it;
     * docs/EVALUATION.md). The candidates stay at most {@link #MAX_CANDIDATES} either way.
     */
    int WINDOW_DAYS = 1500;

    /** Articles added so far. */
    int articles();

    /** Articles added so far with this term ({@link StoryTerms}). */
    int docFreq(String term);

    /**
     * At most {@link #MAX_CANDIDATES} stored articles sharing one of {@code anchors}, published
     * within {@link #WINDOW_DAYS} of {@code publishedEpochDay} (any, when it or theirs is unknown:
     * {@code Long.MIN_VALUE}), ordered by anchors shared, then by the order they were added, latest
     * first.
     */
    List<StoryMember> candidates(List<String> anchors, long publishedEpochDay);

    /** The stored article with this id, or null (a wire copy's original). */
    StoryMember byArticle(String articleId);

    /**
     * The story a stored story id names now: the id itself, or, when its story was merged into
     * another ({@link StoryDecision#merged}), that story's, through every merge since. A member's
     * {@link StoryMember#storyId} is the id its article was given and is read through this.
     */
    String current(String storyId);
}
