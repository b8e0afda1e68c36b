package org.dateline.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dateline.analyze.data.TsvTable;

/**
 * Whether two articles report one happening: boosted regression trees over what their profiles
 * share, read as log-odds, from {@code story-link-trees.tsv} (fit on real multi-source news, see its
 * header). Trees, not weights: whether a shared day counts depends on whether anything else is
 * shared, which a sum of weighted features cannot say (out of fold, the trees gave GVA dev pairwise
 * F1 0.74 where the logistic model gave 0.69; docs/EVALUATION.md). The features, each in [0, 1] or near it:
 * <ul>
 *   <li>{@code words_cosine}, {@code lead_cosine}: cosine of the tf-idf words of the whole article,
 *       and of the title and lead;
 *   <li>{@code person_rarity}, {@code place_rarity}, {@code organization_rarity}: the rarest shared
 *       key of that kind, {@code ln((N + 1) / df) / 8}; {@code *_shared}: how many are shared, up to 3, / 3;
 *   <li>{@code ages_shared}: ages both give ("34-year-old"), up to 3, / 3;
 *   <li>{@code published_gap}: {@code ln(1 + days apart) / 6}, 1 day when a day is unknown (nothing
 *       says they are apart: undated archives, such as ECB+, would otherwise never group);
 *   <li>{@code same_day}: 1 when the days the happening took place are at most one apart;
 *   <li>{@code day_unknown}: 1 when either published day is unknown;
 *   <li>{@code names_rarity_sum}: the rarities of every shared name summed, / 4, at most 1;
 *   <li>{@code main_person_same}/{@code _differs}, {@code main_place_same}/{@code _differs}: the person
 *       (place) each names most is the same, or both name one and they differ;
 *   <li>{@code names_other_day}: one names the day the other's happening took place (a follow-up);
 *   <li>{@code toll_same}: both give the same positive number killed (or injured);
 *       {@code toll_differs}: otherwise, both give a number killed (or injured) and they differ;
 *   <li>{@code surname_rarity}: when the two share no person's key, the rarest last name both give
 *       of people of two or more words, {@code ln((N + 1) / df) / 8} with the df of the word: the
 *       keys of one person may differ ("Jordyn Wade" in a trial, "Jordyn D. Wade" in the first
 *       report), and an obituary or a trial names the victim's relatives or the accused, not the
 *       victim (with a person's key shared, the surname added nothing and cost ECB+ out of fold);
 *   <li>{@code numbers_shared}: of the numbers the title and lead write ({@link StoryProfile#numbers}),
 *       the share the two have in common, of the fewer one's; {@code numbers_differ}: 1 when both
 *       write numbers and share none ("$108 million" against "$2.6 million" in two Paris jewel heists;
 *       out of fold, GVA pairwise +0.015 and ECB+ B-cubed +0.013, docs/EVALUATION.md).
 * </ul>
 * A pure function of the two profiles and the document frequencies known when the later one is added.
 */
public final class LinkModel {
    private static final List<String> FEATURES = List.of("words_cosine", "lead_cosine", "person_rarity",
        "person_shared", "place_rarity", "place_shared", "organization_rarity", "organization_shared",
        "ages_shared", "published_gap", "same_day", "day_unknown", "names_rarity_sum",
        "main_person_same", "main_person_differs", "main_place_same", "main_place_differs", "names_other_day",
        "toll_same", "toll_differs", "surname_rarity", "numbers_shared", "numbers_differ");
    private static final int UNKNOWN_GAP_DAYS = 1;
    private static final LinkModel STANDARD = read(TsvTable.resource(LinkModel.class, "story-link-trees.tsv"));

    private final LinkTrees trees;

    private LinkModel(LinkTrees trees) {
        this.trees = trees;
    }

    public static LinkModel standard() {
        return STANDARD;
    }

    /** The model of a trees table (see {@code LinkTrees.read} for its columns). */
    static LinkModel read(TsvTable table) {
        return new LinkModel(LinkTrees.read(table, FEATURES));
    }

    /**
     * The link from the new article {@code a} to the stored {@code b} (in story {@code storyId}),
     * scored by the log-odds that they report one happening: at least 0 links them; a score below
     * 0 still counts against the story {@code b} is in (see {@link StoryPass}).
     */
    public StoryLink link(StoryProfile a, StoryProfile b, String storyId, KnownStories known) {
        List<String> shared = new ArrayList<>();
        double[] f = features(a, b, known, shared);
        double z = trees.score(f);
        if (z < 0) {
            // Counted against its story, never shown: no need to say in words what it shares.
            return new StoryLink(b.articleId(), storyId, Math.round(z * 1000) / 1000.0, shared);
        }
        long gap = daysApart(a.published(), b.published());
        shared.add(String.format(java.util.Locale.ROOT, "words %.2f", f[0]));
        shared.add(String.format(java.util.Locale.ROOT, "title and lead %.2f", f[1]));
        shared.add(gap < 0 ? "published day unknown" : "published " + gap + (gap == 1 ? " day" : " days") + " apart");
        return new StoryLink(b.articleId(), storyId, Math.round(z * 1000) / 1000.0, shared);
    }

    /** The features' names, in the order {@link #features} gives them (the weight table's rows). */
    public static List<String> featureNames() {
        return FEATURES;
    }

