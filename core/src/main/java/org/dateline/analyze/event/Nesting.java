package org.dateline.analyze.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.dateline.analyze.statement.CueLexicon;
import org.dateline.model.EventMode;
import org.dateline.model.EventType;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.DependencyTree;

/**
 * Keeps one event per act. A trigger inside another trigger's arguments is usually its content or
 * its topic, not a second event: "threatened to [attack]", "called for a [ceasefire]", "discussed
 * [cooperation]", "provided economic [aid]". Coordinated clauses ("met and signed") are separate
 * acts; adverbial and relative clauses are separate acts when they are of another type ("arrested
 * activists after they [protested]") or tell a later act ("before", "until": "shot his brother before
 * he was [killed] by the police"; not the doer's own end, "before he [killed] himself"), and a
 * repetition when of the same ("shelled Kharkiv, [killing]").
 * An "-ing" result adjunct is its main act's, whatever the parser made of it ("fired live rounds,
 * [killing] one man" even as {@code conj}). Coordinated acts of one rioting crowd are one riot
 * ("torched police vehicles and [looted] shops"), and coordinated attacks without a subject of their
 * own one attack ("was shot and [killed]"). An attack an investigation is about is news of its own
 * ("investigating a [shooting] that wounded two men").
 */
final class Nesting {
    private static final Set<String> INDEPENDENT = Set.of("conj", "parataxis");
    private static final Set<String> ADJUNCT = Set.of("advcl", "acl", "acl:relcl");
    /** Marks of an adverbial clause that tells a later act, whose doers are not the act's above it. */
    private static final Set<String> LATER = Set.of("before", "until");
    /** Objects of an act the doer does to himself ({@link #selfInflicted}). */
    private static final Set<String> REFLEXIVES = Set.of("himself", "herself", "themselves", "itself");

    private Nesting() {}

    /**
     * The triggers that are acts of their own. {@code yieldsEvent} tells whether a trigger will give
     * an event (it has a party or needs none): a result adjunct is only its main act's when that act
     * is an event ("kicked the door in …, [killing] Kendarius" keeps the killing when "kicked" finds
     * no party).
     */
    static List<Found> outermost(AnnotatedText text, DependencyTree tree, List<Found> found, Predicate<Found> yieldsEvent) {
        List<Found> kept = new ArrayList<>();
        for (Found inner : found) {
            boolean nested = false;
            for (Found outer : found) {
                if (outer != inner && tree.dominates(outer.token(), inner.token()) && !investigated(text, tree, outer, inner)
                    && (contained(text, tree, outer, inner) || elaboration(text, tree, inner)
                        || ResultAdjunct.of(text, tree, inner.token()) && yieldsEvent.test(outer) || oneRiot(tree, outer, inner))) {
                    nested = true;
                    break;
                }
            }
            if (!nested) {
                kept.add(inner);
            }
        }
        // an attack coordinated under another that stays: only then does the first one hold its toll
        // ("began fighting ... and killing himself", the fighting an investigation's content)
        List<Found> acts = List.copyOf(kept);
        kept.removeIf(inner -> acts.stream()
            .anyMatch(outer -> outer != inner && oneAttack(tree, outer, inner) && yieldsEvent.test(outer)));
        return kept;
    }

    /**
     * The act an adverbial clause tells again under a trigger of the same type, for its doers:
     * "two soldiers were killed when Taliban fighters [attacked] their checkpoint", "were killed
     * when their car was [ambushed] by a sabotage group" (the killing is told without its doers, the
     * clause that is its repetition names them). Not a clause whose subject is a personal pronoun,
     * which points back at the sentence's own subject, the victim: "the gunman was killed when he
     * [opened fire]"; nor for an act with a subject of its own that is no party ("the three attackers
     * killed 19 people before security forces [shot] the gunmen dead": others' act); nor a clause
     * marked "before" or "until", a later act ("were killed before troops [shot] the gunmen dead").
     * Null when there is none.
     */
    static Found repetitionNamingDoers(AnnotatedText text, DependencyTree tree, List<Found> found, Found outer) {
        if (tree.subjects(outer.token()).stream().anyMatch(c -> !tree.passiveSubject(c))) {
            return null;
        }
        for (Found inner : found) {
            if (inner == outer || inner.entry().type() != outer.entry().type() || !tree.dominates(outer.token(), inner.token())
                || !tree.relation(inner.token()).equals("advcl") || head(text, tree, inner.token()) != outer.token()
                || later(text, tree, inner.token())) {
                continue; // a later act's doers are not this act's: "were killed before troops shot the gunmen"
            }
            boolean pronounSubject = tree.children(inner.token(), "nsubj").stream()
                .anyMatch(c -> text.tokens().get(c).pos().startsWith("PRP"));
            if (!pronounSubject) {
                return inner;
            }
        }
        return null;
    }

    /**
     * The clause a word belongs to. CoreNLP often hangs an adverbial clause that comes before an
     * attribution tail on the tail's verb ("14 people were killed … [when] a car bomb exploded …,
     * police [said]"): the tail only attributes the sentence, so the clause belongs to the clause
     * the tail is set beside.
     */
    private static int head(AnnotatedText text, DependencyTree tree, int t) {
        int h = tree.head(t);
        if (h > t && tree.relation(t).equals("advcl") && tree.relation(h).equals("parataxis")
            && CueLexicon.reportsSpeech(Phrase.lemma(text.tokens().get(h)))) {
            return tree.head(h);
        }
        return h;
    }

