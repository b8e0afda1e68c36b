package org.dateline.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts one article in a story, against what is known: its profile is built, the candidates that
 * share an anchor with it are scored by the {@link LinkModel}, and it joins the story of the
 * best-linked candidate (single link), else starts its own story, whose id is its article id. A
 * story id therefore never changes once given; re-adding a stored article decides nothing anew.
 * The store runs it as it adds an article, a batch pass over an archive in the same order gives
 * the same stories.
 */
public final class StoryPass {
    /** The score of a wire copy's link to its original: it joins whatever its words. */
    static final double COPY_SCORE = 1000;
    /** Links kept as the evidence of a decision: the best few, not every article of a big story. */
    static final int MAX_LINKS = 5;

    private final StoryProfiles profiles;
    private final LinkModel model;

    /**
     * An anchor held by more stored articles than this finds no candidates: a word or place that
     * common ("Chicago" in a city's crime news) points at no one happening, and a query for it
     * would read a share of the store that grows with the store, so the cost of a put would too.
     * The article is still compared through its rarer anchors (names, streets, rare words).
     */
    public static final int MAX_ANCHOR_ARTICLES = 1_000;

    private final int maxAnchorArticles;

    public StoryPass(StoryProfiles profiles, LinkModel model) {
        this(profiles, model, MAX_ANCHOR_ARTICLES);
    }

    StoryPass(StoryProfiles profiles, LinkModel model, int maxAnchorArticles) {
        this.profiles = profiles;
        this.model = model;
        this.maxAnchorArticles = maxAnchorArticles;
    }

    public static StoryPass standard() {
        return new StoryPass(StoryProfiles.standard(), LinkModel.standard());
    }

    public StoryProfiles profiles() {
        return profiles;
    }

    /**
     * The story of {@code a}; a wire copy ({@code duplicateOf} an article known here) joins its
     * original's story without being scored.
     */
    public StoryDecision decide(StoryArticle a, KnownStories known) {
        StoryProfiles.Built built = profiles.build(a, known);
        StoryProfile p = built.profile();
        StoryMember original = a.record().duplicateOf() == null ? null : known.byArticle(a.record().duplicateOf());
        if (original != null) {
            return new StoryDecision(p, original.storyId(), List.of(new StoryLink(original.profile().articleId(),
                original.storyId(), COPY_SCORE, List.of("copy of this article"))), built.terms());
        }
        long day = p.published() == null ? Long.MIN_VALUE : LocalDate.parse(p.published()).toEpochDay();
        List<StoryLink> links = new ArrayList<>();
        List<String> anchors = p.anchors().stream().filter(t -> known.docFreq(t) <= maxAnchorArticles).toList();
        for (StoryMember m : known.candidates(anchors, day)) {
            StoryLink link = model.link(p, m.profile(), m.storyId(), known);
            if (link != null) {
                links.add(link);
            }
        }
        if (links.isEmpty()) {
            return new StoryDecision(p, a.id(), List.of(), built.terms());
        }
        // Best first; ties by article id, so the store and a batch pass choose alike.
        links.sort(Comparator.comparingDouble(StoryLink::score).reversed().thenComparing(StoryLink::articleId));
        String story = links.get(0).storyId();
        return new StoryDecision(p, story, links.stream().filter(l -> l.storyId().equals(story)).limit(MAX_LINKS).toList(),
            built.terms());
    }
}
