package org.dateline.analyze.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.analyze.FunctionWords;
import org.dateline.analyze.data.TsvTable;
import org.dateline.model.EventType;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.DependencyTree;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * What a party says it will do, coded as PLOVER codes the saying rather than the act it names
 * ({@code intentions.tsv}): a vow to fight is THREATEN, not ASSAULT nor AGREE; readiness to
 * cooperate is AGREE, not COOPERATE; "will no longer tolerate" is THREATEN. Works on a sentence's
 * triggers before {@link Nesting}, so the act inside the saying is then its content, not a second
 * event. Events made by the saying itself are marked {@link Found#spoken()}: their speaker, where
 * the sentence has one, is their actor.
 */
final class Intentions {
    enum Kind { VOW, READY, TOLERATE, CARRY, COOPERATE }

    /** Acts whose promise is a threat: force, coercion, cutting relations. */
    private static final Set<EventType> HOSTILE = Set.of(EventType.ASSAULT, EventType.COERCE, EventType.SANCTION);
    /** Acts whose announced readiness is an agreement (PLOVER: intentions to cooperate are AGREE). */
    static final Set<EventType> COOPERATIVE = Set.of(EventType.CONSULT, EventType.COOPERATE, EventType.AID,
        EventType.SUPPORT);
    /** Where a vow's act stands: "vowed [to fight]", "swore [to battle]" (a misparse as a noun), "vowed [revenge]". */
    private static final Set<String> COMPLEMENTS = Set.of("xcomp", "ccomp", "obj");
    /** Relations not followed under a carrying verb: its subject and other clauses are not the vow's act. */
    private static final Set<String> SKIPPED = Set.of("advcl", "acl:relcl", "parataxis", "nsubj", "nsubj:pass", "punct",
        "mark", "cc", "discourse");
    /** How far a vow's act may lie below the carrying verb: "keep [forces [fighting]]" (a misparse). */
    private static final int CARRY_DEPTH = 2;
    /** "no longer", "not any more": a refusal from now on. */
    private static final Set<String> FROM_NOW = Set.of("longer", "more", "anymore");

    private static final Intentions STANDARD = load();

    private final Map<String, Kind> kinds;
    private final Map<String, Integer> lines;

    private Intentions(Map<String, Kind> kinds, Map<String, Integer> lines) {
        this.kinds = kinds;
        this.lines = lines;
    }

    static Intentions standard() {
        return STANDARD;
    }

    Kind kind(Token t) {
        return kinds.get(Phrase.lemma(t));
    }

    /**
     * The parse filter's test for words that are no trigger of their own: "tolerate", "go
     * unpunished", and a cooperation verb in a sentence with a word of readiness ("willing to work
     * with"). Vows need a hostile act, which is a trigger and asks for the parse itself.
     */
    boolean mayMatter(Token t, Set<String> sentenceLemmas) {
        Kind k = kind(t);
        return k == Kind.TOLERATE
            || k == Kind.COOPERATE && t.isVerb() && sentenceLemmas.stream().anyMatch(w -> kinds.get(w) == Kind.READY);
    }

    /**
     * The sentence's triggers with the sayings of intent recoded: a vow whose act is hostile
     * becomes THREATEN at the vow, a cooperative act under a word of readiness becomes AGREE, and
     * a negated forward-looking "tolerate" becomes THREATEN. Other triggers come back unchanged.
     */
    List<Found> recode(AnnotatedText text, DependencyTree tree, List<Found> found, EventLexicon lexicon) {
        List<Found> out = new ArrayList<>(found);
        Sentence s = tree.sentence();
        for (int i = s.tokenStart(); i < s.tokenEnd(); i++) {
            Token t = text.tokens().get(i);
            Kind k = kind(t);
            if (k == Kind.VOW && t.isVerb()) {
                vow(text, tree, t, out, lexicon);
            } else if (k == Kind.TOLERATE && refused(text, tree, t)) {
                // what is not tolerated is the threat's content: "attacks on prisons would no longer go unpunished"
                int scope = predicate(tree, i);
                boolean hostile = out.stream().anyMatch(f -> tree.dominates(scope, f.token()) && HOSTILE.contains(f.entry().type()));
                out.removeIf(f -> tree.dominates(scope, f.token()));
                // bare when what is not tolerated is force: "the attack would not go unpunished" warns its
                // authors, named or not; "would not tolerate harassment" warns only a party it names
                out.add(new Found(i, entry(t, EventType.THREATEN, hostile, "refusal"), Phrase.of(text, tree, i), true));
            } else if (k == Kind.COOPERATE && t.isVerb() && ready(text, tree, i)
                && out.stream().noneMatch(f -> f.token() == t.index())) {
                out.add(new Found(i, entry(t, EventType.AGREE, true, "readiness to cooperate"), Phrase.of(text, tree, i), true));
            }
        }
        for (int n = 0; n < out.size(); n++) {
            Found f = out.get(n);
            if (COOPERATIVE.contains(f.entry().type()) && ready(text, tree, f.token())) {
                out.set(n, new Found(f.token(), entry(text.tokens().get(f.token()), EventType.AGREE, f.entry().bare(), "readiness to "
                    + f.entry().type()), f.phrase(), true));
            }
        }
        return out;
    }

    /** True when {@code t} lies in the scope of what a refusal to tolerate is about: its object. */
    static boolean refusalScope(DependencyTree tree, List<Found> found, int t) {
        return found.stream().anyMatch(f -> f.spoken() && f.entry().type() == EventType.THREATEN
            && tree.dominates(predicate(tree, f.token()), t));
    }

    private void vow(AnnotatedText text, DependencyTree tree, Token v, List<Found> found, EventLexicon lexicon) {
        Found own = found.stream().filter(f -> f.token() == v.index()).findFirst().orElse(null);
        if (own != null && own.entry().type() == EventType.THREATEN) {
            return; // "vowed to retaliate": the lexicon's own threat sense
        }
        for (int c : tree.children(v.index())) {
            String rel = tree.relation(c);
            boolean toPhrase = rel.equals("obl") && tree.children(c, "case").stream()
                .anyMatch(m -> Phrase.word(text.tokens().get(m)).equals("to"));
            if (!(COMPLEMENTS.contains(rel) || toPhrase)) {
                continue;
            }
            EventType act = hostileAct(text, tree, c, found, lexicon, 0);
            if (act != null) {
                found.removeIf(f -> f.token() == v.index());
                found.add(new Found(v.index(), entry(v, EventType.THREATEN, true, "vow of " + act), Phrase.of(text, tree, v.index()), false));
                return;
            }
        }
    }

    /**
     * The hostile act at or under {@code c}: its own sense ("to [fight]"), else, under a carrying
     * verb, a sense a little further down ("to keep [fighting]", "to impose [sanctions]"). A word
     * with another sense stops the search: "pledged to [release] the prisoners held after the attack".
     */
    private EventType hostileAct(AnnotatedText text, DependencyTree tree, int c, List<Found> found, EventLexicon lexicon,
                                 int depth) {
        Token t = text.tokens().get(c);
        LexiconEntry sense = sense(text, tree, t, found, lexicon);
        if (sense != null) {
            return HOSTILE.contains(sense.type()) ? sense.type() : null;
        }
        boolean carrying = depth == 0 ? kind(t) == Kind.CARRY : !t.isVerb();
        if (!carrying || depth >= CARRY_DEPTH) {
            return null;
        }
        for (int d : tree.children(c)) {
            if (!SKIPPED.contains(tree.relation(d))) {
                EventType act = hostileAct(text, tree, d, found, lexicon, depth + 1);
                if (act != null) {
                    return act;
                }
            }
        }
        return null;
    }

    /** The sense the sentence's triggers gave the token, else the own lexicon's in its phrase (a modifier too). */
    private static LexiconEntry sense(AnnotatedText text, DependencyTree tree, Token t, List<Found> found, EventLexicon lexicon) {
        for (Found f : found) {
            if (f.token() == t.index()) {
                return f.entry();
            }
        }
        Token written = lexicon.asWritten(text, t);
        return lexicon.mayTrigger(written) ? lexicon.match(written, Phrase.of(text, tree, t.index())) : null;
    }

    /**
     * "would no longer tolerate", "will not tolerate", "would not go unpunished", "won't remain
     * unanswered": negated, and looking ahead (a future modal, or "no longer"). "did not tolerate
     * dissent" is a past fact, not a warning.
     */
    private boolean refused(AnnotatedText text, DependencyTree tree, Token t) {
        if (!tree.sentence().parsed()) {
            return false;
        }
        int p = predicate(tree, t.index());
        boolean negated = false;
        boolean ahead = false;
        for (int c : tree.children(p)) {
            String rel = tree.relation(c);
            String w = Phrase.word(text.tokens().get(c));
            if ((rel.equals("advmod") || rel.equals("neg")) && FunctionWords.NEGATORS.contains(w)) {
                negated = true;
            } else if (rel.equals("advmod") && FROM_NOW.contains(w) && tree.children(c).stream()
                .anyMatch(d -> Phrase.word(text.tokens().get(d)).equals("no"))) {
                negated = true;
                ahead = true;
            } else if (rel.startsWith("aux") && (FunctionWords.FUTURE_MODALS.contains(w) || w.equals("would"))) {
                ahead = true;
            }
        }
        return negated && ahead;
    }

    /** The verb that carries an adjective's negation and tense: "go [unpunished]", "remain [unanswered]". */
    private static int predicate(DependencyTree tree, int token) {
        return tree.relation(token).equals("xcomp") && tree.head(token) >= 0 ? tree.head(token) : token;
    }

    /**
     * True when the act's predicate is governed by a word of readiness: "ready to [work with]",
     * "willing to [hold] talks", "ready to [begin] to negotiate". Climbs from the act's light verb
     * through at most two complements.
     */
    private boolean ready(AnnotatedText text, DependencyTree tree, int trigger) {
        if (!tree.sentence().parsed()) {
            return false;
        }
        int cur = Clause.of(text, tree, trigger).predicate();
        for (int i = 0; i < 2 && cur >= 0; i++) {
            String rel = tree.relation(cur);
            if (!rel.equals("xcomp") && !rel.equals("advcl")) {
                return false;
            }
            cur = tree.head(cur);
            if (cur >= 0 && kind(text.tokens().get(cur)) == Kind.READY) {
                return true;
            }
        }
        return false;
    }

    /** A sense made here; {@code bare} as in {@code triggers.tsv} (for a refusal: it needs no recipient). */
    private LexiconEntry entry(Token t, EventType type, boolean bare, String why) {
        String lemma = Phrase.lemma(t);
        Integer line = lines.get(lemma);
        return new LexiconEntry(lemma, t.isVerb(), type, null, Frame.DIRECTED, Set.of(), false, bare, List.of(),
            "intentions.tsv:" + (line == null ? "?" : line) + " " + why);
    }

    private static Kind kind(String name) {
        for (Kind k : Kind.values()) {
            if (k.name().toLowerCase(Locale.ROOT).equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a kind: "
            + Arrays.stream(Kind.values()).map(k -> k.name().toLowerCase(Locale.ROOT)).toList());
    }

    private static Intentions load() {
        return read(TsvTable.resource(Intentions.class, "intentions.tsv"));
    }

    /** The words of a table; a row that does not read fails naming the table and its line. */
    static Intentions read(TsvTable table) {
        table.require("lemma", "kind");
        Map<String, Kind> kinds = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        for (TsvTable.Row r : table.rows()) {
            Kind k = r.value("kind", Intentions::kind);
            if (kinds.put(r.get("lemma"), k) != null) {
                throw new IllegalStateException(r.where() + ": " + r.get("lemma") + " is listed twice");
            }
            lines.put(r.get("lemma"), r.line());
        }
        return new Intentions(Map.copyOf(kinds), Map.copyOf(lines));
    }
}