    /**
     * An attack noun an investigation is about ("investigating a shooting that wounded two men",
     * "investigating after a shooting"): the attack happened and is news of its own, with its own
     * toll; inside the investigation it was lost with its count when the article told it nowhere
     * else (the hand-coded real-news sets code both events; on the GVA dev set fused injured 0.748
     * to 0.753). The investigation still names no attack of its own: only a noun the investigating
     * word governs directly.
     */
    private static boolean investigated(AnnotatedText text, DependencyTree tree, Found outer, Found inner) {
        return outer.entry().mode() == EventMode.INVESTIGATE && inner.entry().type() == EventType.ASSAULT
            && text.tokens().get(inner.token()).isNoun() && tree.head(inner.token()) == outer.token();
    }

    /**
     * A participle that only elaborates the act above it: "went on strike [demanding] higher
     * wages" (the demand is the strike's), "released a citizen [detained] in Afghanistan" (a
     * background state, not news of its own). Result adjuncts however the parser attached them
     * ("struck an apartment block, [killing] three people") are {@link ResultAdjunct}'s.
     */
    private static boolean elaboration(AnnotatedText text, DependencyTree tree, Found inner) {
        String rel = tree.relation(inner.token());
        String pos = text.tokens().get(inner.token()).pos();
        boolean ownSubject = !tree.children(inner.token(), "nsubj").isEmpty();
        return (rel.equals("advcl") || rel.equals("acl")) && pos.equals("VBG") && !ownSubject
            || rel.equals("acl") && pos.equals("VBN");
    }

    /**
     * Coordinated attacks of one doer, told in one breath, are one attack: "was shot and killed",
     * "shot to death one person and injured two others", "shot a student and then killed herself"
     * (one event to ACLED and the Gun Violence Archive; both hand-coded real-news sets code it once,
     * and the second act's toll is the first's, {@link HarmOwner}). An attack with a subject of its
     * own is another's ("the gunman shot the guard and police killed him"), and one with an auxiliary
     * of its own a clause of its own ("shelled the town and are killing civilians": another act, told
     * in its own tense).
     */
    private static boolean oneAttack(DependencyTree tree, Found outer, Found inner) {
        return outer.entry().type() == EventType.ASSAULT && inner.entry().type() == EventType.ASSAULT
            && tree.subjects(inner.token()).isEmpty() && tree.children(inner.token(), "aux").isEmpty()
            && coordinated(tree, outer, inner);
    }

    /** Whether the inner trigger hangs under the outer one through coordination alone. */
    private static boolean coordinated(DependencyTree tree, Found outer, Found inner) {
        for (int t = inner.token(); t != outer.token(); t = tree.head(t)) {
            if (t < 0 || !tree.relation(t).equals("conj")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Coordinated acts of one rioting crowd are one riot: "protesters torched police vehicles and
     * [looted] shops" (ACLED codes the scene once, PLOVER's riot mode names the whole of it). An
     * act with its own subject is another crowd's.
     */
    private static boolean oneRiot(DependencyTree tree, Found outer, Found inner) {
        return riot(outer) && riot(inner) && tree.subjects(inner.token()).isEmpty() && coordinated(tree, outer, inner);
    }

    /**
     * A clause whose act the doer does to himself: "shot three people before he [killed] himself" is
     * the shooting's end, one happening whose toll counts the gunman (as the Gun Violence Archive
     * counts him), and a suicide is no PLOVER assault of its own.
     */
    private static boolean selfInflicted(AnnotatedText text, DependencyTree tree, int t) {
        return tree.children(t).stream().anyMatch(c -> REFLEXIVES.contains(Phrase.word(text.tokens().get(c))));
    }

    /** An adverbial clause marked "before" or "until": it tells a later act. */
    private static boolean later(AnnotatedText text, DependencyTree tree, int t) {
        return tree.relation(t).equals("advcl")
            && tree.children(t, "mark").stream().anyMatch(m -> LATER.contains(Phrase.word(text.tokens().get(m))));
    }

    private static boolean riot(Found f) {
        return f.entry().type() == EventType.PROTEST && f.entry().mode() == EventMode.RIOT;
    }

    private static boolean contained(AnnotatedText text, DependencyTree tree, Found outer, Found inner) {
        boolean adjunct = false;
        for (int t = inner.token(); t >= 0 && t != outer.token(); t = head(text, tree, t)) {
            String rel = tree.relation(t);
            if (INDEPENDENT.contains(rel) || later(text, tree, t) && !selfInflicted(text, tree, t)) {
                return false; // "shot four ... before he was killed by the police": a later act, not the same told again
            }
            adjunct |= ADJUNCT.contains(rel);
        }
        // a riot under a word of a calm protest ("protesters who [threw] stones") is news of its own
        return !adjunct || outer.entry().type() == inner.entry().type() && (riot(outer) || !riot(inner));
    }
}
