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
    }

    /** The summary of the story {@code storyId} of {@code members} (any order; listed by seq). */
    public static StorySummary of(String storyId, List<Member> members) {
        List<Member> bySeq = members.stream().sorted(Comparator.comparingLong(Member::seq)).toList();
        Map<String, Integer> linkedTo = new HashMap<>();
        for (Member m : bySeq) {
            m.links().forEach(l -> linkedTo.merge(l.articleId(), 1, Integer::sum));
        }
        Member titled = null;
        for (Member m : bySeq) {
            if (m.record().title() != null && !m.record().title().isBlank()
                && (titled == null || linkedTo.getOrDefault(m.record().id(), 0) > linkedTo.getOrDefault(titled.record().id(), 0))) {
                titled = m;
            }
        }
        String first = null;
        String last = null;
        List<String> ids = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        Map<String, Integer> keyCounts = new HashMap<>();
        Map<String, EntityType> keyTypes = new HashMap<>();
        Map<String, Integer> typeCounts = new TreeMap<>();
        List<String> merged = new ArrayList<>();
        for (Member m : bySeq) {
            ArticleRecord r = m.record();
            m.merged().forEach(l -> merged.add(l.storyId()));
            ids.add(r.id());
            String day = r.published() == null ? null : r.published().date().toString();
            if (day != null) {
                first = first == null || day.compareTo(first) < 0 ? day : first;
                last = last == null || day.compareTo(last) > 0 ? day : last;
            }
            if (r.source() != null) {
                String s = r.source().outlet();
                if (s != null) {
                    sources.add(s);
                }
            }
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
        Long days = first == null ? null : java.time.temporal.ChronoUnit.DAYS.between(
            java.time.LocalDate.parse(first), java.time.LocalDate.parse(last)) + 1;
        return new StorySummary(storyId, titled == null ? null : titled.record().title(),
            titled == null ? null : titled.record().id(), first, last, days, ids, new ArrayList<>(sources), keys,
            parties, byCount(typeCounts), merged);
    }

    /** The values, the most frequent first, ties by value. */
    private static List<String> byCount(Map<String, Integer> counts) {
        return counts.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey).toList();
    }
}
