package org.dateline.analyze.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.dateline.analyze.data.NameSuffixes;
import org.dateline.analyze.quote.Quote;
import org.dateline.model.EntityType;
import org.dateline.model.Sector;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Token;

/**
 * Groups mentions into entities. Names and collectives found in pass one make the entities;
 * descriptions and pronouns, read in text order in pass two, attach to the person they most
 * plausibly point back at, or to nothing.
 */
final class MentionGrouper {
    /** Descriptions that fit any named person of the right country: "the Azerbaijani official". */
    static final Set<String> GENERIC_PERSON_NOUNS = Set.of("official", "leader", "politician",
        "representative", "diplomat");
    private static final int PRONOUN_REACH_SENTENCES = 3;
    static final int DESCRIPTION_REACH_SENTENCES = 10;

    private final ActorCodes codes;
    private final EntityLexicon lexicon;
    private final RoleHolders roles;

    MentionGrouper(ActorCodes codes, EntityLexicon lexicon) {
        this.codes = codes;
        this.lexicon = lexicon;
        this.roles = new RoleHolders(lexicon);
    }

    /** A growing entity: its mentions in text order. */
    static final class Cluster {
        final List<Mention> mentions = new ArrayList<>();

        Mention first() {
            return mentions.get(0);
        }

        List<Mention> names() {
            return mentions.stream().filter(m -> m.kind() == Mention.Kind.NAME).toList();
        }

        /**
         * The type most of the names carry, each weighed by how sure it is: a name the tables or the
         * words around it coded, a country, and a person's full name count four times the
         * tagger's bare guess, so that one mislabelled surname does not retype the person. Ties go to
         * the type named first.
         */
        EntityType type() {
            List<Mention> names = names();
            if (names.isEmpty()) {
                return first().type();
            }
            Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
            for (Mention m : names) {
                votes.merge(m.type(), isSure(m) ? SURE : 1, Integer::sum);
            }
            EntityType best = names.get(0).type();
            for (Mention m : names) {
                if (votes.get(m.type()) > votes.get(best)) {
                    best = m.type();
                }
            }
            return best;
        }

        private static final int SURE = 4;

        private static boolean isSure(Mention m) {
            return m.code() != null || m.sector() != null || m.type() == EntityType.COUNTRY
                || m.type() == EntityType.PERSON && m.tokenEnd() - m.tokenStart() > 1;
        }

        String code() {
            return mentions.stream().map(Mention::code).filter(Objects::nonNull).findFirst().orElse(null);
        }
    }

    /**
     * @param countryOf a named person's country as the record will give it: the text's code, else
     *     the actor dictionary's for the day, so that "the Turkmen leader" finds President
     *     Berdymukhamedov of an article that never calls him Turkmen
     */
    List<Cluster> group(AnnotatedText text, List<Mention> all, List<Quote> quotes, Function<Cluster, String> countryOf) {
        List<Mention> mentions = withoutOverlaps(all);
        List<Cluster> clusters = new ArrayList<>();
        List<Mention> pointers = new ArrayList<>();
        List<Mention> bareNominals = new ArrayList<>();
        List<Mention> unnamed = new ArrayList<>();
        for (Mention m : mentions) {
            switch (m.kind()) {
                case NAME -> place(text, m, clusters);
                case UNNAMED, UNNAMED_AGAIN -> unnamed.add(m);
                case NOMINAL -> {
                    if (m.code() == null) {
                        bareNominals.add(m);
                    } else {
                        place(text, m, clusters);
                    }
                }
                default -> pointers.add(m);
            }
        }
        for (Mention m : bareNominals) {
            // "the peacekeepers" points back at "the Russian peacekeeping contingent"; "police" and
            // "rebels" with nothing to point back at are actors of their own, coded by sector alone;
            // so are "juveniles" and "two men", civilians
            Optional<Cluster> named = clusters.stream().filter(c -> c.type() != EntityType.PERSON && sameCollective(text, c, m))
                .findFirst();
            if (named.isPresent()) {
                named.get().mentions.add(m);
            } else if (codes.standsAlone(words(text, m)) || civilians(text, m)) {
                clusters.add(cluster(m));
            }
        }
        for (Mention m : pointers) {
            Cluster target = m.kind() == Mention.Kind.PRONOUN ? antecedent(text, m, clusters, quotes)
                : m.kind() == Mention.Kind.ROLE ? roles.holder(text, m, persons(clusters), countryOf)
                : m.type() == EntityType.ORGANIZATION ? describedOrganisation(text, m, clusters)
                : described(text, m, clusters);
            if (target == null && m.kind() == Mention.Kind.ROLE) {
                // a person the article names only by role (docs/CONTRACT.md, entities: nominal)
                clusters.add(cluster(m));
                continue;
            }
            if (target == null && m.type() == EntityType.ORGANIZATION && m.sector() != null
                && codes.standsAlone(words(text, m))) {
                // "the army" of an article that names no army: an institution known by its sector
                target = clusters.stream().filter(c -> sameDescription(text, c, m)).findFirst().orElse(null);
                if (target == null) {
                    clusters.add(cluster(m));
                    continue;
                }
            }
            if (target != null) {
                target.mentions.add(m);
                target.mentions.sort(Comparator.comparingInt(Mention::tokenStart));
            }
        }
        // Persons without a name come last, so no pronoun or description of a named person is
        // taken for one of them: "he" after "a man was shot" may be anyone the article names.
        for (Mention m : unnamed) {
            if (m.kind() == Mention.Kind.UNNAMED) {
                clusters.add(cluster(m));
            } else {
                Cluster back = introduced(text, m, clusters);
                if (back != null) {
                    back.mentions.add(m);
                }
            }
        }
        clusters.forEach(c -> c.mentions.sort(Comparator.comparingInt(Mention::tokenStart)));
        clusters.sort(Comparator.comparingInt(c -> c.first().tokenStart()));
        return clusters;
    }

