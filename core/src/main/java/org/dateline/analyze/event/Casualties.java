package org.dateline.analyze.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.analyze.FunctionWords;
import org.dateline.analyze.data.TsvTable;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.DependencyTree;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Casualty counts of an event: how many people the article reports killed and how many wounded in
 * it, following ACLED's and the Gun Violence Archive's conventions (docs/CONTRACT.md, events).
 *
 * <p>A harm word ({@code casualty-words.tsv}: "killed", "dead", "wounded", "shot", "death toll")
 * names where its count sits in the dependency parse: the passive subject ("four people were
 * shot"), the object ("killing 6 civilians"), its own number ("two dead"). The count is that
 * group's number ({@code casualty-numbers.tsv} for words, digits as written), one for a single
 * person ("a 25-year-old man", "himself"), the sum over a list ("his wife, two children and his
 * mother-in-law"); never a number inside the group ("including 2 women") or beside it (ages,
 * "3 suspects", "10 rockets"). The count belongs to the event whose trigger the harm word hangs
 * under (an "-ing" adjunct, "attacked …, killing 6", counts for the main event), and only violent
 * events (ASSAULT, COERCE, PROTEST) take one.
 */
final class Casualties {
    /** What the harm word says happened to the people it counts. */
    private enum Outcome { KILLED, INJURED, HARMED }

    private record HarmWord(Outcome outcome, List<String> victims) {}

    private record NumberWord(Integer value, boolean scale) {}

    /** One group of people counted, with the tokens its evidence spans. */
    private record Reading(Outcome outcome, int group, Integer value, boolean vague, int left, int right, boolean shot, boolean crime) {
        Reading(Outcome outcome, int group, Integer value, boolean vague, int left, int right, boolean shot) {
            this(outcome, group, value, vague, left, right, shot, false);
        }
    }

    /** A count "no number", kept apart from a vague count, which does say something. */
    private record Amount(Integer value, boolean vague) {}

    /** The two counts of one event; either may be null. */
    record Counts(Event.Count fatalities, Event.Count injured) {
        static final Counts NONE = new Counts(null, null);
    }

    /** Event types that can hold people killed or hurt in them; a meeting or a statement cannot. */
    private static final Set<EventType> VIOLENT = Set.of(EventType.ASSAULT, EventType.COERCE, EventType.PROTEST);
    private static final Set<String> ONE_PERSON = Set.of("he", "she", "him", "her", "himself", "herself");
    private static final Set<String> REFLEXIVE = Set.of("himself", "herself");
    /** {@link #owner}: the harm word describes a noun or is an act's content, so it counts for no event at all. */
    private static final int BLOCKED = -2;
    /** Relations of the words left of a counted noun that belong to its phrase ("at least four", "his", "a dozen"). */
    private static final Set<String> PHRASE = Set.of("det", "nummod", "amod", "compound", "nmod:poss", "advmod",
        "obl:npmod", "quantmod", "det:predet", "case", "fixed");
    private static final Set<String> NOT_A_COUNT_NER = Set.of("DURATION", "DATE", "TIME", "MONEY", "PERCENT", "ORDINAL");

    private static final Casualties STANDARD = load();

    private final Map<String, HarmWord> words;
    private final Map<String, NumberWord> numbers;
    private final Set<String> fatal;
    private final Set<String> things;
    private final Set<String> sequence;
    private final Set<String> finding;
    private final Set<String> projectiles;
    private final Set<String> firearms;

    private Casualties(Map<String, HarmWord> words, Map<String, NumberWord> numbers, Set<String> fatal, Set<String> things,
                       Set<String> sequence, Set<String> finding, Set<String> projectiles, Set<String> firearms) {
        this.sequence = sequence;
        this.finding = finding;
        this.projectiles = projectiles;
        this.firearms = firearms;
        this.words = words;
        this.numbers = numbers;
        this.fatal = fatal;
        this.things = things;
    }

    static Casualties standard() {
        return STANDARD;
    }

    /** Whether a sentence holding this token may tell of people killed or hurt: the stage must have it parsed. */
    boolean mayCount(Token t) {
        return harmWord(t) != null;
    }

    /**
     * The counts of every event of the article, in the order given. An event counts the harm words
     * of its own sentence that hang under its trigger ({@link #owner}). A harm word that no event
     * of its sentence holds, and that is no noun's description nor an act's content ("the man who
     * died", "charged with killing"), tells the article's toll in a sentence of its own ("One man
     * died at the hospital, police said", "He was pronounced dead"): it counts for the nearest
     * violent event, an attack before any other, of its sentence, else the last one before it, else
     * the first after it. An event takes the larger count of its own and of those it is given, as
     * the same dead are told again and again.
     */
    List<Counts> of(AnnotatedText text, List<Candidate> all) {
        Map<Integer, List<Reading>> own = new HashMap<>();
        Map<Integer, List<Reading>> loose = new HashMap<>();
        Map<Integer, Set<Integer>> triggers = new HashMap<>();
        for (Candidate c : all) {
            triggers.computeIfAbsent(c.sentence(), k -> new HashSet<>()).add(c.trigger());
        }
        for (Sentence s : text.sentences()) {
            if (!s.parsed()) {
                continue;
            }
            DependencyTree tree = s.tree();
            Set<Integer> here = triggers.getOrDefault(s.index(), Set.of());
            for (Token t : text.tokensOf(s)) {
                HarmWord w = harmWord(t);
                if (w == null || aimedAtAPlace(text, tree, t.index()) || negated(text, tree, t.index())) {
                    continue;
                }
                int owner = owner(text, tree, t.index(), here);
                Reading r = owner == BLOCKED ? null : read(text, tree, t.index(), w);
                if (r == null) {
                    continue;
                }
                Candidate event = owner >= 0 ? event(all, s.index(), owner) : null; // none for an "-ing" adjunct of no event
                if (event != null && (r.crime() ? event.type() == EventType.ASSAULT : VIOLENT.contains(event.type()) || !t.isNoun())) {
                    own.computeIfAbsent(owner, k -> new ArrayList<>()).add(r);
                } else {
                    Candidate host = host(all, s.index(), t.index(), r.crime());
                    if (host != null) {
                        loose.computeIfAbsent(host.trigger(), k -> new ArrayList<>()).add(r);
                    }
                }
            }
        }
        List<Counts> counts = new ArrayList<>();
        for (Candidate c : all) {
            if (!VIOLENT.contains(c.type())) {
                counts.add(Counts.NONE);
                continue;
            }
            List<Reading> readings = own.getOrDefault(c.trigger(), List.of());
            List<Reading> given = loose.getOrDefault(c.trigger(), List.of());
            Event.Count killed = count(text, readings, Outcome.KILLED);
            Event.Count injured = readings.isEmpty() ? null
                : survivors(text, text.sentences().get(c.sentence()).tree(), readings, killed, count(text, readings, Outcome.INJURED));
            counts.add(new Counts(larger(killed, count(text, given, Outcome.KILLED)),
                larger(injured, count(text, given, Outcome.INJURED))));
        }
        return counts;
    }

    /**
     * The event of this trigger, or null when it is none ("Gunfire erupted, leaving three people
     * dead": an "-ing" adjunct of a verb that is no event), whose counts then count as a sentence's
     * own. A harm noun under an event that cannot hold a count ("investigating the fatal shootings
     * of four people", "arrested in the shooting death of a girl") names the attack's toll as a
     * sentence of its own does, and counts as one; a crime named with its victims ("the 1967
     * killings of two young women", "the murder of a deputy") is counted only for an attack: under
     * an arrest or a protest it is what the arrest is for or the protest about, not their toll.
     */
    private static Candidate event(List<Candidate> all, int sentence, int trigger) {
        return all.stream().filter(c -> c.sentence() == sentence && c.trigger() == trigger).findFirst().orElse(null);
    }

    /** The event a harm word outside every event is counted for (see {@link #of}), or null when the article has none that can hold it. */
    private static Candidate host(List<Candidate> all, int sentence, int token, boolean attackOnly) {
        for (boolean attack : attackOnly ? List.of(true) : List.of(true, false)) {
            Candidate best = null;
            for (Candidate c : all) {
                if (VIOLENT.contains(c.type()) && (c.type() == EventType.ASSAULT) == attack
                    && (best == null || closer(c, best, sentence, token))) {
                    best = c;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    /** Its own sentence (the nearer trigger) before the sentences before it (the nearest) before those after it (the nearest). */
    private static boolean closer(Candidate a, Candidate b, int sentence, int token) {
        return rank(a, sentence, token) < rank(b, sentence, token);
    }

    private static long rank(Candidate c, int sentence, int token) {
        if (c.sentence() == sentence) {
            return Math.abs(c.trigger() - token);
        }
        long tokens = 1_000_000L;
        return c.sentence() < sentence ? tokens * (sentence - c.sentence()) - c.trigger() % tokens
            : tokens * tokens + tokens * (c.sentence() - sentence) + c.trigger() % tokens;
    }

    /** The larger of two counts of one outcome; a number outranks a vague count, which outranks none. */
    private static Event.Count larger(Event.Count a, Event.Count b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        if (a.value() == null || b.value() == null) {
            return a.value() == null ? b : a;
        }
        return b.value() > a.value() ? b : a;
    }

    /** "did not die", "was not injured": no one counted. */
    private static boolean negated(AnnotatedText text, DependencyTree tree, int harm) {
        return tree.children(harm, "advmod").stream().anyMatch(c -> FunctionWords.NEGATORS.contains(lower(text, c)));
    }

    /**
     * "shot six people, killing two of them": the dead are some of those shot, and the Gun
     * Violence Archive counts the rest as injured (4). Only for a count of people shot (a
     * "wounded" count already leaves the dead out) and dead said to be "of them".
     */
    private Event.Count survivors(AnnotatedText text, DependencyTree tree, List<Reading> readings, Event.Count killed,
                                  Event.Count injured) {
        if (killed == null || injured == null || killed.value() == null || injured.value() == null) {
            return injured;
        }
        for (Reading dead : readings) {
            if (dead.outcome() == Outcome.KILLED && ofThem(text, tree, dead.group())) {
                for (Reading shot : readings) {
                    if (shot.shot() && shot.value() != null && shot.value().equals(injured.value()) && shot.value() > killed.value()) {
                        return new Event.Count(shot.value() - killed.value(),
                            span(text, Math.min(shot.left(), dead.left()), Math.max(shot.right(), dead.right())));
                    }
                }
            }
        }
        return injured;
    }

    /** "two of them", "one of whom": a number that takes its people from a group named before. */
    private static boolean ofThem(AnnotatedText text, DependencyTree tree, int group) {
        return text.tokens().get(group).pos().equals("CD") && tree.children(group, "nmod").stream()
            .anyMatch(n -> text.tokens().get(n).pos().equals("PRP") || text.tokens().get(n).pos().startsWith("W"));
    }

    /**
     * The count of one outcome: the largest group the sentence names for it, since a sentence
     * often names the same people twice ("shot another child … and the victim has died"), plus
     * a shooter who turned the weapon on himself ("killed three people before killing himself"),
     * whom the Gun Violence Archive counts.
     */
    private static Event.Count count(AnnotatedText text, List<Reading> readings, Outcome outcome) {
        Map<Integer, Reading> groups = new LinkedHashMap<>();
        for (Reading r : readings) {
            if (r.outcome() == outcome) {
                groups.putIfAbsent(r.group(), r);
            }
        }
        Reading largest = null;
        Reading self = null;
        for (Reading r : groups.values()) {
            if (REFLEXIVE.contains(lower(text, r.group()))) {
                self = self == null ? r : self;
            } else if (largest == null || r.value() != null && (largest.value() == null || r.value() > largest.value())) {
                largest = r; // a number outranks a vague "dozens" beside it
            }
        }
        if (largest == null && self == null) {
            return null;
        }
        if (largest == null || self == null) {
            Reading r = largest == null ? self : largest;
            return new Event.Count(r.value(), span(text, r.left(), r.right()));
        }
        Integer sum = largest.value() == null ? null : largest.value() + self.value();
        return new Event.Count(sum, span(text, Math.min(largest.left(), self.left()), Math.max(largest.right(), self.right())));
    }

    private static org.dateline.model.Span span(AnnotatedText text, int left, int right) {
        return text.index().span(text.tokens().get(left).start(), text.tokens().get(right).end());
    }

    /** "shoot up the campus": a verb with the particle "up" is fired at a place, not at people. */
    private static boolean aimedAtAPlace(AnnotatedText text, DependencyTree tree, int harm) {
        return tree.children(harm, "compound:prt").stream().anyMatch(p -> lower(text, p).equals("up"));
    }

    private HarmWord harmWord(Token t) {
        String pos = t.isVerb() ? "V" : t.pos().startsWith("JJ") ? "J" : t.isNoun() && !t.isProperNoun() ? "N" : null;
        if (pos == null) {
            return null;
        }
        HarmWord w = words.get(Phrase.lemma(t) + "/" + pos);
        // CoreNLP tags "wounded"/"injured" as adjectives or participles and lemmatises either way
        return w != null || !pos.equals("J") ? w : words.get(t.word().toLowerCase() + "/J");
    }

    /**
     * The trigger whose event the harm word reports on: the nearest trigger above it in the tree,
     * or one that is the subject or an oblique of a word above it ("the attack left two dead",
     * "wounded in the attack"). An "-ing" adjunct without its own subject ("attacked …, killing
     * 6") passes its count to the event it elaborates. -1 when no event of the sentence holds it,
     * {@link #BLOCKED} when it describes a noun or an act's content, which no event may count.
     */
    private int owner(AnnotatedText text, DependencyTree tree, int harm, Set<Integer> triggers) {
        int adjunct = -1;
        int limit = tree.sentence().tokenEnd() - tree.sentence().tokenStart();
        for (int a = harm, steps = 0; a >= 0 && steps <= limit; a = tree.head(a), steps++) {
            if (triggers.contains(a)) {
                if (adjunct < 0 && ingAdjunct(text, tree, a)) {
                    adjunct = a;
                    continue;
                }
                return a;
            }
            if (adjunct < 0) {
                for (int child : tree.children(a)) {
                    String rel = tree.relation(child);
                    if (triggers.contains(child) && (rel.startsWith("nsubj") || rel.equals("obl") || rel.equals("nmod"))) {
                        return child;
                    }
                }
            }
            if (content(text, tree, a) && !triggers.contains(a)) {
                return adjunct >= 0 ? adjunct : BLOCKED; // "charged with shooting his daughter": what the charge is about, not where she was hurt
            }
            if (tree.relation(a).startsWith("acl") && !triggers.contains(tree.head(a)) && !ResultAdjunct.of(text, tree, a)) {
                return adjunct >= 0 ? adjunct : BLOCKED; // "the shooting, which wounded 10", "the man who killed 3": that noun's, no event's
            }
            if (adjunct < 0 && a != harm && ingAdjunct(text, tree, a)) {
                adjunct = a; // "…, killing 6" where "killing" is no trigger of its own
            }
        }
        return adjunct;
    }

    /** An "-ing" clause introduced by a word that makes it its head's content: "of killing", "with shooting". */
    private boolean content(AnnotatedText text, DependencyTree tree, int token) {
        if (!text.tokens().get(token).pos().equals("VBG")) {
            return false;
        }
        List<Integer> marks = new ArrayList<>(tree.children(token, "mark"));
        marks.addAll(tree.children(token, "case"));
        return marks.stream().anyMatch(m -> !sequence.contains(lower(text, m)));
    }

    /** A result or sequence adjunct ({@link ResultAdjunct}): "…, killing 6", "before killing himself", not "of killing". */
    private boolean ingAdjunct(AnnotatedText text, DependencyTree tree, int token) {
        return ResultAdjunct.of(text, tree, token)
            && tree.children(token, "mark").stream().allMatch(m -> sequence.contains(lower(text, m)));
    }

    /** The group the harm word counts and its number, or null when the sentence gives none. */
    private Reading read(AnnotatedText text, DependencyTree tree, int harm, HarmWord w) {
        Outcome outcome = w.outcome() == Outcome.HARMED ? (diedToo(text, tree, harm) ? Outcome.KILLED : Outcome.INJURED)
            : w.outcome() == Outcome.INJURED && fatally(text, tree, harm, true) ? Outcome.KILLED // "fatally wounding a guard"
            : w.outcome();
        for (String where : w.victims()) {
            Reading r = switch (where) {
                case "toll" -> toll(text, tree, harm, outcome);
                case "head" -> tree.relation(harm).equals("amod") ? group(text, tree, tree.head(harm), harm, outcome) : null;
                case "controller" -> controller(text, tree, harm, outcome);
                case "sufferer" -> sufferer(text, tree, harm, outcome);
                case "of" -> ofPhrase(text, tree, harm, outcome);
                case "projectile" -> projectile(text, tree, harm, outcome);
                default -> relation(text, tree, harm, where, outcome);
            };
            if (r != null) {
                int left = r.left();
                for (int c : outcome == Outcome.KILLED ? tree.children(harm) : List.<Integer>of()) {
                    String rel = tree.relation(c);
                    if ((rel.equals("advmod") || rel.equals("amod")) && c < harm && fatal.contains(Phrase.lemma(text.tokens().get(c)))) {
                        left = Math.min(left, c); // "fatally wounding a guard", "the fatal shooting of": the word that says they died
                    }
                }
                return new Reading(r.outcome(), r.group(), r.value(), r.vague(), left, r.right(),
                    w.outcome() == Outcome.HARMED && outcome == Outcome.INJURED, where.equals("of"));
            }
        }
        return null;
    }

    /**
     * Who has the wound or injury a noun names: the subject of the verb it is the object or an
     * oblique of ("a man suffered gunshot wounds", "he was treated for minor injuries"), the object
     * of a verb it is a "with" phrase of ("found a girl with a gunshot wound"), or the person it is
     * said of ("a girl with a gunshot wound was found"); not someone who died of it ("died of his
     * injuries" is one of the dead).
     */
    private Reading sufferer(AnnotatedText text, DependencyTree tree, int harm, Outcome outcome) {
        String relation = tree.relation(harm);
        int head = tree.head(harm);
        if (head < 0 || harmWord(text.tokens().get(head)) != null) {
            return null;
        }
        Token h = text.tokens().get(head);
        boolean with = tree.children(harm, "case").stream().anyMatch(k -> lower(text, k).equals("with"));
        if (h.isVerb() && (relation.equals("obj") || relation.equals("obl"))) {
            List<Integer> people = new ArrayList<>(with ? exact(tree, head, "obj") : List.of());
            people.addAll(exact(tree, head, "nsubj:pass"));
            people.addAll(exact(tree, head, "nsubj"));
            return first(text, tree, people, harm, outcome);
        }
        return relation.equals("nmod") && h.isNoun() && with ? group(text, tree, head, harm, outcome) : null;
    }

    /** The group under {@code relation} of the harm word, or of the verb it is coordinated with ("were shot and killed"). */
    private Reading relation(AnnotatedText text, DependencyTree tree, int harm, String relation, Outcome outcome) {
        if (relation.equals("nummod")) {
            for (int c : tree.children(harm)) {
                String rel = tree.relation(c);
                // "leaving three people dead and five wounded": the parser may leave "five" a bare dep
                if (rel.equals("nummod") || rel.equals("det") && numbers.containsKey(lower(text, c))
                    || rel.equals("dep") && c < harm && text.tokens().get(c).pos().equals("CD")) {
                    Amount a = number(text, tree, c);
                    if (a != null) {
                        Edges e = phrase(text, tree, c);
                        return reading(outcome, c, a, Math.min(e.left, harm), Math.max(e.right, harm));
                    }
                }
            }
            return null;
        }
        List<Integer> own = exact(tree, harm, relation);
        if (own.isEmpty() && relation.equals("nsubj:pass") && participle(text, tree, harm)) {
            own = exact(tree, harm, "nsubj"); // "one killed and two others hurt": the participle's own subject
        }
        if (!own.isEmpty()) {
            return first(text, tree, own, harm, outcome);
        }
        if (!tree.children(harm, "nsubj").isEmpty() || !exact(tree, harm, "obj").isEmpty()) {
            return null; // its own people, whom another relation names: never its neighbour's
        }
        if (split(text, tree, harm)) {
            return null; // "three people hurt and one person dead": the hurt are not the dead
        }
        if (tree.relation(harm).equals("conj") && text.tokens().get(tree.head(harm)).isVerb()) {
            List<Integer> shared = exact(tree, tree.head(harm), relation);
            if (!shared.isEmpty()) {
                return first(text, tree, shared, harm, outcome);
            }
        }
        for (int c : tree.children(harm, "conj")) {
            List<Integer> shared = exact(tree, c, relation);
            if (text.tokens().get(c).isVerb() && !shared.isEmpty()) {
                return first(text, tree, shared, harm, outcome);
            }
        }
        return null;
    }

    /**
     * Whether a verb with a subject and no object is a participle said of its subject, though
     * tagged as a past or present tense: "One person was killed and two others badly hurt" (a
     * harm word's conjunct), "found five people shot" (the small clause of a verb of finding or
     * leaving, {@code finding} in casualty-modifiers.tsv); never "the gunman shot" on its own.
     */
    private boolean participle(AnnotatedText text, DependencyTree tree, int harm) {
        Token t = text.tokens().get(harm);
        if (t.pos().equals("VBN")) {
            return true;
        }
        if (!t.pos().startsWith("VB") || !exact(tree, harm, "obj").isEmpty() || !tree.children(harm, "aux").isEmpty()) {
            return false;
        }
        int head = tree.head(harm);
        String rel = tree.relation(harm);
        return head >= 0 && (rel.equals("conj") && harmWord(text.tokens().get(head)) != null && !tree.children(head, "nsubj:pass").isEmpty()
            || (rel.equals("ccomp") || rel.equals("xcomp")) && finding.contains(Phrase.lemma(text.tokens().get(head))));
    }

    private static List<Integer> exact(DependencyTree tree, int token, String relation) {
        return tree.children(token).stream().filter(c -> tree.relation(c).equals(relation)).toList();
    }

    private Reading first(AnnotatedText text, DependencyTree tree, List<Integer> groups, int harm, Outcome outcome) {
        return groups.isEmpty() ? null : group(text, tree, groups.get(0), harm, outcome);
    }

    /**
     * "left three people dead", "was found dead", "was pronounced dead" (which CoreNLP often parses
     * as the verb's object): the people the adjective is said of, the passive subject of the verb or
     * of the verb it is coordinated with ("had been shot and was pronounced dead").
     */
    private Reading controller(AnnotatedText text, DependencyTree tree, int harm, Outcome outcome) {
        String relation = tree.relation(harm);
        int verb = tree.head(harm);
        if (!relation.equals("xcomp") && !(relation.equals("obj") && verb >= 0 && text.tokens().get(verb).isVerb()
            && harmWord(text.tokens().get(verb)) == null)) {
            return null;
        }
        List<Integer> people = new ArrayList<>(exact(tree, verb, "obj"));
        people.remove(Integer.valueOf(harm));
        people.addAll(exact(tree, verb, "nsubj:pass"));
        if (people.isEmpty() && tree.relation(verb).equals("conj") && text.tokens().get(tree.head(verb)).isVerb()) {
            people.addAll(exact(tree, tree.head(verb), "nsubj:pass"));
        }
        return first(text, tree, people, harm, outcome);
    }

    /**
     * "was struck by a bullet", "hit by gunfire", "the bullet struck her", "the gun went off,
     * striking the girl": a verb of hitting counts its object or passive subject only when what hit
     * is a projectile ({@code projectile} in casualty-modifiers.tsv, as subject or oblique) or a
     * firearm ({@code firearm}, as subject only: "struck him with a gun" is a beating).
     */
    private Reading projectile(AnnotatedText text, DependencyTree tree, int harm, Outcome outcome) {
        List<Integer> hitters = new ArrayList<>(tree.children(harm, "nsubj"));
        hitters.removeAll(exact(tree, harm, "nsubj:pass"));
        int head = tree.head(harm);
        String relation = tree.relation(harm);
        if (hitters.isEmpty() && (relation.equals("advcl") || relation.equals("dep")) && head >= 0
            && text.tokens().get(harm).pos().equals("VBG")) {
            hitters.addAll(exact(tree, head, "nsubj")); // "The weapon went off, striking the girl"
        }
        boolean byProjectile = hitters.stream().anyMatch(h -> projectiles.contains(Phrase.lemma(text.tokens().get(h)))
            || firearms.contains(Phrase.lemma(text.tokens().get(h))))
            || tree.children(harm, "obl").stream().anyMatch(o -> projectiles.contains(Phrase.lemma(text.tokens().get(o))));
        if (!byProjectile) {
            return null;
        }
        List<Integer> people = new ArrayList<>(exact(tree, harm, "nsubj:pass"));
        people.addAll(exact(tree, harm, "obj"));
        return first(text, tree, people, harm, outcome);
    }

    /** "the shooting deaths of four people", "the fatal shooting of a 1-year-old girl": a noun's "of" phrase names whom it befell. */
    private Reading ofPhrase(AnnotatedText text, DependencyTree tree, int harm, Outcome outcome) {
        for (int c : tree.children(harm, "nmod")) {
            if (c > harm && isOf(text, tree, c)) {
                return group(text, tree, c, harm, outcome);
            }
        }
        return null;
    }

    /** "the death toll rose to 12", "the toll is 12". */
    private Reading toll(AnnotatedText text, DependencyTree tree, int harm, Outcome outcome) {
        if (!tree.relation(harm).startsWith("nsubj")) {
            return null;
        }
        int verb = tree.head(harm);
        List<Integer> places = new ArrayList<>(List.of(verb));
        places.addAll(tree.children(verb, "obl"));
        places.addAll(tree.children(verb, "obj"));
        places.addAll(tree.children(verb, "nummod"));
        for (int p : places) {
            Amount a = number(text, tree, p);
            if (a != null) {
                Edges e = phrase(text, tree, harm);
                return reading(outcome, p, a, Math.min(e.left, p), Math.max(harm, p));
            }
        }
        return null;
    }

    /** The count of the group {@code group} (a noun, a number, a pronoun) and the evidence with the harm word. */
    private Reading group(AnnotatedText text, DependencyTree tree, int group, int harm, Outcome outcome) {
        group = antecedent(text, tree, group);
        List<Integer> members = new ArrayList<>(List.of(group));
        boolean alone = split(text, tree, harm) || tree.head(harm) == group; // "a boy dead and six others [wounded]"
        for (int c : alone ? List.<Integer>of() : tree.children(group, "conj")) {
            Token t = text.tokens().get(c);
            boolean ownHarm = tree.children(c).stream().anyMatch(k -> harmWord(text.tokens().get(k)) != null);
            if ((t.isNoun() || t.pos().equals("CD") || t.pos().startsWith("PRP")) && !ownHarm) { // not "… and nine people wounded"
                members.add(c);
            }
        }
        // "left nine injured and one dead": "nine" carries its own outcome, so the dead are "one"
        members.removeIf(m -> tree.children(m).stream().map(k -> harmWord(text.tokens().get(k)))
            .anyMatch(w -> w != null && w.outcome() != outcome && w.outcome() != Outcome.HARMED));
        if (members.isEmpty()) {
            return null;
        }
        Integer sum = 0;
        boolean vague = false;
        int left = Integer.MAX_VALUE;
        int right = -1;
        for (int m : members) {
            Amount a = amount(text, tree, m);
            if (a == null) {
                return null; // "his wife and children": no number for the whole list
            }
            vague |= a.vague();
            sum = vague ? null : sum + a.value();
            Edges e = phrase(text, tree, m);
            left = Math.min(left, e.left);
            right = Math.max(right, e.right);
        }
        return new Reading(outcome, group, sum, vague, Math.min(left, harm), Math.max(right, harm), false);
    }

    /**
     * "Seven men who were shot": a relative pronoun counts as the noun its clause describes, which
     * the pronoun alone does not say how many people it is.
     */
    private static int antecedent(AnnotatedText text, DependencyTree tree, int group) {
        Token t = text.tokens().get(group);
        if (!(t.pos().equals("WP") || t.pos().equals("WDT") || t.word().equalsIgnoreCase("that"))) {
            return group;
        }
        int clause = tree.head(group);
        return clause >= 0 && tree.relation(clause).equals("acl:relcl") && tree.head(clause) >= 0 ? tree.head(clause) : group;
    }

    /**
     * Whether the harm word is coordinated with one of another outcome ("left one person dead and
     * nine others injured"): the list beside it is then split between them, not one group.
     */
    private boolean split(AnnotatedText text, DependencyTree tree, int harm) {
        HarmWord own = harmWord(text.tokens().get(harm));
        List<Integer> coordinated = new ArrayList<>(tree.children(harm, "conj"));
        if (tree.relation(harm).equals("conj")) {
            coordinated.add(tree.head(harm));
        }
        for (int c : coordinated) {
            HarmWord w = harmWord(text.tokens().get(c));
            if (w != null && w.outcome() != own.outcome() && w.outcome() != Outcome.HARMED && own.outcome() != Outcome.HARMED) {
                return true; // "shot and killed" are the same people
            }
        }
        return false;
    }

    /** How many people one noun phrase names: its number, its own number word, or one person; null when it does not say. */
    private Amount amount(AnnotatedText text, DependencyTree tree, int noun) {
        Token t = text.tokens().get(noun);
        if (ageAsPerson(text, tree, noun)) {
            return new Amount(1, false); // "Another 5-year-old was hurt"
        }
        if (things.contains(Phrase.lemma(t)) || NOT_A_COUNT_NER.contains(t.ner()) || ofThings(text, tree, noun)) {
            return null; // "a couple of times", "dozens of rounds": no people
        }
        Amount own = number(text, tree, noun);
        if (own != null) {
            return own; // "two of the victims", "dozens of people", "nobody", "a couple"
        }
        for (int c : tree.children(noun)) {
            String rel = tree.relation(c);
            if (c > noun) {
                continue; // "Miranda Doerr, three,": a number after the noun is an age, never a count
            }
            if (c + 1 < noun && text.tokens().get(c + 1).pos().equals("HYPH")) {
                continue; // "a 6-yo", "a 6-year-old" the tagger did not take for an age: an age, never a count
            }
            if (rel.equals("nummod") || (rel.equals("det") || rel.equals("amod")) && numbers.containsKey(lower(text, c))) {
                Amount a = number(text, tree, c);
                if (a != null) {
                    return a;
                }
            }
        }
        int stray = strayNumber(text, tree, noun);
        if (stray >= 0) {
            return number(text, tree, stray);
        }
        if (t.pos().equals("NN") || t.pos().equals("NNP") || ONE_PERSON.contains(t.word().toLowerCase())) {
            return new Amount(1, false); // "a 25-year-old man", "the gunman", "himself"
        }
        return null;
    }

    /**
     * "a 5-year-old was hurt": an age used as a noun (its "old" is the group itself, a subject or an
     * object, with no noun to describe) is one person, though the tagger calls it a duration.
     */
    private static boolean ageAsPerson(AnnotatedText text, DependencyTree tree, int group) {
        Token t = text.tokens().get(group);
        String rel = tree.relation(group);
        return t.word().equalsIgnoreCase("old") && t.pos().startsWith("JJ") && t.ner().equals("DURATION")
            && (rel.startsWith("nsubj") || rel.equals("obj") || rel.equals("conj"))
            && tree.children(group).stream().anyMatch(c -> Phrase.lemma(text.tokens().get(c)).equals("year")
                || Phrase.lemma(text.tokens().get(c)).equals("month"));
    }

    /** "a couple of times", "dozens of rounds": a quantity whose "of" phrase names things counts no people. */
    private boolean ofThings(AnnotatedText text, DependencyTree tree, int noun) {
        return numbers.containsKey(lower(text, noun)) && tree.children(noun, "nmod").stream()
            .anyMatch(c -> isOf(text, tree, c) && things.contains(Phrase.lemma(text.tokens().get(c))));
    }

    /**
     * The number just before a noun (past its adjectives) that the parser hung on a word before it,
     * as it does after a dateline ("HOUSTON - Six people were injured", "(WMC) - Seven people were
     * shot": "Six" is taken for a modifier of "HOUSTON"); -1 when there is none.
     */
    private int strayNumber(AnnotatedText text, DependencyTree tree, int noun) {
        int k = noun - 1;
        int first = tree.sentence().tokenStart();
        while (k >= first && tree.head(k) == noun && (tree.relation(k).equals("amod") || tree.relation(k).equals("compound"))) {
            k--;
        }
        if (k < first || k == noun - 1 && tree.head(k) == noun) {
            return -1;
        }
        Token n = text.tokens().get(k);
        boolean numeric = n.pos().equals("CD") && !NOT_A_COUNT_NER.contains(n.ner());
        // the number opens its phrase, after a dash, a bracket or nothing ("a 6-yo" is an age)
        boolean opens = k == first || !Character.isLetterOrDigit(text.tokens().get(k - 1).word().codePointAt(0));
        return numeric && opens && tree.head(k) >= 0 && tree.head(k) < k && number(text, tree, k) != null ? k : -1;
    }

    /** The number a token states ("6", "four", "a dozen", "two dozen", "twenty-five", "dozens"), or null. */
    private Amount number(AnnotatedText text, DependencyTree tree, int token) {
        Token t = text.tokens().get(token);
        if (NOT_A_COUNT_NER.contains(t.ner())) {
            return null; // "three-year-old", "2014"
        }
        String word = lower(text, token);
        if (word.matches("\\d{1,3}(,\\d{3})*|\\d+")) {
            return new Amount(Integer.parseInt(word.replace(",", "")), false);
        }
        NumberWord n = numbers.get(word);
        if (n == null) {
            return hyphenated(word);
        }
        if (n.value() == null) {
            return new Amount(null, true);
        }
        if (n.scale()) {
            for (int c : tree.children(token)) {
                String rel = tree.relation(c);
                if (rel.equals("nummod") || rel.equals("compound")) {
                    Amount times = number(text, tree, c);
                    if (times != null) {
                        return times.vague() ? times : new Amount(times.value() * n.value(), false);
                    }
                }
            }
        }
        return new Amount(n.value(), false);
    }

    private Amount hyphenated(String word) {
        if (!word.contains("-")) {
            return null;
        }
        int sum = 0;
        for (String part : word.split("-")) {
            NumberWord n = numbers.get(part);
            if (n == null || n.value() == null || n.scale()) {
                return null;
            }
            sum += n.value();
        }
        return new Amount(sum, false);
    }

    private static String lower(AnnotatedText text, int token) {
        return text.tokens().get(token).word().toLowerCase();
    }

    /** Whether a "shot" or "stabbed" says the people died: "fatally", "shot dead", "shot to death", "shot and killed". */
    private boolean diedToo(AnnotatedText text, DependencyTree tree, int harm) {
        if (fatally(text, tree, harm, false)) {
            return true;
        }
        List<Integer> coordinated = new ArrayList<>(tree.children(harm, "conj"));
        if (tree.relation(harm).equals("conj")) {
            coordinated.add(tree.head(harm));
        }
        for (int c : coordinated) {
            HarmWord w = harmWord(text.tokens().get(c));
            if (w != null && w.outcome() == Outcome.KILLED) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word of the {@code fatal} role modifies the harm word: "fatally shot", "shot dead",
     * "shot to death"; for a wound word only as an adverb ("mortally wounded") or, on a wound noun,
     * an adjective ("sustained a fatal wound"), since "three people hurt and one dead" coordinates
     * the dead with the hurt.
     */
    private boolean fatally(AnnotatedText text, DependencyTree tree, int harm, boolean adverbOnly) {
        boolean noun = text.tokens().get(harm).isNoun();
        return tree.children(harm).stream().anyMatch(c -> fatal.contains(Phrase.lemma(text.tokens().get(c)))
            && (!adverbOnly || tree.relation(c).equals("advmod") || noun && tree.relation(c).equals("amod")));
    }

    private static Reading reading(Outcome outcome, int group, Amount a, int left, int right) {
        return new Reading(outcome, group, a.value(), a.vague(), left, right, false);
    }

    private record Edges(int left, int right) {}

    /**
     * A group's words up to the group word: its modifiers on the left ("at least four", "a dozen",
     * "his"), and on the right only an "of" phrase of a quantity ("dozens of people"), never a
     * phrase that counts something inside the group ("including 2 women").
     */
    private Edges phrase(AnnotatedText text, DependencyTree tree, int from) {
        int left = from;
        int right = from;
        for (int c : tree.children(from)) {
            String rel = tree.relation(c);
            if (c < from && PHRASE.contains(rel)) {
                left = Math.min(left, tree.edges(c).left());
            } else if (c > from && rel.equals("nmod") && number(text, tree, from) != null && isOf(text, tree, c)) {
                right = Math.max(right, c);
            }
        }
        int stray = text.tokens().get(from).isNoun() ? strayNumber(text, tree, from) : -1;
        return new Edges(stray >= 0 && !hasNumber(text, tree, from) ? stray : left, right); // not the dateline before it
    }

    private boolean hasNumber(AnnotatedText text, DependencyTree tree, int noun) {
        return tree.children(noun).stream().anyMatch(c -> c < noun && tree.relation(c).equals("nummod"));
    }

    /** "dozens of people": the quantity's "of" phrase names who is counted. */
    private static boolean isOf(AnnotatedText text, DependencyTree tree, int nmod) {
        return tree.children(nmod, "case").stream().anyMatch(k -> lower(text, k).equals("of"));
    }

    private static Casualties load() {
        Map<String, HarmWord> words = new HashMap<>();
        for (TsvTable.Row r : TsvTable.resource(Casualties.class, "casualty-words.tsv", "lemma", "pos", "outcome", "victims").rows()) {
            Outcome outcome = r.value("outcome", o -> Outcome.valueOf(o.toUpperCase()));
            if (!Set.of("V", "J", "N").contains(r.get("pos"))) {
                throw new IllegalStateException("casualty-words.tsv: pos must be V, J or N: " + r);
            }
            if (words.put(r.get("lemma") + "/" + r.get("pos"), new HarmWord(outcome, r.items("victims"))) != null) {
                throw new IllegalStateException("casualty-words.tsv: repeated row " + r);
            }
        }
        Map<String, NumberWord> numbers = new HashMap<>();
        for (TsvTable.Row r : TsvTable.resource(Casualties.class, "casualty-numbers.tsv", "word", "value", "scale").rows()) {
            Integer value = r.get("value").isEmpty() ? null : r.value("value", Integer::valueOf);
            numbers.put(r.get("word"), new NumberWord(value, r.get("scale").equals("y")));
        }
        Set<String> fatal = new HashSet<>();
        Set<String> things = new HashSet<>();
        Set<String> sequence = new HashSet<>();
        Set<String> finding = new HashSet<>();
        Set<String> projectiles = new HashSet<>();
        Set<String> firearms = new HashSet<>();
        for (TsvTable.Row r : TsvTable.resource(Casualties.class, "casualty-modifiers.tsv", "lemma", "role").rows()) {
            switch (r.get("role")) {
                case "fatal" -> fatal.add(r.get("lemma"));
                case "thing" -> things.add(r.get("lemma"));
                case "sequence" -> sequence.add(r.get("lemma"));
                case "finding" -> finding.add(r.get("lemma"));
                case "projectile" -> projectiles.add(r.get("lemma"));
                case "firearm" -> firearms.add(r.get("lemma"));
                default -> throw new IllegalStateException(
                    "casualty-modifiers.tsv: role must be fatal, thing, sequence, finding, projectile or firearm: " + r);
            }
        }
        return new Casualties(Map.copyOf(words), Map.copyOf(numbers), Set.copyOf(fatal), Set.copyOf(things), Set.copyOf(sequence),
            Set.copyOf(finding), Set.copyOf(projectiles), Set.copyOf(firearms));
    }
}
