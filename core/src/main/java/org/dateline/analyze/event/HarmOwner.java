package org.dateline.analyze.event;

import static org.dateline.analyze.event.GroupReader.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.model.EventType;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.DependencyTree;

/**
 * Which event a harm word's count belongs to: the one whose trigger it hangs under in its own
 * sentence (an "-ing" adjunct, "attacked …, killing 6", counts for the main event), none when it
 * describes a noun or is an act's content ("the man who killed 3", "charged with killing"), and
 * for a word no event of its sentence holds, the nearest violent event of the article. Apart from
 * {@link VictimFinder}, which reads whom the word counts, because the two questions look at
 * different parts of the tree: this one up from the harm word, that one down.
 */
final class HarmOwner {
    /** {@link #owner}: the harm word describes a noun or is an act's content, so it counts for no event at all. */
    static final int BLOCKED = -2;

    /** Words that make an "-ing" clause a sequence, not content ({@code sequence} in casualty-modifiers.tsv: "before", "after"). */
    private final Set<String> sequence;

    HarmOwner(Set<String> sequence) {
        this.sequence = sequence;
    }

    /**
     * The event of this trigger, or null when it is none ("Gunfire erupted, leaving three people
     * dead": an "-ing" adjunct of a verb that is no event), whose counts then count as a sentence's
     * own. A harm noun under an event that cannot hold a count ("arrested in the shooting death of
     * a girl"; an attack an investigation is about is an event of its own, {@link Nesting}) names
     * the attack's toll as a sentence of its own does, and counts as one; a crime named with its victims ("the 1967
     * killings of two young women", "the murder of a deputy") is counted only for an attack: under
     * an arrest or a protest it is what the arrest is for or the protest about, not their toll.
     */
    static Candidate event(List<Candidate> all, int sentence, int trigger) {
        return all.stream().filter(c -> c.sentence() == sentence && c.trigger() == trigger).findFirst().orElse(null);
    }

    /** The event a harm word outside every event is counted for (see {@link Casualties#of}), or null when the article has none that can hold it. */
    static Candidate host(List<Candidate> all, int sentence, int token, boolean attackOnly) {
        for (boolean attack : attackOnly ? List.of(true) : List.of(true, false)) {
            Candidate best = null;
            for (Candidate c : all) {
                if (Casualties.VIOLENT.contains(c.type()) && (c.type() == EventType.ASSAULT) == attack
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

    /**
     * The trigger whose event the harm word reports on: the nearest trigger above it in the tree,
     * or one that is the subject or an oblique of a word above it ("the attack left two dead",
     * "wounded in the attack"). An "-ing" adjunct without its own subject ("attacked …, killing
     * 6") passes its count to the event it elaborates. -1 when no event of the sentence holds it,
     * {@link #BLOCKED} when it describes a noun or an act's content, which no event may count;
     * {@code borne} says the harm word is a wound borne by someone ({@code sufferer} in
     * {@code casualty-words.tsv}), whose bearer a participle may describe ({@link VictimFinder#bearer}):
     * that clause tells the noun's own state, not what the noun did.
     */
    int owner(AnnotatedText text, DependencyTree tree, int harm, Set<Integer> triggers, boolean borne) {
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
            if (tree.relation(a).startsWith("acl") && !triggers.contains(tree.head(a)) && !ResultAdjunct.of(text, tree, a)
                && !(borne && tree.head(harm) == a && VictimFinder.bearer(text, tree, harm) >= 0)) {
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
}