    /** The features of the pair, in the order of {@link #FEATURES}; what they share is added to {@code shared}. */
    public static double[] features(StoryProfile a, StoryProfile b, KnownStories known, List<String> shared) {
        int n = known.articles() + 1;
        double[] f = new double[FEATURES.size()];
        f[0] = cosine(a.words(), b.words());
        f[1] = cosine(a.lead(), b.lead());
        entities(a.people(), b.people(), known, n, f, 2, "person", shared);
        entities(a.places(), b.places(), known, n, f, 4, "place", shared);
        entities(a.organizations(), b.organizations(), known, n, f, 6, "organization", shared);
        Set<String> ages = new TreeSet<>(a.ages());
        ages.retainAll(b.ages());
        f[8] = Math.min(ages.size(), 3) / 3.0;
        ages.forEach(x -> shared.add("age " + x));
        long gap = daysApart(a.published(), b.published());
        f[9] = Math.log1p(gap < 0 ? UNKNOWN_GAP_DAYS : gap) / 6;
        long happened = daysApart(a.happened(), b.happened());
        f[10] = happened >= 0 && happened <= 1 ? 1 : 0;
        f[11] = gap < 0 ? 1 : 0;
        f[12] = Math.min(1, raritySum(a, b, known, n) / 4);
        main(a.mainPerson(), b.mainPerson(), f, 13, "main person", shared);
        main(a.mainPlace(), b.mainPlace(), f, 15, "main place", shared);
        if (a.happened() != null && b.days().contains(a.happened())
                || b.happened() != null && a.days().contains(b.happened())) {
            f[17] = 1;
            shared.add("names the day of the other's happening");
        }
        tolls(a, b, f, shared);
        numbers(a.numbers(), b.numbers(), f, shared);
        for (String s : f[3] > 0 ? Set.<String>of() : a.surnames()) {
            if (b.surnames().contains(s)) {
                f[20] = Math.max(f[20], Math.log((n + 1.0) / (known.docFreq(StoryTerms.word(s)) + 1)) / 8);
                shared.add("surname " + s);
            }
        }
        return f;
    }

    private static void entities(Set<String> a, Set<String> b, KnownStories known, int n, double[] f, int at,
                                 String kind, List<String> shared) {
        Set<String> both = new TreeSet<>(a);
        both.retainAll(b);
        double rarest = 0;
        for (String key : both) {
            int df = known.docFreq(StoryTerms.entity(key)) + 1;
            rarest = Math.max(rarest, Math.log((n + 1.0) / df) / 8);
            shared.add(kind + " " + key);
        }
        f[at] = rarest;
        f[at + 1] = Math.min(both.size(), 3) / 3.0;
    }

    /** Whether the two name the same one most (1 at {@code at}) or both name one and not the same (1 at {@code at + 1}). */
    private static void main(String a, String b, double[] f, int at, String what, List<String> shared) {
        if (a != null && b != null) {
            boolean same = a.equals(b);
            f[same ? at : at + 1] = 1;
            if (same) {
                shared.add(what + " " + a);
            }
        }
    }

    private static void tolls(StoryProfile a, StoryProfile b, double[] f, List<String> shared) {
        boolean differ = false;
        boolean same = false;
        for (Integer[] pair : new Integer[][] {{a.killed(), b.killed()}, {a.injured(), b.injured()}}) {
            if (pair[0] != null && pair[1] != null && !pair[0].equals(pair[1])) {
                differ = true;
            } else if (pair[0] != null && pair[0].equals(pair[1]) && pair[0] > 0) {
                same = true;
            }
        }
        if (same) {
            f[18] = 1;
            shared.add("same toll");
        } else if (differ) {
            f[19] = 1;
        }
    }

    private static void numbers(Set<String> a, Set<String> b, double[] f, List<String> shared) {
        if (a.isEmpty() || b.isEmpty()) {
            return;
        }
        Set<String> both = new TreeSet<>(a);
        both.retainAll(b);
        f[21] = both.size() / (double) Math.min(a.size(), b.size());
        f[22] = both.isEmpty() ? 1 : 0;
        both.forEach(n -> shared.add("number " + n));
    }

    /** The rarities of every shared name key, summed: many rare shared names say more than one. */
    private static double raritySum(StoryProfile a, StoryProfile b, KnownStories known, int n) {
        double sum = 0;
        for (List<Set<String>> kind : List.of(List.of(a.people(), b.people()), List.of(a.places(), b.places()),
                List.of(a.organizations(), b.organizations()))) {
            for (String key : kind.get(0)) {
                if (kind.get(1).contains(key)) {
                    sum += Math.log((n + 1.0) / (known.docFreq(StoryTerms.entity(key)) + 1)) / 8;
                }
            }
        }
        return sum;
    }

    static double cosine(Map<String, Float> a, Map<String, Float> b) {
        if (a.size() > b.size()) {
            Map<String, Float> t = a;
            a = b;
            b = t;
        }
        double s = 0;
        for (Map.Entry<String, Float> e : a.entrySet()) {
            Float o = b.get(e.getKey());
            if (o != null) {
                s += e.getValue() * o;
            }
        }
        return s;
    }

    /** Days between two yyyy-MM-dd days, or -1 when either is unknown. */
    static long daysApart(String a, String b) {
        if (a == null || b == null) {
            return -1;
        }
        return Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(a), LocalDate.parse(b)));
    }
}
