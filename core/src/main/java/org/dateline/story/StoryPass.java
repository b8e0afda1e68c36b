package org.dateline.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Puts one article in a story, against what is known: its profile is built, the candidates that
 * share an anchor with it are scored by the {@link LinkModel}, and it joins the story it fits best
 * (its best link there, less its doubts about the story's other articles: {@link #value}), else
 * starts its own story, whose id is its article id. An article that fits a second story as
 * strongly as reports of one happening fit each other merges that story into the one it joins
 * ({@link #MERGE}): one happening first told in two stories (the first reports name different
 * victims or places) is one story from then on. The merged story's id stays its alias: it names
 * the story it was merged into ({@link KnownStories#current}), so an id once given always finds
 * its articles. Re-adding a stored article decides nothing anew.
 * The store runs it as it adds an article, a batch pass over an archive in the same order gives
 * the same stories.
 */
public final class StoryPass {
    /** The score of a wire copy's link to its original: it joins whatever its words. */
    static final double COPY_SCORE = 1000;
    /** How many days from its original a near copy may be published and still be a wire copy ({@link #wireCopy}). */
    static final int COPY_DAYS = 7;
    /** Links kept as the evidence of a decision: the best few, not every article of a big story. */
    static final int MAX_LINKS = 5;
    /** How much a story's negative links count against its best one (see {@link #value}). */
    static final double DOUBT = 1.0;
    /**
     * An article's value ({@link #value}) for a second story at which it merges that story into the
     * one it joins, when it and every article it was compared with in both have a published day
     * (an undated archive gives no day to hold two stories' reports together; ECB+ has none). The
     * Dallas ambush was told in two stories, its later reports linking to both (values 4.4 and 3.0)
     * but joining one. Fit by {@code scripts/fit-story-links.py --merge}: out of fold, GVA dev
     * pairwise F1 +0.019 on average over four fold draws at 2.0, B-cubed +0.002 to +0.006
     * (docs/EVALUATION.md).
     */
    static final double MERGE = 2.0;

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
        // A page whose body is its site's chrome shares it with unrelated pages: no wire copy.
        if (original != null && wireCopy(p, original.profile()) && !built.chrome()) {
            String story = known.current(original.storyId());
            return new StoryDecision(p, story, List.of(new StoryLink(original.profile().articleId(), story, COPY_SCORE,
                List.of("copy of this article"))), List.of(), built.terms());
        }
        long day = p.published() == null ? Long.MIN_VALUE : LocalDate.parse(p.published()).toEpochDay();
        List<String> anchors = p.anchors().stream().filter(t -> known.docFreq(t) <= maxAnchorArticles).toList();
        // Stories in id order, so that ties go to the same story in the store and in a batch pass.
        Map<String, List<StoryLink>> byStory = new TreeMap<>();
        Set<String> undated = new HashSet<>();
        for (StoryMember m : known.candidates(anchors, day)) {
            String story = known.current(m.storyId());
            byStory.computeIfAbsent(story, k -> new ArrayList<>()).add(model.link(p, m.profile(), story, known));
            if (m.profile().published() == null) {
                undated.add(story);
            }
        }
        String story = null;
        double best = 0;
        for (Map.Entry<String, List<StoryLink>> e : byStory.entrySet()) {
            double value = value(e.getValue());
            if (value >= 0 && (story == null || value > best)) {
                story = e.getKey();
                best = value;
            }
        }
        if (story == null) {
            return new StoryDecision(p, a.id(), List.of(), List.of(), built.terms());
        }
        List<StoryLink> merged = new ArrayList<>();
        if (p.published() != null && !undated.contains(story)) {
            for (Map.Entry<String, List<StoryLink>> e : byStory.entrySet()) {
                if (!e.getKey().equals(story) && !undated.contains(e.getKey()) && value(e.getValue()) >= MERGE) {
                    merged.add(strongest(e.getValue()).get(0));
                }
            }
        }
        return new StoryDecision(p, story, strongest(byStory.get(story)), merged, built.terms());
    }

    /** The links at even odds or better, strongest first, at most {@link #MAX_LINKS}. */
    private static List<StoryLink> strongest(List<StoryLink> links) {
        return links.stream().filter(l -> l.score() >= 0)
            .sorted(Comparator.comparingDouble(StoryLink::score).reversed().thenComparing(StoryLink::articleId))
            .limit(MAX_LINKS).toList();
    }

    /**
     * Whether a near copy is a wire copy: published within {@value #COPY_DAYS} days of its original
     * (or either day unknown). A page whose text is the same sign-up form or cookie notice as a page
     * of another month is a copy by its words only: on the GVA dev set, the 12 copies published
     * within 7 days of their original report its incident, the 12 further apart (8 days to 2 years)
     * another one; those are put in a story by their links like any article.
     */
    static boolean wireCopy(StoryProfile copy, StoryProfile original) {
        long gap = LinkModel.daysApart(copy.published(), original.published());
        return gap < 0 || gap <= COPY_DAYS;
    }

    /**
     * How well an article fits a story, from its links to the story's articles it was compared
     * with: its best link, less {@link #DOUBT} times the mean of the negative ones; below 0 (or no
     * link at even odds) it does not join. A chain of single links drifts: a South Side weekend's
     * shootings became one story through one article each; an article that fits one of a story's
     * articles and clearly not the others it was compared with is not of that story (out of fold,
     * GVA dev pairwise 0.742 -> 0.799, ECB+ B-cubed 0.868 -> 0.888; docs/EVALUATION.md).
     */
    static double value(List<StoryLink> links) {
        double max = Double.NEGATIVE_INFINITY;
        double negative = 0;
        for (StoryLink l : links) {
            max = Math.max(max, l.score());
            negative += Math.min(0, l.score());
        }
        return max < 0 ? -1 : max + DOUBT * negative / links.size();
    }
}
