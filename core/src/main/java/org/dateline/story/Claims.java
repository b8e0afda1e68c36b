package org.dateline.story;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Span;
import org.dateline.model.Statement;
import org.dateline.model.TextIndex;
import org.dateline.story.ContentWords.Word;

/**
 * A story's statements about one proposition, grouped into claims with who asserts, denies or
 * only reports it.
 *
 * <p><b>What ties statements.</b> A claim stands on an <i>anchor</i>: words every one of its
 * statements holds in its content (compared by {@link ClaimWords#key}, so "blocked" holds
 * "blockade"; stop words and the words of proper names never count, since names say what a story
 * is about, not what is claimed). Anchors are (1) a term some statement sets off in scare quotes
 * ("blockade", "humanitarian crisis"): the words the sides fight over; (2) the words two
 * statements share, when at least three of them stand outside names (the anchor is all of them,
 * names included). One or two words in common are not enough: "humanitarian" joins nothing by
 * itself, nor do "talks with representatives".
 *
 * <p><b>Which anchors win.</b> Every statement belongs to one claim at most. Framing anchors come
 * first, then anchors held by more statements, then longer ones; each takes the statements that
 * hold it and are not yet taken, and makes a claim if at least two are left. Since all of a claim's
 * statements hold its whole anchor, no chain of weak links can join statements that share nothing
 * (a wrong grouping is worse than two claims). Who did an act is part of the proposition: two
 * statements whose speakers are of two known sides and that put one kind of act (an event whose
 * trigger is in their content) on actors of disjoint countries are never one claim ("Azerbaijani
 * troops shelled the villages" from Yerevan against "Armenian troops shelled the villages" from
 * Baku): the anchor makes a claim of each version, one statement being enough, and each claim's
 * {@code counters} name the others. Told by one side, two actors are two parts of one happening
 * ("the navy captured pirates who had fired on the ship").
 *
 * <p><b>Stance.</b> REPORTS when the statement's cue is negated ("could not confirm", "did not
 * deny": the speaker takes no stand); else DENIES when its words deny the anchor ({@link
 * StanceReader}); else REPORTS when the speaker is anonymous or the outlet itself; else ASSERTS.
 */
public final class Claims {
    /**
     * Shared words outside names (and not capitalised mid-content) that tie two statements when
     * none of them is scare-quoted: "talks with representatives" is the topic of two statements
     * about different meetings, not a claim, and "the Russian peacekeeping contingent" is a name.
     */
    static final int MIN_FREE_WORDS = 3;

    private Claims() {}

    /** The claims of a story whose articles are given in seq order. */
    public static List<Claim> of(String storyId, List<StoryArticle> articles) {
        ClaimWords words = ClaimWords.standard();
        List<View> views = views(articles, words);
        List<Anchor> anchors = anchors(views);
        // by identity: a view is a record, and hashing one hashes its whole article
        Set<View> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        StanceReader reader = new StanceReader(words);
        Map<Integer, Claim> byFirst = new TreeMap<>();
        for (Anchor anchor : anchors) {
            List<View> open = new ArrayList<>(anchor.members.stream().filter(v -> !taken.contains(v)).toList());
            if (open.size() < 2) {
                continue;
            }
            List<List<View>> versions = versions(open);
            if (versions.size() == 1) {
                taken.addAll(open);
                byFirst.put(open.get(0).order, claim(storyId, anchor, open, reader, List.of()));
                continue;
            }
            // Each version is a claim standing on what its own statements share, whose troops
            // included, even when one statement tells it: the other side's version is what a reader
            // compares it with, so each names the versions it counters.
            for (List<View> members : versions) {
                taken.addAll(members);
                List<String> counters = versions.stream()
                    .filter(other -> other != members && members.stream().anyMatch(m -> other.stream().anyMatch(m::opposes)))
                    .map(other -> claimId(storyId, other.get(0)))
                    .toList();
                byFirst.put(members.get(0).order, claim(storyId, ownAnchor(anchor, members), members, reader, counters));
            }
        }
        return List.copyOf(byFirst.values());
    }

