package org.dateline.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dateline.identity.OwnerlessNames;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.story.StoryLink;

/**
 * What one story says as a whole, from its articles: the store's story page, the export's
 * {@code stories} table (and a batch pass's) all read it from here, so they agree.
 *
 * <ul>
 *   <li>{@code title}: the title of the article the others linked to most (the report the story
 *       grew around, the one its later reports resemble best), ties by the earliest; an article
 *       without a title is never chosen. The first report alone would often be a brief or a page
 *       whose title is the outlet's name.
 *   <li>{@code firstPublished}, {@code lastPublished}: the earliest and latest published day (null
 *       when no article gives one); {@code days}: days from first to last, both counted.
 *   <li>{@code entityKeys}: every entity key of its articles, the most frequent first (by the
 *       number of articles naming it, then by key): its main parties lead, places and all.
 *   <li>{@code parties}: the people, organisations, groups and countries among them (not places),
 *       at most {@link #MAX_PARTIES}, named by at least two articles when the story has two or more.
 *   <li>{@code eventTypes}: the PLOVER types of its events, the most frequent first.
 *   <li>{@code mergedStoryIds}: the ids of the stories merged into it (each still names it), in
 *       the order they were merged.
 * </ul>
 */
public record StorySummary(String storyId, String title, String titleArticleId, String firstPublished,
                           String lastPublished, Long days, List<String> articleIds, List<String> sources,
                           List<String> entityKeys, List<String> parties, List<String> eventTypes,
                           List<String> mergedStoryIds) {
    /** Parties a story lists at most. */
    public static final int MAX_PARTIES = 10;

    public StorySummary {
        articleIds = List.copyOf(articleIds);
        sources = List.copyOf(sources);
        entityKeys = List.copyOf(entityKeys);
        parties = List.copyOf(parties);
        eventTypes = List.copyOf(eventTypes);
        mergedStoryIds = List.copyOf(mergedStoryIds);
    }

    /**
     * One article of a story: its record, its entities' keys by per-article id (absent: the name
     * key), the order it was added in, the links that put it in the story and the links by which it
     * merged other stories into it (empty for most).
     */
    public record Member(ArticleRecord record, Map<String, String> entityKeys, long seq, List<StoryLink> links,
                         List<StoryLink> merged) {
        public Member {
            entityKeys = Map.copyOf(entityKeys);
            links = List.copyOf(links);
            merged = List.copyOf(merged);
        }

        Headline headline() {
            return new Headline(record.id(), record.title(), record.published() == null ? null : record.published().date().toString(),
                record.source() == null ? null : record.source().outlet(), seq, links);
        }
    }

    /**
     * What a story list shows of an article, which a store reads without its record: id, title,
     * published day (null: none), outlet, the order it was added in and the links that put it in.
     */
    public record Headline(String articleId, String title, String day, String outlet, long seq, List<StoryLink> links) {
        public Headline {
            links = List.copyOf(links);
        }
    }

    /** The parts of a summary its articles' headlines give (see the class comment): what a story list shows. */
    public record Listing(String title, String titleArticleId, String firstPublished, String lastPublished, int articles,
                          List<String> sources) {
        public Listing {
            sources = List.copyOf(sources);
        }
    }

    /** The listing of a story of these headlines (any order). */
    public static Listing listing(List<Headline> headlines) {
        List<Headline> bySeq = headlines.stream().sorted(Comparator.comparingLong(Headline::seq)).toList();
        Map<String, Integer> linkedTo = new HashMap<>();
        for (Headline h : bySeq) {
            h.links().forEach(l -> linkedTo.merge(l.articleId(), 1, Integer::sum));
        }
        Headline titled = null;
        String first = null;
        String last = null;
        Set<String> sources = new LinkedHashSet<>();
        for (Headline h : bySeq) {
            if (h.title() != null && !h.title().isBlank()
                && (titled == null || linkedTo.getOrDefault(h.articleId(), 0) > linkedTo.getOrDefault(titled.articleId(), 0))) {
                titled = h;
            }
            String day = h.day();
            if (day != null) {
                first = first == null || day.compareTo(first) < 0 ? day : first;
                last = last == null || day.compareTo(last) > 0 ? day : last;
            }
            if (h.outlet() != null) {
                sources.add(h.outlet());
            }
        }
        return new Listing(titled == null ? null : titled.title(), titled == null ? null : titled.articleId(), first, last,
            bySeq.size(), new ArrayList<>(sources));
    }

    /** The summary of the story {@code storyId} of {@code members} (any order; listed by seq). */
    public static StorySummary of(String storyId, List<Member> members) {
        List<Member> bySeq = members.stream().sorted(Comparator.comparingLong(Member::seq)).toList();
        Listing listing = listing(bySeq.stream().map(Member::headline).toList());
        List<String> ids = new ArrayList<>();
        Map<String, Integer> keyCounts = new HashMap<>();
        Map<String, EntityType> keyTypes = new HashMap<>();
        Map<String, Integer> typeCounts = new TreeMap<>();
        List<String> merged = new ArrayList<>();
        for (Member m : bySeq) {
            ArticleRecord r = m.record();
            m.merged().forEach(l -> merged.add(l.storyId()));
            ids.add(r.id());
            Set<String> keys = new LinkedHashSet<>();
            for (Entity e : r.entities()) {
                if (e.type() == null || e.name() == null || OwnerlessNames.standard().articleOwn(e)) {
                    continue; // "a 17-year-old boy", an uncoded "Foreign Ministry": no party a story can name
                }
                String key = m.entityKeys().getOrDefault(e.id(), EntityKey.of(e.name(), e.type()));
                keys.add(key);
                keyTypes.putIfAbsent(key, e.type());
            }
            keys.forEach(k -> keyCounts.merge(k, 1, Integer::sum));
            r.events().stream().map(Event::type).filter(t -> t != null).map(t -> t.wireName()).distinct()
                .forEach(t -> typeCounts.merge(t, 1, Integer::sum));
        }
        List<String> keys = byCount(keyCounts);
        int least = bySeq.size() >= 2 ? 2 : 1;
        List<String> parties = keys.stream()
            .filter(k -> keyTypes.get(k) != EntityType.LOCATION && keyCounts.get(k) >= least)
            .limit(MAX_PARTIES).toList();
        String first = listing.firstPublished();
        Long days = first == null ? null : java.time.temporal.ChronoUnit.DAYS.between(
            java.time.LocalDate.parse(first), java.time.LocalDate.parse(listing.lastPublished())) + 1;
        return new StorySummary(storyId, listing.title(), listing.titleArticleId(), first, listing.lastPublished(), days, ids,
            listing.sources(), keys, parties, byCount(typeCounts), merged);
    }

    /** The values, the most frequent first, ties by value. */
    private static List<String> byCount(Map<String, Integer> counts) {
        return counts.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey).toList();
    }
}