    /**
     * The person without a name "the boy" points back at: the one brought in last before it, within
     * {@link #DESCRIPTION_REACH_SENTENCES}, whose first words hold its noun ("a 17-year-old boy" for
     * "the boy" and "the 17-year-old"); null when none (then "the boy" may be someone named).
     */
    private static Cluster introduced(AnnotatedText text, Mention again, List<Cluster> clusters) {
        String head = text.tokens().get(again.tokenEnd() - 1).foldedLemma();
        int sentence = text.tokens().get(again.tokenStart()).sentence();
        Cluster best = null;
        int bestEnd = -1;
        for (Cluster c : clusters) {
            Mention first = c.first();
            if (first.kind() != Mention.Kind.UNNAMED || first.tokenEnd() > again.tokenStart()
                || sentence - text.tokens().get(first.tokenStart()).sentence() > DESCRIPTION_REACH_SENTENCES) {
                continue;
            }
            boolean holds = false;
            for (int i = first.tokenStart(); i < first.tokenEnd(); i++) {
                holds |= text.tokens().get(i).foldedLemma().equals(head);
            }
            int end = c.mentions.get(c.mentions.size() - 1).tokenEnd();
            if (holds && end <= again.tokenStart() && end > bestEnd) {
                best = c;
                bestEnd = end;
            }
        }
        return best;
    }

    /** A bare plural for people without a role ("juveniles", "men"): {@code civilian-noun}. */
    private boolean civilians(AnnotatedText text, Mention m) {
        return m.tokenEnd() - m.tokenStart() == 1 && lexicon.isCivilianNoun(text.tokens().get(m.tokenEnd() - 1).foldedLemma());
    }

    private static Cluster cluster(Mention m) {
        Cluster c = new Cluster();
        c.mentions.add(m);
        return c;
    }

    /** A cluster made of descriptions alone whose head noun is this description's: "the army" again. */
    private static boolean sameDescription(AnnotatedText text, Cluster c, Mention m) {
        if (!c.names().isEmpty() || c.first().kind() != Mention.Kind.DESCRIPTION || c.first().sector() != m.sector()) {
            return false;
        }
        String head = text.tokens().get(m.tokenEnd() - 1).lemma().toLowerCase(Locale.ROOT);
        return head.equals(text.tokens().get(c.first().tokenEnd() - 1).lemma().toLowerCase(Locale.ROOT));
    }

