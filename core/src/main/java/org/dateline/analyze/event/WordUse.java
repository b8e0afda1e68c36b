package org.dateline.analyze.event;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.analyze.FunctionWords;
import org.dateline.analyze.data.TsvTable;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.DependencyTree;
import org.dateline.nlp.Token;

/**
 * Uses of a trigger word that report no new event: as a modifier ("aid package"), as an aim
 * ("conspiracy to commit"), as a time frame ("during the meeting"), as a mention of violence inside
 * another noun's phrase ("suspects in the shooting"), or held at arm's length in scare quotes
 * ("a “blockade”").
 */
final class WordUse {
    /** Relations under which a trigger word is a modifier, not an act: "aid package", "alleged crimes". */
    private static final Set<String> MODIFIER_RELATIONS = Set.of("amod", "compound", "nmod:poss");
    /** "During the meeting, ..." frames a sentence with an event already told. */
    private static final Set<String> FRAMING_PREPOSITIONS = Set.of("during", "after", "before", "following", "since",
        "amid", "ahead");
    private static final Set<String> DEFINITE = FunctionWords.union(List.of(FunctionWords.DEMONSTRATIVES), "the");
    private static final Set<String> OPENING_QUOTES = Set.of("\"", "“", "‘", "'", "``", "«");
    private static final Set<String> CLOSING_QUOTES = Set.of("\"", "”", "’", "'", "''", "»");
    /** Nouns under which a violence noun still reports violence (see {@link #mention}). */
    private static final Set<String> HOLDERS = Set.copyOf(TsvTable.resource(WordUse.class, "violence-holders.tsv", "lemma")
        .rows().stream().map(r -> r.get("lemma")).toList());

    /** Manner words and causes that make harm an accident ({@link #accident}), by their use in {@code accidents.tsv}. */
    private static final Map<String, Set<String>> ACCIDENT_WORDS = accidentWords();
    private static final Set<String> ACCIDENT_MANNER = ACCIDENT_WORDS.get("manner");
    private static final Set<String> ACCIDENT_CAUSE = ACCIDENT_WORDS.get("cause");
    /** "killed in a crash", "died after a fall": the prepositions that name a cause. */
    private static final Set<String> CAUSE_PREPOSITIONS = Set.of("in", "by", "after", "during", "from");

    /** Where someone is taken: a place of care or of custody ({@code destinations.tsv}). */
    enum Destination { CARE, CUSTODY }

    /** A row of {@code destinations.tsv}: a head lemma, the modifiers one of which it needs (empty: none), its use. */
    private record Place(String lemma, Set<String> with, Destination use) {}

    private static final List<Place> DESTINATIONS = destinations();
    /** The words before a trigger that make it part of an adjective, by the trigger's lemma. */
    private static final Map<String, Set<String>> COMPOUND_FIRSTS = compoundFirsts();

    private WordUse() {}

    private static Map<String, Set<String>> compoundFirsts() {
        Map<String, Set<String>> out = new HashMap<>();
        for (TsvTable.Row r : TsvTable.resource(WordUse.class, "compound-adjectives.tsv", "first", "lemma").rows()) {
            out.computeIfAbsent(r.get("lemma"), k -> new HashSet<>()).add(r.get("first"));
        }
        out.replaceAll((lemma, firsts) -> Set.copyOf(firsts));
        return Map.copyOf(out);
    }

    private static List<Place> destinations() {
        return TsvTable.resource(WordUse.class, "destinations.tsv", "lemma", "with", "use").rows().stream()
            .map(r -> new Place(r.get("lemma"), r.get("with").equals("-") ? Set.of() : Set.copyOf(r.items("with")),
                Destination.valueOf(r.get("use").toUpperCase(Locale.ROOT))))
            .toList();
    }

