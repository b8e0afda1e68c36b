package org.dateline.analyze.event;

import static org.dateline.analyze.event.GroupReader.isOf;
import static org.dateline.analyze.event.GroupReader.lower;
import static org.dateline.analyze.event.GroupReader.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.analyze.event.GroupReader.Amount;
import org.dateline.analyze.event.GroupReader.Edges;
import org.dateline.analyze.event.GroupReader.Reading;
import org.dateline.analyze.event.HarmWords.HarmWord;
import org.dateline.analyze.event.HarmWords.Outcome;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.DependencyTree;
import org.dateline.nlp.Token;

/**
 * Where in the dependency parse the people a harm word counts sit: the passive subject ("four
 * people were shot"), the object ("killing 6 civilians"), its own number ("two dead"), the one
 * who suffered a wound ("a man suffered gunshot wounds"), the "of" phrase of a noun ("the deaths
 * of four people"), a toll's number; tried in the order the word's row of {@code casualty-words.tsv}
 * lists them. Also what the word says befell them: a "shot" that was fatal counts the dead. The
 * number of the group found is {@link GroupReader}'s to read; which event it belongs to is
 * {@link HarmOwner}'s.
 */
final class VictimFinder {
    private final HarmWords harmWords;
    private final GroupReader groups;
    private final Set<String> fatal;
    private final Set<String> finding;
    private final Set<String> projectiles;
    private final Set<String> firearms;
    private final Set<String> unharmed;
    /**
     * Marks of a time clause whose unsaid subject is its predicate's ({@link #adjunct}); CoreNLP
     * makes "when" an adverb of its clause, so it is none of them.
     */
    private static final Set<String> TIME_MARKS = Set.of("after", "before", "while");

    /**
     * The sets are roles of {@code casualty-modifiers.tsv}: {@code fatal}, {@code finding}, {@code projectile},
     * {@code firearm}, {@code unharmed}.
     */
    VictimFinder(HarmWords harmWords, GroupReader groups, Set<String> fatal, Set<String> finding, Set<String> projectiles,
                 Set<String> firearms, Set<String> unharmed) {
        this.harmWords = harmWords;
        this.groups = groups;
        this.fatal = fatal;
        this.finding = finding;
        this.projectiles = projectiles;
        this.firearms = firearms;
        this.unharmed = unharmed;
    }