    private void place(AnnotatedText text, Mention m, List<Cluster> clusters) {
        // "Scott" is Rick Scott's surname before it is Scott Israel's first name, whoever came first
        String name = words(text, m);
        if (m.kind() == Mention.Kind.NAME && m.type() == EntityType.PERSON && !name.contains(" ")) {
            for (Cluster c : clusters) {
                if (c.names().stream().anyMatch(o -> o.type() == EntityType.PERSON && words(text, o).contains(" ")
                        && NameMentions.sameName(surname(words(text, o)), name))) {
                    c.mentions.add(m);
                    return;
                }
            }
        }
        for (Cluster c : clusters) {
            if (m.kind() == Mention.Kind.NAME ? sameNamed(text, c, m) : sameCollective(text, c, m)) {
                c.mentions.add(m);
                return;
            }
        }
        // only then another form of the name ("Freddy Swiger" is the "Freddy" named before, and
        // "Fred Swiger" only when no cluster holds that name), a form of every full name the
        // person has ("John B. Smith" is not the "John Smith" who is "John A. Smith")
        if (m.kind() == Mention.Kind.NAME && m.type() == EntityType.PERSON && name.contains(" ")) {
            for (Cluster c : clusters) {
                List<String> fullNames = c.names().stream().filter(o -> o.type() == EntityType.PERSON)
                    .map(o -> words(text, o)).filter(n -> n.contains(" ")).toList();
                if (!fullNames.isEmpty() && fullNames.stream().allMatch(n -> formOfName(name, n))) {
                    c.mentions.add(m);
                    return;
                }
            }
        }
        Cluster c = new Cluster();
        c.mentions.add(m);
        clusters.add(c);
    }

