package org.dateline.analyze.event;

import static org.dateline.analyze.event.GroupReader.isOf;
import static org.dateline.analyze.event.GroupReader.lower;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.analyze.FunctionWords;
import org.dateline.analyze.data.TsvTable;
import org.dateline.analyze.event.GroupReader.Reading;
import org.dateline.analyze.event.HarmWords.HarmWord;
import org.dateline.analyze.event.HarmWords.Outcome;
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
 * <p>A harm word ({@code casualty-words.tsv}: "killed", "dead", "wounded", "shot", "death toll",
 * {@link HarmWords}) names where its count sits in the dependency parse: the passive subject ("four
 * people were shot"), the object ("killing 6 civilians"), its own number ("two dead")
 * ({@link VictimFinder}). The count is that group's number ({@code casualty-numbers.tsv} for words,
 * digits as written), one for a single person ("a 25-year-old man", "himself"), the sum over a list
 * ("his wife, two children and his mother-in-law"); never a number inside the group ("including 2
 * women") or beside it (ages, "3 suspects", "10 rockets") ({@link GroupReader}). The count belongs
 * to the event whose trigger the harm word hangs under (an "-ing" adjunct, "attacked …, killing 6",
 * counts for the main event), and only violent events (ASSAULT, COERCE, PROTEST) take one
 * ({@link HarmOwner}). This class puts the parts together and folds an event's readings into its
 * two counts.
 */
final class Casualties {
    /** The two counts of one event; either may be null. */
    record Counts(Event.Count fatalities, Event.Count injured) {
        static final Counts NONE = new Counts(null, null);
    }

    /** Event types that can hold people killed or hurt in them; a meeting or a statement cannot. */
    static final Set<EventType> VIOLENT = Set.of(EventType.ASSAULT, EventType.COERCE, EventType.PROTEST);
    private static final Set<String> REFLEXIVE = Set.of("himself", "herself");
    /** Determiners that name one known happening ("the shootings"), not a tally of acts. */
    private static final Set<String> DEFINITE = Set.of("the", "these", "those", "this", "that");

    private static final Casualties STANDARD = load();

    private final HarmWords harmWords;
    private final VictimFinder victims;
    private final HarmOwner owners;

    private final Set<String> tallies;
    private final Set<String> periods;
    private final Set<String> many;

    private Casualties(HarmWords harmWords, VictimFinder victims, HarmOwner owners, Set<String> tallies, Set<String> periods,
                       Set<String> many) {
        this.harmWords = harmWords;
        this.victims = victims;
        this.owners = owners;
        this.tallies = tallies;
        this.periods = periods;
        this.many = many;
    }

    static Casualties standard() {
        return STANDARD;
    }

    /** Whether a sentence holding this token may tell of people killed or hurt: the stage must have it parsed. */
    boolean mayCount(Token t) {
        return harmWords.of(t) != null;
    }

    /**
     * The counts of every event of the article, in the order given. An event counts the harm words
     * of its own sentence that hang under its trigger ({@link HarmOwner#owner}). A harm word that no event
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
                HarmWord w = harmWords.of(t);
                if (w == null || aimedAtAPlace(text, tree, t.index()) || negated(text, tree, t.index()) || tally(text, tree, t.index())) {
                    continue;
                }
                int owner = owners.owner(text, tree, t.index(), here, w.victims().contains("sufferer"));
                Reading r = owner == HarmOwner.BLOCKED ? null : victims.read(text, tree, t.index(), w);
                if (r == null) {
                    continue;
                }
                Candidate event = owner >= 0 ? HarmOwner.event(all, s.index(), owner) : null; // none for an "-ing" adjunct of no event
                if (event != null && (r.crime() ? event.type() == EventType.ASSAULT : VIOLENT.contains(event.type()) || !t.isNoun())) {
                    own.computeIfAbsent(owner, k -> new ArrayList<>()).add(r);
                } else {
                    Candidate host = HarmOwner.host(all, s.index(), t.index(), r.crime());
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
     * whom the Gun Violence Archive counts. Only a "himself" of the largest group's own sentence
     * adds: the readings an event is given from sentences of their own ("A boy accidentally shot
     * himself. The boy suffered a graze wound") tell the same person again, not a shooter beside
     * his victims.
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
        if (largest != null && self != null && text.tokens().get(largest.group()).sentence() != text.tokens().get(self.group()).sentence()) {
            // told apart, "himself" is one more group, not one more person
            largest = largest.value() == null || self.value() != null && largest.value() < self.value() ? self : largest;
            self = null;
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

    /**
     * "were wounded in shootings across Chicago between Friday and Monday", "have been shot in the
     * city this year", "last year, when 344 were killed": a tally of many acts or of a period, told
     * beside the one the article reports, and no count of it. Read from the harm word and the harm
     * words coordinated with it ("Three died and 16 were wounded in seven separate shootings": the
     * shootings hang under "wounded"): an adjunct "in" acts in the plural ({@code tally} in
     * {@code casualty-modifiers.tsv}) that are not one happening named ("in shootings", "in seven
     * separate shootings", "in a pair of shootings", but not "in the Cascade Mall shootings"), "this"
     * period ({@code period}: "this year"), or a relative clause on a period ("last year, when ...").
     * "in one of the worst mass shootings" hangs under "one", so a single act compared with others
     * keeps its count. A period or a place that "saw" people harmed tells the same way: "already
     * this year, it has seen 76 people shot", "a weekend that saw at least 55 people shot": the
     * verb "see" above the harm word is read as the harm word is.
     */
    private boolean tally(AnnotatedText text, DependencyTree tree, int harm) {
        int seeing = tree.head(harm);
        if (seeing >= 0 && Phrase.lemma(text.tokens().get(seeing)).equals("see") && tally(text, tree, List.of(seeing))) {
            return true;
        }
        List<Integer> words = new ArrayList<>(List.of(harm));
        int head = tree.head(harm);
        if (head >= 0 && tree.relation(harm).equals("conj")) {
            words.add(head);
            words.addAll(tree.children(head, "conj"));
        } else {
            words.addAll(tree.children(harm, "conj"));
        }
        // "was shot dead Friday and is the city's 15th homicide this year": only harm words share a tally
        words.removeIf(w -> harmWords.of(text.tokens().get(w)) == null);
        return tally(text, tree, words);
    }

    /** Whether an adjunct or a period noun of one of {@code words} makes the count a tally. */
    private boolean tally(AnnotatedText text, DependencyTree tree, List<Integer> words) {
        for (int w : words) {
            for (int c : tree.children(w)) {
                String rel = tree.relation(c);
                boolean adjunct = rel.equals("obl") || rel.startsWith("obl:") || rel.equals("nmod") || rel.startsWith("nmod:");
                if (adjunct && (manyActs(text, tree, c) || ofActs(text, tree, c) || thisPeriod(text, tree, c))) {
                    return true;
                }
            }
            int on = tree.head(w);
            if (on >= 0 && tree.relation(w).equals("acl:relcl") && periods.contains(Phrase.lemma(text.tokens().get(on)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "in shootings", "in 12 shootings", "in two separate incidents": acts in the plural "in" which
     * the harm befell; not "in the shootings", "in Saturday's shootings", "in the Cascade Mall
     * shootings", one happening with several victims named in the plural, unless a number or a word
     * of many ({@code many} in {@code casualty-modifiers.tsv}: "separate") says they were several.
     */
    private boolean manyActs(AnnotatedText text, DependencyTree tree, int noun) {
        if (!actsInThePlural(text, noun) || tree.children(noun, "case").stream().noneMatch(k -> lower(text, k).equals("in"))) {
            return false;
        }
        boolean several = tree.children(noun).stream().anyMatch(c -> tree.relation(c).equals("nummod")
            || tree.relation(c).equals("amod") && many.contains(lower(text, c)));
        boolean named = !tree.children(noun, "nmod:poss").isEmpty()
            || tree.children(noun, "det").stream().anyMatch(d -> DEFINITE.contains(lower(text, d)))
            || tree.children(noun, "compound").stream().anyMatch(c -> text.tokens().get(c).isProperNoun());
        return several || !named;
    }

    /** "shootings", "incidents": the plural of an act. */
    private boolean actsInThePlural(AnnotatedText text, int noun) {
        Token t = text.tokens().get(noun);
        return t.pos().equals("NNS") && tallies.contains(Phrase.lemma(t));
    }

    /** "in a pair of shootings", "a series of attacks": a noun of acts in the plural; not "one of the worst shootings". */
    private boolean ofActs(AnnotatedText text, DependencyTree tree, int noun) {
        return text.tokens().get(noun).isNoun() && tree.children(noun, "nmod").stream()
            .anyMatch(n -> actsInThePlural(text, n) && isOf(text, tree, n));
    }

    /** "this year": a period the article is in, whose toll is a tally. */
    private boolean thisPeriod(AnnotatedText text, DependencyTree tree, int noun) {
        return periods.contains(Phrase.lemma(text.tokens().get(noun)))
            && tree.children(noun, "det").stream().anyMatch(d -> lower(text, d).equals("this"));
    }

    /** "shoot up the campus": a verb with the particle "up" is fired at a place, not at people. */
    private static boolean aimedAtAPlace(AnnotatedText text, DependencyTree tree, int harm) {
        return tree.children(harm, "compound:prt").stream().anyMatch(p -> lower(text, p).equals("up"));
    }

    private static Casualties load() {
        HarmWords harmWords = HarmWords.standard();
        Set<String> fatal = new HashSet<>();
        Set<String> things = new HashSet<>();
        Set<String> sequence = new HashSet<>();
        Set<String> finding = new HashSet<>();
        Set<String> projectiles = new HashSet<>();
        Set<String> firearms = new HashSet<>();
        Set<String> tallies = new HashSet<>();
        Set<String> periods = new HashSet<>();
        Set<String> many = new HashSet<>();
        Set<String> wholes = new HashSet<>();
        Set<String> unharmed = new HashSet<>();
        for (TsvTable.Row r : TsvTable.resource(Casualties.class, "casualty-modifiers.tsv", "lemma", "role").rows()) {
            switch (r.get("role")) {
                case "fatal" -> fatal.add(r.get("lemma"));
                case "thing" -> things.add(r.get("lemma"));
                case "sequence" -> sequence.add(r.get("lemma"));
                case "finding" -> finding.add(r.get("lemma"));
                case "projectile" -> projectiles.add(r.get("lemma"));
                case "firearm" -> firearms.add(r.get("lemma"));
                case "tally" -> tallies.add(r.get("lemma"));
                case "period" -> periods.add(r.get("lemma"));
                case "many" -> many.add(r.get("lemma"));
                case "whole" -> wholes.add(r.get("lemma"));
                case "unharmed" -> unharmed.add(r.get("lemma"));
                case "besides", "lived" -> { } // the incident fusion's (org.dateline.story.WoundWords), not the event's
                default -> throw new IllegalStateException("casualty-modifiers.tsv: role must be fatal, thing, sequence,"
                    + " finding, projectile, firearm, tally, period, many, whole, unharmed, besides or lived: " + r);
            }
        }
        GroupReader groups = GroupReader.load(harmWords, Set.copyOf(things), Set.copyOf(wholes));
        return new Casualties(harmWords, new VictimFinder(harmWords, groups, Set.copyOf(fatal), Set.copyOf(finding),
            Set.copyOf(projectiles), Set.copyOf(firearms), Set.copyOf(unharmed)), new HarmOwner(Set.copyOf(sequence)), Set.copyOf(tallies),
            Set.copyOf(periods), Set.copyOf(many));
    }
}