    /** The group the harm word counts and its number, or null when the sentence gives none. */
    Reading read(AnnotatedText text, DependencyTree tree, int harm, HarmWord w) {
        Outcome outcome = w.outcome() == Outcome.HARMED ? (diedToo(text, tree, harm) ? Outcome.KILLED : Outcome.INJURED)
            : w.outcome() == Outcome.INJURED && fatally(text, tree, harm, true) ? Outcome.KILLED // "fatally wounding a guard"
            : w.outcome();
        for (String where : w.victims()) {
            Reading r = switch (where) {
                case "toll" -> toll(text, tree, harm, outcome);
                case "head" -> tree.relation(harm).equals("amod") ? groups.group(text, tree, tree.head(harm), harm, outcome) : null;
                case "controller" -> controller(text, tree, harm, outcome);
                case "adjunct" -> adjunct(text, tree, harm, outcome);
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
     * of a verb it is a "with" phrase of ("found a girl with a gunshot wound"), the people a participle
     * with no subject of its own describes ("found two men suffering from gunshot wounds"), or the
     * person it is said of ("a girl with a gunshot wound was found"); not someone who died of it
     * ("died of his injuries" is one of the dead).
     */
    private Reading sufferer(AnnotatedText text, DependencyTree tree, int harm, Outcome outcome) {
        String relation = tree.relation(harm);
        int head = tree.head(harm);
        if (head < 0 || harmWords.of(text.tokens().get(head)) != null) {
            return null;
        }
        Token h = text.tokens().get(head);
        boolean with = tree.children(harm, "case").stream().anyMatch(k -> lower(text, k).equals("with"));
        if (h.isVerb() && (relation.equals("obj") || relation.equals("obl"))) {
            List<Integer> people = new ArrayList<>(with ? exact(tree, head, "obj") : List.of());
            people.addAll(exact(tree, head, "nsubj:pass"));
            people.addAll(exact(tree, head, "nsubj"));
            int bearer = people.isEmpty() ? bearer(text, tree, harm) : -1;
            if (bearer >= 0) {
                people.add(bearer); // "found two men suffering from gunshot wounds": whom the participle describes
            }
            return first(text, tree, people, harm, outcome);
        }
        return relation.equals("nmod") && h.isNoun() && with ? groups.group(text, tree, head, harm, outcome) : null;
    }

    /**
     * The noun a participle with no subject of its own describes when the wound noun {@code harm}
     * hangs on that participle ("two men suffering from gunshot wounds": "men"), else -1: the wound
     * is that noun's own state, which {@link HarmOwner} lets an event count.
     */
    static int bearer(AnnotatedText text, DependencyTree tree, int harm) {
        int participle = tree.head(harm);
        if (participle < 0 || !text.tokens().get(harm).isNoun() || !tree.relation(participle).equals("acl")
            || tree.children(participle).stream().anyMatch(c -> tree.relation(c).startsWith("nsubj"))) {
            return -1;
        }
        int noun = tree.head(participle);
        return noun >= 0 && text.tokens().get(noun).isNoun() ? noun : -1;
    }

    /** The group under {@code relation} of the harm word, or of the verb it is coordinated with ("were shot and killed"). */
    private Reading relation(AnnotatedText text, DependencyTree tree, int harm, String relation, Outcome outcome) {
        if (relation.equals("nummod")) {
            for (int c : tree.children(harm)) {
                String rel = tree.relation(c);
                // "leaving three people dead and five wounded": the parser may leave "five" a bare dep
                if (rel.equals("nummod") || rel.equals("det") && groups.numberWord(lower(text, c))
                    || rel.equals("dep") && c < harm && text.tokens().get(c).pos().equals("CD")) {
                    Amount a = groups.number(text, tree, c);
                    if (a != null) {
                        Edges e = groups.phrase(text, tree, c);
                        return reading(outcome, c, a, Math.min(e.left(), harm), Math.max(e.right(), harm));
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
        if (groups.split(text, tree, harm)) {
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
        return head >= 0 && (rel.equals("conj") && harmWords.of(text.tokens().get(head)) != null && !tree.children(head, "nsubj:pass").isEmpty()
            || (rel.equals("ccomp") || rel.equals("xcomp")) && finding.contains(Phrase.lemma(text.tokens().get(head))));
    }

    private static List<Integer> exact(DependencyTree tree, int token, String relation) {
        return tree.children(token).stream().filter(c -> tree.relation(c).equals(relation)).toList();
    }

    private Reading first(AnnotatedText text, DependencyTree tree, List<Integer> people, int harm, Outcome outcome) {
        return people.isEmpty() ? null : groups.group(text, tree, people.get(0), harm, outcome);
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
            && harmWords.of(text.tokens().get(verb)) == null)) {
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
     * "Four people are recovering after being shot", "Three men are in critical condition after being
     * shot": a passive harm word in a time clause of another predicate, with no subject of its own, is
     * said of that predicate's subject (the clause's subject is controlled by it). A clause with a
     * subject of its own, "they" too, is left to it ("Three neighbors called 911 after they were shot"
     * tells of others); so is a shot fired "at" them, and an active harm word ("fled after shooting
     * two people" counts its object).
     */
    private Reading adjunct(AnnotatedText text, DependencyTree tree, int harm, Outcome outcome) {
        int head = tree.head(harm);
        boolean timeClause = head >= 0 && tree.relation(harm).equals("advcl") && !tree.children(harm, "aux:pass").isEmpty()
            && tree.children(harm, "mark").stream().anyMatch(m -> TIME_MARKS.contains(lower(text, m)));
        if (!timeClause || !exact(tree, harm, "nsubj:pass").isEmpty() || !exact(tree, harm, "nsubj").isEmpty()
            || tree.children(harm).stream().anyMatch(c -> lower(text, c).equals("at") || unharmed(text, c))
            || toldApart(text, tree, head, harm)) {
            return null;
        }
        List<Integer> people = new ArrayList<>(exact(tree, head, "nsubj:pass"));
        people.addAll(exact(tree, head, "nsubj"));
        return first(text, tree, people, harm, outcome);
    }

    /**
     * Whether the predicate a time clause hangs on tells of its people's harm in words of its own:
     * it is, or has beside it, a harm word ("died after being shot", "was pronounced dead after being
     * shot": that word counts them) or a word that says they were not hurt ("were uninjured after
     * being shot at", "escaped unharmed").
     */
    private boolean toldApart(AnnotatedText text, DependencyTree tree, int head, int clause) {
        if (harmWords.of(text.tokens().get(head)) != null || unharmed(text, head)) {
            return true;
        }
        return tree.children(head).stream().anyMatch(c -> c != clause && (harmWords.of(text.tokens().get(c)) != null || unharmed(text, c)));
    }

    private boolean unharmed(AnnotatedText text, int token) {
        return unharmed.contains(Phrase.lemma(text.tokens().get(token)));
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
                return groups.group(text, tree, c, harm, outcome);
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
            Amount a = groups.number(text, tree, p);
            if (a != null) {
                Edges e = groups.phrase(text, tree, harm);
                return reading(outcome, p, a, Math.min(e.left(), p), Math.max(harm, p));
            }
        }
        return null;
    }

    /**
     * Whether a "shot" or "stabbed" says the people died: "fatally", "shot dead", "shot to death",
     * "shot and killed". A death word coordinated with a passive "shot" tells of the same people only
     * when the two share their subject: "Five people were shot and one was killed", "Four men were
     * shot and two of them died", "leaving one dead and 11 others shot" name the dead apart, by a
     * subject or a number of their own, some of those shot or others (an active "shot" keeps its
     * victims in its object: "A child shot another child and the victim has died"). Nor when each
     * has an object of its own: "shot a student and then killed herself" killed the shooter only.
     */
    private boolean diedToo(AnnotatedText text, DependencyTree tree, int harm) {
        if (fatally(text, tree, harm, false)) {
            return true;
        }
        List<Integer> coordinated = new ArrayList<>(tree.children(harm, "conj"));
        if (tree.relation(harm).equals("conj")) {
            coordinated.add(tree.head(harm));
        }
        for (int c : coordinated) {
            HarmWord w = harmWords.of(text.tokens().get(c));
            // "shot a student and then killed herself": each act has its own object, its own victim
            boolean ownVictims = !tree.children(c, "obj").isEmpty() && !tree.children(harm, "obj").isEmpty();
            // the death word names its own dead by a subject or a number of its own ("one was killed",
            // "leaving one dead and 11 others shot"): those shot are others
            boolean ownDead = hasSubject(tree, c) || !tree.children(c, "nummod").isEmpty();
            if (w != null && w.outcome() == Outcome.KILLED && !(ownDead && !tree.children(harm, "nsubj:pass").isEmpty())
                && !ownVictims) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSubject(DependencyTree tree, int verb) {
        return !tree.children(verb, "nsubj").isEmpty(); // nsubj:pass too
    }

    /**
     * Whether a word of the {@code fatal} role modifies the harm word: "fatally shot", "shot dead",
     * "shot to death"; for a wound word only as an adverb ("mortally wounded") or, on a wound noun,
     * an adjective ("sustained a fatal wound"), since "three people hurt and one dead" coordinates
     * the dead with the hurt. A fatal word with a number of its own counts the dead apart: "5 people
     * shot, 3 dead".
     */
    private boolean fatally(AnnotatedText text, DependencyTree tree, int harm, boolean adverbOnly) {
        boolean noun = text.tokens().get(harm).isNoun();
        return tree.children(harm).stream().anyMatch(c -> fatal.contains(Phrase.lemma(text.tokens().get(c)))
            && tree.children(c, "nummod").isEmpty()
            && (!adverbOnly || tree.relation(c).equals("advmod") || noun && tree.relation(c).equals("amod")));
    }
}