    /**
     * One statement as the stage reads it; {@code free} are its keys of words outside names,
     * {@code order} is its place in the story.
     */
    private record View(StoryArticle article, Statement statement, List<Word> words, Set<String> keys,
                        Set<String> free, Entity speaker, Side side, Map<EventType, Set<String>> actors, int order) {
        String ref() {
            return article.id() + "#" + statement.id();
        }

        /**
         * Speakers of two known sides put one kind of act on actors of countries and share none:
         * who did it is what they differ on. Told by one side, or by speakers of no known side,
         * two actors are two parts of one happening ("the navy captured pirates who had fired").
         */
        boolean opposes(View other) {
            if (side.code() == null || other.side.code() == null || side.code().equals(other.side.code())) {
                return false;
            }
            for (Map.Entry<EventType, Set<String>> e : actors.entrySet()) {
                Set<String> theirs = other.actors.get(e.getKey());
                if (theirs != null && Collections.disjoint(e.getValue(), theirs)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The country codes of the actors of each kind of act whose trigger lies in the statement's content. */
    private static Map<EventType, Set<String>> actors(ArticleRecord r, Statement s) {
        Map<EventType, Set<String>> out = new EnumMap<>(EventType.class);
        for (Event e : r.events()) {
            if (e.type() == null || e.trigger() == null || !s.content().contains(e.trigger())) {
                continue;
            }
            for (String id : e.actors()) {
                Entity actor = entity(r, id);
                if (actor != null && actor.code() != null) {
                    out.computeIfAbsent(e.type(), t -> new TreeSet<>()).add(actor.code());
                }
            }
        }
        return out;
    }

    private record Anchor(Set<String> keys, boolean framed, List<View> members) {}

    private static List<View> views(List<StoryArticle> articles, ClaimWords words) {
        Set<String> ids = new HashSet<>();
        articles.forEach(a -> ids.add(a.id()));
        List<View> views = new ArrayList<>();
        Map<String, Side> keySides = keySides(articles);
        for (StoryArticle a : articles) {
            String copyOf = a.record().duplicateOf();
            if (copyOf != null && !copyOf.equals(a.id()) && ids.contains(copyOf)) {
                continue; // a wire copy says again what its first record says: one source
            }
            TextIndex index = new TextIndex(a.record().text());
            for (Statement s : a.record().statements()) {
                List<Word> content = ContentWords.of(a.record(), index, s, words);
                Set<String> keys = new LinkedHashSet<>();
                Set<String> free = new HashSet<>();
                for (Word w : content) {
                    if (w.key() != null) {
                        keys.add(w.key());
                        if (!w.named()) {
                            free.add(w.key());
                        }
                    }
                }
                Entity speaker = entity(a.record(), s.speaker());
                Side side = speaker == null ? sourceSide(a, s)
                    : side(a, speaker, a.keyOf(speaker.id()), keySides);
                views.add(new View(a, s, content, keys, free, speaker, side, actors(a.record(), s), views.size()));
            }
        }
        return views;
    }

    private static List<Anchor> anchors(List<View> views) {
        Map<Set<String>, Boolean> found = new LinkedHashMap<>();
        for (View v : views) {
            for (Span f : v.statement.framing()) {
                Set<String> keys = new TreeSet<>();
                v.words.stream().filter(w -> w.key() != null && f.contains(w.span())).forEach(w -> keys.add(w.key()));
                if (!keys.isEmpty()) {
                    found.put(keys, true);
                }
            }
        }
        // Every pair of statements is compared, so a pair costs a count, not a set, unless it
        // shares enough free words (free words are keys: what both share of them is the shared
        // keys' free part): a story of 2,000 articles took 10 s when each pair built its sets.
        // Statements of the same words (copies of one report) are compared once: two of them
        // share all their keys, and each pair of such groups shares what any two members would.
        Map<List<Set<String>>, Integer> groups = new LinkedHashMap<>();
        views.forEach(v -> groups.merge(List.of(v.keys, v.free), 1, Integer::sum));
        List<List<Set<String>>> distinct = new ArrayList<>(groups.keySet());
        for (int i = 0; i < distinct.size(); i++) {
            List<Set<String>> a = distinct.get(i);
            if (groups.get(a) >= 2 && a.get(1).size() >= MIN_FREE_WORDS) {
                found.putIfAbsent(new TreeSet<>(a.get(0)), false);
            }
            for (int j = i + 1; j < distinct.size(); j++) {
                List<Set<String>> b = distinct.get(j);
                if (sharesAtLeast(a.get(1), b.get(1), MIN_FREE_WORDS)) {
                    Set<String> shared = new TreeSet<>(a.get(0));
                    shared.retainAll(b.get(0));
                    found.putIfAbsent(shared, false);
                }
            }
        }
        // an anchor's members are among the statements that hold its rarest key, in story order
        Map<String, List<View>> byKey = new HashMap<>();
        for (View v : views) {
            v.keys.forEach(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        }
        List<Anchor> anchors = new ArrayList<>();
        found.forEach((keys, framed) -> {
            List<View> rarest = null;
            for (String k : keys) {
                List<View> holding = byKey.getOrDefault(k, List.of());
                if (rarest == null || holding.size() < rarest.size()) {
                    rarest = holding;
                }
            }
            List<View> members = rarest.stream().filter(v -> v.keys.containsAll(keys)).toList();
            if (members.size() >= 2) {
                anchors.add(new Anchor(keys, framed, members));
            }
        });
        anchors.sort(Comparator.comparing((Anchor a) -> !a.framed)
            .thenComparing(a -> -a.members.size())
            .thenComparing(a -> -a.keys.size())
            .thenComparing(a -> a.members.get(0).order)
            .thenComparing(a -> String.join(" ", a.keys)));
        return anchors;
    }

    /** Whether {@code a} and {@code b} have at least {@code n} members in common. */
    private static boolean sharesAtLeast(Set<String> a, Set<String> b, int n) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        if (small.size() < n) {
            return false;
        }
        int common = 0;
        for (String x : small) {
            if (large.contains(x) && ++common >= n) {
                return true;
            }
        }
        return false;
    }

    /**
     * One anchor may hold two propositions: "Azerbaijani troops shelled…" and "Armenian troops
     * shelled…" share every word. The first version takes the first statement and every one that
     * opposes none of its members ({@link View#opposes}); each next version the same of the rest.
     * So every statement of a later version opposes one of an earlier version.
     */
    private static List<List<View>> versions(List<View> statements) {
        List<List<View>> versions = new ArrayList<>();
        List<View> open = new ArrayList<>(statements);
        while (!open.isEmpty()) {
            List<View> members = new ArrayList<>();
            for (View v : open) {
                if (members.stream().noneMatch(m -> m.opposes(v))) {
                    members.add(v);
                }
            }
            open.removeAll(members);
            versions.add(members);
        }
        return versions;
    }

    private static String claimId(String storyId, View first) {
        return storyId + "/" + first.ref();
    }

    /** The anchor widened to every key all of {@code members} hold (a superset of its own). */
    private static Anchor ownAnchor(Anchor anchor, List<View> members) {
        Set<String> keys = new TreeSet<>(members.get(0).keys);
        members.forEach(m -> keys.retainAll(m.keys));
        return new Anchor(keys, anchor.framed, members);
    }

    private static Claim claim(String storyId, Anchor anchor, List<View> members, StanceReader reader,
                               List<String> counters) {
        View first = members.get(0);
        List<ClaimStance> stances = new ArrayList<>();
        List<ClaimLink> links = new ArrayList<>();
        for (View v : members) {
            List<Span> held = held(v, anchor.keys);
            stances.add(stance(v, anchor.keys, held, reader));
            if (v != first) {
                links.add(new ClaimLink(first.ref(), v.ref(), held.stream().map(Span::text).toList()));
            }
        }
        String proposition = String.join(" ", held(first, anchor.keys).stream().map(Span::text).toList());
        return new Claim(claimId(storyId, first), storyId, proposition, anchor.framed, stances, links, counters);
    }

    /** The first word of each anchor key in the statement, in text order. */
    private static List<Span> held(View v, Set<String> keys) {
        Set<String> seen = new HashSet<>();
        List<Span> spans = new ArrayList<>();
        for (Word w : v.words) {
            if (w.in(keys) && seen.add(w.key())) {
                spans.add(w.span());
            }
        }
        return spans;
    }

    private static ClaimStance stance(View v, Set<String> keys, List<Span> held, StanceReader reader) {
        ArticleRecord r = v.article.record();
        Statement s = v.statement;
        Entity speaker = v.speaker;
        String outlet = r.source() == null ? null : r.source().outlet();
        Span withheld = reader.withheld(s);
        Span denial = withheld != null ? null : reader.denial(s, v.words, keys);
        boolean relayed = speaker == null || (outlet != null && speaker.name().equalsIgnoreCase(outlet));
        Stance stance = denial != null ? Stance.DENIES : withheld != null || relayed ? Stance.REPORTS : Stance.ASSERTS;
        String key = speaker == null ? null : v.article.keyOf(speaker.id());
        Side side = v.side;
        return new ClaimStance(v.ref(), r.id(), s.id(), outlet,
            speaker != null ? speaker.name() : s.source() != null ? s.source().text() : null,
            key, side.code(), side.ref(), stance, s.cue(), s.content(), denial != null ? denial : withheld, held, s.framing());
    }

    /** A speaker's side and the entity ({@code articleId#E3}) it was read from; both null when unknown. */
    private record Side(String code, String ref) {}

    /**
     * The speaker's code and the entity it was read from: the speaker's own, else, for a person,
     * that of the first entity of the story with the same key and a code, when all such entities
     * give the same code ("President Ilham Aliyev" has none in an article that names no country,
     * "Azerbaijani President Ilham Aliyev" in another); else that of the coded organisation of
     * the same article the person speaks for ({@code organization}: "Hikmet Hajizada, of the
     * Azerbaijani Foreign Ministry"). An office's name key ("Foreign Ministry") is shared by every
     * country's, so only a person's is read across articles.
     */
    private static Side side(StoryArticle article, Entity speaker, String key, Map<String, Side> keySides) {
        if (speaker.code() != null) {
            return new Side(speaker.code(), article.id() + "#" + speaker.id());
        }
        if (speaker.type() != EntityType.PERSON) {
            return new Side(null, null); // "Foreign Ministry": every country has one
        }
        if (key == null) {
            return organisationSide(article, speaker);
        }
        Side found = keySides.get(key);
        return found == null ? organisationSide(article, speaker) : found;
    }

    /**
     * The side of each key that some entity of the story has a code under: its first coded entity,
     * or no side when the story's records give the key two codes (they disagree: say nothing). Read
     * once per story, not once per statement.
     */
    private static Map<String, Side> keySides(List<StoryArticle> articles) {
        Map<String, Side> out = new HashMap<>();
        for (StoryArticle a : articles) {
            for (Entity e : a.record().entities()) {
                String key = e.code() == null ? null : a.keyOf(e.id());
                if (key == null) {
                    continue;
                }
                Side known = out.get(key);
                if (known == null) {
                    out.put(key, new Side(e.code(), a.id() + "#" + e.id()));
                } else if (known.code() != null && !known.code().equals(e.code())) {
                    out.put(key, new Side(null, null));
                }
            }
        }
        return out;
    }

    /**
     * An anonymous source's side: the code of the first coded entity its words name ("Sources in
     * the Armenian government"); the stance only reports, but for that side.
     */
    private static Side sourceSide(StoryArticle article, Statement s) {
        if (s.source() != null) {
            for (Entity e : article.record().entities()) {
                if (e.code() != null && e.mentions().stream().anyMatch(m -> s.source().contains(m))) {
                    return new Side(e.code(), article.id() + "#" + e.id());
                }
            }
        }
        return new Side(null, null);
    }

    /** The code of the organisation of this article the person belongs to, named as their record names it. */
    private static Side organisationSide(StoryArticle article, Entity person) {
        if (person.organization() != null) {
            for (Entity e : article.record().entities()) {
                if (e.code() != null && e.type() != EntityType.PERSON && e.name().equalsIgnoreCase(person.organization())) {
                    return new Side(e.code(), article.id() + "#" + e.id());
                }
            }
        }
        return new Side(null, null);
    }

    private static Entity entity(ArticleRecord r, String id) {
        if (id == null) {
            return null;
        }
        for (Entity e : r.entities()) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        return null;
    }
}