    private boolean sameNamed(AnnotatedText text, Cluster c, Mention m) {
        String name = words(text, m);
        for (Mention other : c.names()) {
            String otherName = words(text, other);
            if (NameMentions.sameName(name, otherName)) {
                return true;
            }
            if (isSurnameOf(m, name, other, otherName) || isSurnameOf(other, otherName, m, name)) {
                return true;
            }
            if (m.type() != other.type()) {
                continue;
            }
            switch (m.type()) {
                case COUNTRY -> {
                    if (m.code() != null && m.code().equals(other.code())) {
                        return true;
                    }
                }
                case PERSON -> {
                    if (partOfName(name, otherName) || partOfName(otherName, name) && !anotherFirstName(text, c, name)) {
                        return true;
                    }
                }
                case LOCATION -> {
                    if (wordSet(name).containsAll(wordSet(otherName)) || wordSet(otherName).containsAll(wordSet(name))) {
                        return true;
                    }
                }
                case ORGANIZATION -> {
                    Optional<ActorCodes.OrgCode> a = codes.organization(name);
                    Optional<ActorCodes.OrgCode> b = codes.organization(otherName);
                    if (a.isPresent() && b.isPresent() && a.get().canonicalName().equals(b.get().canonicalName())
                        && (isExactOrg(name, a.get()) && isExactOrg(otherName, b.get()))) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** True when the table names this organisation itself, not one of its organs ("UN Human Rights Council"). */
    private boolean isExactOrg(String name, ActorCodes.OrgCode org) {
        return codes.organization(name).map(o -> NameMentions.sameName(o.canonicalName(), org.canonicalName())).orElse(false)
            && wordSet(name).size() <= wordSet(org.canonicalName()).size();
    }

    /**
     * A person keeps PERSON once the article gives the full name: the tagger's organisation
     * "McDonald" (after the restaurants) is the "Michael McDonald" named before, unless the tables
     * know it as an organisation.
     */
    private static boolean isSurnameOf(Mention one, String oneName, Mention person, String personName) {
        return one.type() == EntityType.ORGANIZATION && one.code() == null && one.sector() == null
            && person.type() == EntityType.PERSON && partOfName(oneName, personName);
    }

    /**
     * Whether the cluster holds a person's full name whose first name is not the first word of
     * {@code fullName}: "Daquan Ossie Bradley" is not "John Sorrell Bradley", though the cluster's
     * lone "Bradley" is a word of both.
     */
    private static boolean anotherFirstName(AnnotatedText text, Cluster c, String fullName) {
        String first = fullName.substring(0, fullName.indexOf(' '));
        return c.names().stream().map(o -> words(text, o)).filter(n -> n.contains(" "))
            .anyMatch(n -> !GivenNames.maySameFirstName(n.substring(0, n.indexOf(' ')), first));
    }

    /**
     * Whether two full names may be one person's, the first name of one a short form or spelling
     * of the other's ({@link GivenNames}): "Ben Woodard" and "Benjamin Woodard", "Randy Coffland"
     * and "Randall R. Coffland"; the same surname and suffix ("Ben Woodard Jr." is his son), and
     * middle names, where both give one, that begin alike.
     */
    static boolean formOfName(String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        int lastX = surnameAt(x);
        int lastY = surnameAt(y);
        if (lastX < 1 || lastY < 1 || !NameMentions.sameName(x[lastX], y[lastY])
                || !NameMentions.letters(suffixes(x, lastX)).equals(NameMentions.letters(suffixes(y, lastY)))
                || !GivenNames.maySameFirstName(x[0], y[0])) {
            return false;
        }
        String middleX = lastX > 1 ? NameMentions.letters(x[1]) : "";
        String middleY = lastY > 1 ? NameMentions.letters(y[1]) : "";
        return middleX.isEmpty() || middleY.isEmpty() || middleX.charAt(0) == middleY.charAt(0);
    }

    /** The index of the name's surname, the last word that is no suffix; 0 when there is none but the first. */
    private static int surnameAt(String[] words) {
        int last = words.length - 1;
        while (last > 0 && NameSuffixes.is(words[last])) {
            last--;
        }
        return last;
    }

    private static String suffixes(String[] words, int surnameAt) {
        return String.join(" ", Arrays.asList(words).subList(surnameAt + 1, words.length));
    }

    /**
     * The last word of a name that is no suffix: "Young" of "William A Young Jr."; none of "Corey
     * Jr.", whose one word before the suffix is a first name.
     */
    private static String surname(String name) {
        String[] words = name.split(" ");
        int last = surnameAt(words);
        return last > 0 ? words[last] : "";
    }

    /** "Mammadov" is part of "Elnur Mammadov": a one-word name equal to a word of a longer one. */
    private static boolean partOfName(String shortName, String longName) {
        List<String> longWords = Arrays.asList(longName.split(" "));
        return !shortName.contains(" ") && longWords.size() > 1 && longWords.contains(shortName);
    }

    private boolean sameCollective(AnnotatedText text, Cluster c, Mention m) {
        for (Mention other : c.mentions) {
            if (other.kind() != Mention.Kind.NOMINAL || !Objects.equals(other.sector(), m.sector())) {
                continue;
            }
            if (m.code() != null && other.code() != null && !m.code().equals(other.code())) {
                continue;
            }
            if (shareStem(text, m, other)) {
                return true;
            }
        }
        return false;
    }

    /** "peacekeepers" and "peacekeeping contingent" share the stem "peacek". */
    private static boolean shareStem(AnnotatedText text, Mention a, Mention b) {
        Set<String> stems = new HashSet<>();
        for (int i = a.tokenStart(); i < a.tokenEnd(); i++) {
            stems.add(stem(text.tokens().get(i)));
        }
        for (int i = b.tokenStart(); i < b.tokenEnd(); i++) {
            String s = stem(text.tokens().get(i));
            if (s.length() >= 5 && stems.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static String stem(Token t) {
        String w = t.lemma().toLowerCase(Locale.ROOT);
        return w.length() > 6 ? w.substring(0, 6) : w;
    }

    /**
     * A pronoun's person: the nearest person before it in its own sentence, else the first person
     * named in each earlier sentence in turn, since news sentences open with their subject.
     */
    private Cluster antecedent(AnnotatedText text, Mention pronoun, List<Cluster> clusters, List<Quote> quotes) {
        int sentence = text.tokens().get(pronoun.tokenStart()).sentence();
        int at = text.tokens().get(pronoun.tokenStart()).start();
        // Names quoted in someone's words do not say who "she" is in "..., she added."
        java.util.function.Predicate<Mention> visible = m -> quotes.stream().noneMatch(q -> !q.isTerm()
            && q.contains(text.tokens().get(m.tokenStart()).start()) && !q.contains(at));
        Cluster best = null;
        int bestStart = -1;
        for (Cluster c : persons(clusters)) {
            for (Mention m : c.mentions) {
                if (!visible.test(m)) {
                    continue;
                }
                if (m.tokenStart() < pronoun.tokenStart() && text.tokens().get(m.tokenStart()).sentence() == sentence
                    && m.tokenStart() > bestStart) {
                    best = c;
                    bestStart = m.tokenStart();
                }
            }
        }
        if (best != null) {
            return best;
        }
        for (int s = sentence - 1; s >= Math.max(0, sentence - PRONOUN_REACH_SENTENCES); s--) {
            Cluster first = null;
            int firstStart = Integer.MAX_VALUE;
            for (Cluster c : persons(clusters)) {
                for (Mention m : c.mentions) {
                    if (visible.test(m) && text.tokens().get(m.tokenStart()).sentence() == s && m.tokenStart() < firstStart) {
                        first = c;
                        firstStart = m.tokenStart();
                    }
                }
            }
            if (first != null) {
                return first;
            }
        }
        return null;
    }

    /** The most recent person the description fits: same country, and the title it names. */
    private Cluster described(AnnotatedText text, Mention d, List<Cluster> clusters) {
        int sentence = text.tokens().get(d.tokenStart()).sentence();
        String noun = text.tokens().get(d.tokenEnd() - 1).word().toLowerCase(Locale.ROOT);
        Cluster best = null;
        int bestStart = -1;
        for (Cluster c : persons(clusters)) {
            boolean fits = (d.code() == null || d.code().equals(c.code()))
                && (GENERIC_PERSON_NOUNS.contains(noun) || c.mentions.stream()
                    .flatMap(m -> m.titles().stream()).anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(noun)));
            if (!fits) {
                continue;
            }
            for (Mention m : c.mentions) {
                int s = text.tokens().get(m.tokenStart()).sentence();
                if (m.tokenStart() < d.tokenStart() && m.tokenStart() > bestStart
                    && sentence - s <= DESCRIPTION_REACH_SENTENCES) {
                    best = c;
                    bestStart = m.tokenStart();
                }
            }
        }
        return best;
    }

    /**
     * "The company said": the most recent organisation the noun fits, by its name ("the ministry"
     * for the Ministry of Economy) or its sector ("the utility" for a business).
     */
    private Cluster describedOrganisation(AnnotatedText text, Mention d, List<Cluster> clusters) {
        int sentence = text.tokens().get(d.tokenStart()).sentence();
        String noun = text.tokens().get(d.tokenEnd() - 1).word().toLowerCase(Locale.ROOT);
        Cluster best = null;
        int bestStart = -1;
        for (Cluster c : clusters) {
            if (c.type() != EntityType.ORGANIZATION || c.names().isEmpty()) {
                continue;
            }
            String name = words(text, c.names().get(0)).toLowerCase(Locale.ROOT);
            Sector sector = c.mentions.stream().map(Mention::sector).filter(Objects::nonNull).findFirst().orElse(null);
            boolean fits = name.contains(noun) || d.sector() != null && d.sector() == sector;
            for (Mention m : c.mentions) {
                int s = text.tokens().get(m.tokenStart()).sentence();
                if (fits && m.tokenStart() < d.tokenStart() && m.tokenStart() > bestStart
                    && sentence - s <= DESCRIPTION_REACH_SENTENCES) {
                    best = c;
                    bestStart = m.tokenStart();
                }
            }
        }
        return best;
    }

    private static List<Cluster> persons(List<Cluster> clusters) {
        return clusters.stream().filter(c -> c.type() == EntityType.PERSON).toList();
    }

    private static List<Mention> withoutOverlaps(List<Mention> all) {
        List<Mention> byPriority = new ArrayList<>(all);
        byPriority.sort(Comparator.comparingInt((Mention m) -> m.kind().ordinal())
            .thenComparingInt(m -> m.tokenStart() - m.tokenEnd()));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : byPriority) {
            if (kept.stream().noneMatch(k -> m.overlaps(k) && !ownerIn(k, m))) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::tokenStart));
        return kept;
    }

    /**
     * A name inside a role description is its owner and keeps its own mention ("UN" in "the UN
     * rights chief"); {@link RoleDescriptions} let no other name lie in one.
     */
    private static boolean ownerIn(Mention name, Mention role) {
        return role.kind() == Mention.Kind.ROLE && name.kind() == Mention.Kind.NAME
            && name.tokenStart() >= role.tokenStart() && name.tokenEnd() <= role.tokenEnd();
    }

    /** The mention's words as the text has them, without a leading determiner. */
    static String words(AnnotatedText text, Mention m) {
        int from = m.tokenStart();
        if (m.tokenEnd() - from > 1 && NominalMentions.DETERMINERS.contains(text.tokens().get(from).word().toLowerCase(Locale.ROOT))) {
            from++;
        }
        return text.index().slice(text.tokens().get(from).start(), text.tokens().get(m.tokenEnd() - 1).end());
    }

    private static Set<String> wordSet(String name) {
        Set<String> s = new HashSet<>();
        for (String w : name.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (!w.isEmpty()) {
                s.add(w);
            }
        }
        return s;
    }
}