    /**
     * Where the verb's "to" phrase takes someone ({@code destinations.tsv}): "was taken to Mount Sinai
     * Hospital", "rushed to a trauma center" (care), "was taken to the Orange Regional Juvenile
     * Detention Center", "taken to the police station" (custody); null for any other verb.
     */
    static Destination destination(AnnotatedText text, DependencyTree tree, int verb) {
        for (int c : tree.children(verb)) {
            if (tree.relation(c).startsWith("obl")) {
                Destination d = destinationPhrase(text, tree, c);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** The destination a "to" phrase headed by {@code noun} names, or null. */
    static Destination destinationPhrase(AnnotatedText text, DependencyTree tree, int noun) {
        if (tree.children(noun, "case").stream().noneMatch(p -> Phrase.lemma(text.tokens().get(p)).equals("to"))) {
            return null;
        }
        String lemma = Phrase.lemma(text.tokens().get(noun));
        for (Place p : DESTINATIONS) {
            if (p.lemma().equals(lemma) && (p.with().isEmpty() || tree.children(noun).stream()
                    .anyMatch(m -> p.with().contains(Phrase.lemma(text.tokens().get(m)))))) {
                return p.use();
            }
        }
        return null;
    }

    /** The table read once: its lemmas by use, each use present (empty when no row has it). */
    private static Map<String, Set<String>> accidentWords() {
        Map<String, Set<String>> byUse = new HashMap<>(Map.of("manner", new HashSet<>(), "cause", new HashSet<>()));
        for (TsvTable.Row r : TsvTable.resource(WordUse.class, "accidents.tsv", "lemma", "use").rows()) {
            Set<String> words = byUse.get(r.get("use"));
            if (words == null) {
                throw new IllegalStateException(r.where() + ": use must be manner or cause, not " + r.get("use"));
            }
            words.add(r.get("lemma"));
        }
        return Map.of("manner", Set.copyOf(byUse.get("manner")), "cause", Set.copyOf(byUse.get("cause")));
    }

    static boolean modifier(DependencyTree tree, Token t) {
        return MODIFIER_RELATIONS.contains(tree.relation(t.index()));
    }

    /**
     * A trigger written after a word that makes the two an adjective ({@code compound-adjectives.tsv}):
     * "life-threatening", "life threatening", "non-life threatening" describe a wound, not a threat.
     */
    static boolean compoundAdjective(AnnotatedText text, Token t) {
        Set<String> firsts = COMPOUND_FIRSTS.get(Phrase.lemma(t));
        int before = t.index() - 1;
        if (firsts == null || before < 0) {
            return false;
        }
        Token b = text.tokens().get(before);
        if (b.word().equals("-") && before > 0) {
            b = text.tokens().get(before - 1);
        }
        String first = Phrase.word(b);
        // "non-life threatening": the last part of a hyphenated word
        return b.sentence() == t.sentence() && firsts.contains(first.substring(first.lastIndexOf('-') + 1));
    }

    /**
     * "During the meeting, ...", "after the clashes": an event the reader already knows, used as a
     * time frame for the sentence's news, not news of its own.
     */
    static boolean framing(AnnotatedText text, DependencyTree tree, int token) {
        int n = counted(text, tree, token); // "after the latest wave of strikes": the frame is the wave's
        // "hours after his arrest": a possessive pronoun points back as "the" does
        boolean pointsBack = definite(text, tree, n) || !text.tokens().get(n).isVerb() && tree.children(n, "nmod:poss")
            .stream().anyMatch(d -> text.tokens().get(d).pos().equals("PRP$"));
        return pointsBack && tree.children(n, "case").stream()
            .anyMatch(c -> FRAMING_PREPOSITIONS.contains(Phrase.lemma(text.tokens().get(c))));
    }

    /**
     * A passive participle or relative clause that labels a noun by what was alleged against it:
     * "a woman [charged] with killing two men was released", "the man, who is [accused] of arson,
     * ...". The sentence tells of the woman, not of the charge: the label is no event of its own
     * (the charge was news when it was brought). Only for words whose event is an allegation.
     */
    static boolean allegationLabel(AnnotatedText text, DependencyTree tree, int token) {
        String rel = tree.relation(token);
        if (rel.equals("acl")) {
            return text.tokens().get(token).pos().equals("VBN") && tree.children(token, "nsubj").isEmpty()
                && tree.children(token, "obj").isEmpty();
        }
        // "who is accused of": a passive whose subject is a relative pronoun, however the clause was attached
        return tree.children(token, "nsubj:pass").stream().anyMatch(x -> rel.equals("acl:relcl")
            || text.tokens().get(x).pos().startsWith("W"));
    }

    /**
     * Harm told as an accident is no PLOVER event (ASSAULT is deliberate): the trigger or its
     * clause carries a manner word of {@code accidents.tsv} ("accidentally shot", "an accidental
     * shooting"), or a "killed in a crash" names an accident as its cause, or the accident does the
     * harm as the trigger's subject ("an earthquake hit", "a crash killed two", "an accident that
     * killed a woman": a relative pronoun stands for its noun).
     */
    static boolean accident(AnnotatedText text, DependencyTree tree, int token) {
        for (int subject : tree.subjects(token)) {
            int cause = text.tokens().get(subject).pos().startsWith("W") && tree.relation(token).equals("acl:relcl")
                ? tree.head(token) : subject;
            if (!tree.passiveSubject(subject) && cause >= 0 && ACCIDENT_CAUSE.contains(Phrase.lemma(text.tokens().get(cause)))) {
                return true;
            }
        }
        for (int c : tree.children(token)) {
            String rel = tree.relation(c);
            String lemma = Phrase.lemma(text.tokens().get(c));
            if ((rel.equals("advmod") || rel.equals("amod")) && ACCIDENT_MANNER.contains(lemma)) {
                return true;
            }
            if (rel.startsWith("obl") && ACCIDENT_CAUSE.contains(lemma) && tree.children(c, "case").stream()
                .anyMatch(k -> CAUSE_PREPOSITIONS.contains(Phrase.lemma(text.tokens().get(k))))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A violence noun that only modifies another noun: a mention of violence told elsewhere or not
     * at all, not a report that it happened ("information about the [shooting]", "a halt to the
     * [fighting]", "responsibility for the [bombing]"). Under a number or quantity word ("one of
     * the shootings", "a wave of strikes") the phrase is the noun's own, and under the nouns of
     * {@code violence-holders.tsv} ("incidents of sexual assault", "two days of fighting", "the
     * death toll from the attack") it still reports the violence, as it does with a clause of its own
     * ("suspects in a shooting that left four people wounded"). A noun that heads its own clause
     * ("a car bomb attack killed 14", "carried out an attack") is not touched here.
     */
    static boolean mention(AnnotatedText text, DependencyTree tree, int token) {
        int n = counted(text, tree, token);
        int head = tree.head(n);
        if (!tree.relation(n).equals("nmod") || head < 0 || !tree.children(token, "acl").isEmpty()) {
            return false; // "suspects in a shooting [that left four people wounded]": its own clause tells it happened
        }
        Token h = text.tokens().get(head);
        if (head + 1 < n && text.tokens().get(head + 1).pos().equals("HYPH")) {
            return false; // "a drive-by assault": the tokenizer split the modifier, the parser made its first word the head
        }
        return (h.pos().equals("NN") || h.pos().equals("NNS")) && !Clause.quantity(h) && !HOLDERS.contains(Phrase.lemma(h));
    }

    /** The noun phrase a noun is counted in: "a wave of [strikes]" gives "wave", up to two levels. */
    private static int counted(AnnotatedText text, DependencyTree tree, int token) {
        int n = token;
        for (int i = 0; i < 2 && tree.relation(n).equals("nmod") && tree.head(n) >= 0
            && Clause.quantity(text.tokens().get(tree.head(n))); i++) {
            n = tree.head(n);
        }
        return n;
    }

    /**
     * An infinitive that names an aim, not an act: "conspiracy to [commit]", "an effort to [urge]
     * Ukraine", "plans to [attack]" under a noun. Control verbs ("plans to attack") keep theirs.
     */
    static boolean purpose(AnnotatedText text, DependencyTree tree, Token t) {
        // climb complements too: "an effort to urge Ukraine to [investigate]" is no investigation
        int cur = t.index();
        for (int i = 0; i < 4 && cur >= 0; i++) {
            String rel = tree.relation(cur);
            if (rel.equals("acl") && text.tokens().get(cur).isVerb() && tree.children(cur, "mark").stream()
                .anyMatch(m -> Phrase.word(text.tokens().get(m)).equals("to"))) {
                return true;
            }
            if (!(rel.equals("xcomp") || rel.equals("ccomp"))) {
                return false;
            }
            cur = tree.head(cur);
        }
        return false;
    }

    /** A word set off in quotation marks ("a “blockade” of the road") is disputed, not asserted. */
    static boolean scareQuoted(AnnotatedText text, int token) {
        List<Token> tokens = text.tokens();
        return token > 0 && token + 1 < tokens.size() && OPENING_QUOTES.contains(tokens.get(token - 1).word())
            && CLOSING_QUOTES.contains(tokens.get(token + 1).word());
    }

    /** An event noun with "the", "this", "that": it may point back at an event told before. */
    static boolean definite(AnnotatedText text, DependencyTree tree, int token) {
        return !text.tokens().get(token).isVerb() && tree.children(token, "det").stream()
            .anyMatch(d -> DEFINITE.contains(Phrase.lemma(text.tokens().get(d))));
    }
}
