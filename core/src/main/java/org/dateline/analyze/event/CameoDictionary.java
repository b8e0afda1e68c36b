package org.dateline.analyze.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.analyze.data.TsvTable;
import org.dateline.analyze.statement.CueLexicon;
import org.dateline.model.EventContext;
import org.dateline.model.EventMode;
import org.dateline.model.EventType;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.DependencyTree;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * The CAMEO verb dictionary of PETRARCH-2, converted once into {@code cameo-verbs.tsv},
 * {@code cameo-patterns.tsv} and {@code cameo-synsets.tsv} (see {@code scripts/convert-cameo.py}),
 * matched against the dependency parse: a verb's block of phrase patterns is tried most specific
 * first, each pattern's words among the verb's dependents on their side of the verb and in their
 * order; the first that matches gives its CAMEO code and that code's PLOVER category, mode and
 * contexts; when none matches, the verb's own code does. A speech verb's phrase ends where the
 * clause it reports begins ("said that Y attacked Z": "attacked" is not a word of "said"'s phrase),
 * and a noun inside a noun's prepositional modifier is that noun's, matched only after a pattern
 * preposition naming it ({@link #behindPrepositions}). A pattern whose code PLOVER drops
 * (statements, appeals) or a verb without a code gives no event: that is a match without a type.
 *
 * <p>Indexed by verb lemma, so a token costs one hash look-up unless its lemma is a dictionary verb.
 */
final class CameoDictionary {
    /** Dependents this deep under the verb are its phrase: "stage [series [of [attacks]]]". */
    static final int DEPTH = 4;
    /** How a match's rule begins ("cameo 1823 kill: * (to death)"). */
    static final String RULE = "cameo ";
    /**
     * The categories a verb codes alone, without a pattern: material acts. Measured on the CASE 2021
     * dev snippets and the demo articles, bare verbs of these roots were mostly right ("pounded",
     * "stormed", "recaptured", "intercepted"), while bare verbs of the verbal and cooperative roots
     * were mostly noise ("ensure" AGREE, "prevent" REJECT, "linking" COOPERATE, "go" CONSULT);
     * those categories come from phrase patterns only.
     */
    private static final Set<EventType> BARE_ACTS =
        Set.of(EventType.PROTEST, EventType.MOBILIZE, EventType.COERCE, EventType.ASSAULT);
    /** Relations of the clause a speech verb reports (see {@link #collect}). */
    private static final Set<String> REPORTED = Set.of("ccomp", "parataxis");
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("\\d{2,4}|-");
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9'./-]*");
    private static final CameoDictionary STANDARD = load();

    /** What a verb phrase is coded as; {@code type} null when it is no PLOVER event. */
    record Coding(String cameo, EventType type, EventMode mode, List<EventContext> contexts, boolean subjectReceives) {
        Coding {
            contexts = List.copyOf(contexts);
        }
    }

    /** A match: the coding and the rule that gave it, for debugging ("cameo 1823 kill: * (to death)"). */
    record Match(Coding coding, String rule) {
        /** Whether the verb's own code matched, no pattern of it. */
        boolean verbAlone() {
            return rule.endsWith(VERB_ALONE);
        }
    }

    private static final String VERB_ALONE = " (verb)";

    /** One word of a pattern: alternatives, each a run of consecutive words, the last the head. */
    private record Unit(List<List<String>> alternatives) {}

    /** A pattern element: a run of units ("financial aid", "&weapon attack"), or a preposition and what follows it. */
    private record Element(List<Unit> run, Set<String> prepositions, List<Element> after) {
        boolean prepositional() {
            return prepositions != null;
        }

        int words() {
            return prepositional() ? 1 + after.stream().mapToInt(Element::words).sum() : run.size();
        }

        /** The words one of which the sentence must hold for this element to match: its heads. */
        Set<String> heads() {
            if (prepositional()) {
                return prepositions;
            }
            Set<String> heads = new HashSet<>();
            run.get(run.size() - 1).alternatives().forEach(a -> heads.add(a.get(a.size() - 1)));
            return heads;
        }
    }

    /** True when every element may match: each has a head word among the sentence's words and lemmas. */
    private static boolean possible(List<Element> elements, Set<String> sentence) {
        for (Element e : elements) {
            if (e.heads().stream().noneMatch(sentence::contains)) {
                return false;
            }
        }
        return true;
    }

    private record Pattern(List<Element> before, List<Element> after, Coding coding, String source) {
        int words() {
            return before.stream().mapToInt(Element::words).sum() + after.stream().mapToInt(Element::words).sum();
        }
    }

    private record Verb(String lemma, String block, List<Element> before, List<Element> after, Coding coding) {}

    private final Map<String, List<Verb>> verbs;
    private final Map<String, List<Pattern>> blocks;

    private CameoDictionary(Map<String, List<Verb>> verbs, Map<String, List<Pattern>> blocks) {
        this.verbs = verbs;
        this.blocks = blocks;
    }

    static CameoDictionary standard() {
        return STANDARD;
    }

    /** True when the token is a dictionary verb. */
    boolean mayTrigger(Token t) {
        return t.isVerb() && !candidates(t).isEmpty();
    }

    /**
     * The parse filter's test, before any parse: true when {@link #match} could give this verb a
     * typed coding in this sentence, that is when the verb alone codes one of the {@link #BARE_ACTS}
     * or one of its typed patterns could match given the sentence's words. A verb whose own code
     * is of another category ("ensure", "go") codes nothing without a pattern, and common verbs
     * ("make", "take") code only through patterns, so neither sends a sentence to the parser alone.
     */
    boolean mayTrigger(Token t, Set<String> sentence) {
        if (!t.isVerb()) {
            return false;
        }
        for (Verb v : candidates(t)) {
            if (!possible(v.before(), sentence) || !possible(v.after(), sentence)) {
                continue;
            }
            if (v.coding() != null && v.coding().type() != null && BARE_ACTS.contains(v.coding().type())) {
                return true;
            }
            for (Pattern p : blocks.getOrDefault(v.block(), List.of())) {
                if (p.coding().type() != null && possible(p.before(), sentence) && possible(p.after(), sentence)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The coding of the verb phrase headed by {@code verb}, or null when the token is no dictionary
     * verb or its sentence is unparsed, or when no pattern matched and the verb takes a clausal
     * complement (the act is the complement's). A match whose coding has no type is the dictionary saying
     * "no event here".
     */
    Match match(AnnotatedText text, DependencyTree tree, int verb) {
        Token t = text.tokens().get(verb);
        if (!t.isVerb() || !tree.sentence().parsed()) {
            return null;
        }
        List<Verb> entries = candidates(t);
        if (entries.isEmpty()) {
            return null;
        }
        Sentence s = tree.sentence();
        List<Integer> phrase = new ArrayList<>();
        collect(text, tree, verb, 0, phrase, CueLexicon.reportsSpeech(Phrase.lemma(t)));
        phrase.remove(Integer.valueOf(verb));
        phrase.sort(Comparator.naturalOrder());
        Matcher m = new Matcher(text, s, verb, phrase, behindPrepositions(text, tree, verb, phrase));
        List<Verb> matched = new ArrayList<>();
        for (Verb v : entries) {
            if (m.matches(v.before(), v.after())) {
                matched.add(v);
            }
        }
        if (matched.isEmpty()) {
            return null;
        }
        // a multi-word verb ("call off") is a verb of its own: it, its block and its code come first
        matched.sort(Comparator.comparingInt((Verb v) -> -(v.before().size() + v.after().size())));
        List<Pattern> tried = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Verb v : matched) {
            if (seen.add(v.block())) {
                tried.addAll(blocks.getOrDefault(v.block(), List.of()));
            }
        }
        tried.sort(Comparator.comparingInt((Pattern p) -> -p.words()));
        for (Pattern p : tried) {
            if (m.matches(p.before(), p.after())) {
                return new Match(p.coding(), RULE + p.coding().cameo() + " " + t.lemma() + ": " + p.source());
            }
        }
        if (clausalComplement(tree, verb)) {
            // "expected to attack", "intended to", "managed to", "said that": the act is the complement's;
            // PETRARCH folds such verbs into the inner verb's code, so the bare verb codes nothing here
            return null;
        }
        Verb best = matched.get(0);
        int words = best.before().size() + best.after().size();
        for (Verb v : matched) {
            if (v.before().size() + v.after().size() == words && v.coding() != null
                && (v.coding().type() == null || BARE_ACTS.contains(v.coding().type()))) {
                return new Match(v.coding(), RULE + v.coding().cameo() + " " + v.lemma() + VERB_ALONE);
            }
        }
        return new Match(new Coding("-", null, null, List.of(), false), RULE + "- " + best.lemma() + " (verb without code)");
    }

    private static boolean clausalComplement(DependencyTree tree, int verb) {
        for (int child : tree.children(verb)) {
            String rel = tree.relation(child);
            if (rel.equals("xcomp") || rel.equals("ccomp")) {
                return true;
            }
        }
        return false;
    }

    private List<Verb> candidates(Token t) {
        List<Verb> byLemma = verbs.getOrDefault(Phrase.lemma(t), List.of());
        if (!byLemma.isEmpty()) {
            return byLemma;
        }
        return verbs.getOrDefault(Phrase.word(t), List.of());
    }

    /**
     * The verb's phrase: its dependents {@link #DEPTH} levels down. A speech verb's phrase stops at
     * the clause it reports: in "X said that Y attacked Z" or "the president told the gangs that
     * attacks would no longer go unpunished" the patterns of "say" and "tell" ("* attack") are
     * about what the speaker announced ("announced an attack"), not about the words of the
     * reported clause, which codes on its own.
     */
    private static void collect(AnnotatedText text, DependencyTree tree, int token, int depth, List<Integer> out, boolean speech) {
        out.add(token);
        if (depth < DEPTH) {
            for (int child : tree.children(token)) {
                if (!(speech && depth == 0 && reported(text, tree, child))) {
                    collect(text, tree, child, depth + 1, out, false);
                }
            }
        }
    }

    /**
     * For each noun of the phrase inside a prepositional modifier of a noun, other than "of", that
     * modifier's preposition (the one nearest the verb), else absent. A pattern's word after the verb
     * matches such a word only after that preposition ("(on trade)"), never on its own: in "using the
     * road to transport weapons", parsed as "road [to transport weapons]", "weapons" is the road's, not
     * what "using" uses ("utilize &weapon", an assault). "Of" joins a noun to its content ("a series of
     * attacks", "the use of force"), which the patterns read through.
     */
    private static Map<Integer, Integer> behindPrepositions(AnnotatedText text, DependencyTree tree, int verb,
                                                            List<Integer> phrase) {
        Map<Integer, Integer> out = new HashMap<>();
        for (int word : phrase) {
            if (!text.tokens().get(word).isNoun()) {
                continue; // "found Munnings, from Quincy, dead": an adjective or verb there is the parser's slip
            }
            for (int u = word; u >= 0 && u != verb; u = tree.head(u)) {
                if (tree.relation(u).equals("nmod")) {
                    int preposition = tree.firstChild(u, "case");
                    if (preposition >= 0 && !Phrase.word(text.tokens().get(preposition)).equals("of")) {
                        out.put(word, preposition);
                    }
                }
            }
        }
        return out;
    }

    /**
     * A clause a speech verb reports: its complement clause or a clause set beside it
     * ({@code parataxis}), or a verb the parser left as a loose dependent of it ("saying his
     * arrest had no legal basis").
     */
    private static boolean reported(AnnotatedText text, DependencyTree tree, int child) {
        String rel = tree.relation(child);
        return REPORTED.contains(rel) || rel.equals("dep") && text.tokens().get(child).isVerb();
    }

    /** Matches elements against one verb's phrase. */
    private static final class Matcher {
        private final AnnotatedText text;
        private final Sentence sentence;
        private final int verb;
        private final List<Integer> phrase;
        private final Map<Integer, Integer> behind;

        Matcher(AnnotatedText text, Sentence sentence, int verb, List<Integer> phrase, Map<Integer, Integer> behind) {
            this.text = text;
            this.sentence = sentence;
            this.verb = verb;
            this.phrase = phrase;
            this.behind = behind;
        }

        boolean matches(List<Element> before, List<Element> after) {
            return sequence(before, sentence.tokenStart(), verb) >= 0 && sequence(after, verb + 1, sentence.tokenEnd()) >= 0;
        }

        /** Matches the elements in order within [from, to); the position after the last, or -1. */
        private int sequence(List<Element> elements, int from, int to) {
            return sequence(elements, 0, from, to, -1);
        }

        /** As above; {@code preposition}: the preposition matched last (words behind it may match), or -1. */
        private int sequence(List<Element> elements, int i, int from, int to, int preposition) {
            if (i == elements.size()) {
                return from;
            }
            Element e = elements.get(i);
            for (int head : phrase) {
                if (head < from || head >= to) {
                    continue;
                }
                int next;
                if (e.prepositional()) {
                    if (!e.prepositions().contains(Phrase.word(text.tokens().get(head)))) {
                        continue;
                    }
                    next = sequence(e.after(), 0, head + 1, to, head);
                } else {
                    Integer guard = behind.get(head);
                    if (guard != null && guard != preposition) {
                        continue;
                    }
                    int start = runEndingAt(e.run(), head);
                    next = start >= from ? head + 1 : -1;
                }
                if (next >= 0) {
                    int end = sequence(elements, i + 1, next, to, preposition);
                    if (end >= 0) {
                        return end;
                    }
                }
            }
            return -1;
        }

        /** The first token of the run whose last unit ends at {@code head}, or -1. */
        private int runEndingAt(List<Unit> run, int head) {
            int end = head;
            for (int u = run.size() - 1; u >= 0; u--) {
                int start = unitEndingAt(run.get(u), end);
                if (start < 0) {
                    return -1;
                }
                end = start - 1;
            }
            return end + 1;
        }

        private int unitEndingAt(Unit unit, int end) {
            for (List<String> words : unit.alternatives()) {
                int start = end - words.size() + 1;
                if (start < sentence.tokenStart()) {
                    continue;
                }
                boolean all = true;
                for (int k = 0; k < words.size() && all; k++) {
                    int index = start + k;
                    all = index != verb && is(text.tokens().get(index), words.get(k));
                }
                if (all) {
                    return start;
                }
            }
            return -1;
        }

        private static boolean is(Token t, String word) {
            return word.equals(Phrase.word(t)) || word.equals(Phrase.lemma(t));
        }
    }

    // --- loading

    private static CameoDictionary load() {
        return read(TsvTable.resource(CameoDictionary.class, "cameo-synsets.tsv"),
            TsvTable.resource(CameoDictionary.class, "cameo-verbs.tsv"),
            TsvTable.resource(CameoDictionary.class, "cameo-patterns.tsv"));
    }

    /**
     * The dictionary of three tables; a row that does not read fails naming its table and line, so
     * a malformed row of the converted files fails the build's data test, not a sentence later.
     */
    static CameoDictionary read(TsvTable sets, TsvTable verbTable, TsvTable patterns) {
        sets.require("set", "members");
        verbTable.require("lemma", "block", "before", "after", "cameo", "type", "mode", "context");
        patterns.require("block", "before", "after", "cameo", "type", "mode", "context", "subject");
        Map<String, List<List<String>>> synsets = new HashMap<>();
        for (TsvTable.Row r : sets.rows()) {
            List<List<String>> members = new ArrayList<>();
            for (String m : items(r, "members", sets.name())) {
                members.add(List.of(m.split("_")));
            }
            synsets.put(r.get("set"), List.copyOf(members));
        }
        Map<String, List<Verb>> verbs = new HashMap<>();
        for (TsvTable.Row r : verbTable.rows()) {
            String where = verbTable.name() + ":" + r.line();
            Verb v = new Verb(r.get("lemma"), r.get("block"), elements(r.get("before"), synsets, where),
                elements(r.get("after"), synsets, where), r.get("cameo").equals("-") ? null : coding(r, false, where));
            verbs.computeIfAbsent(v.lemma(), k -> new ArrayList<>()).add(v);
        }
        Map<String, List<Pattern>> blocks = new HashMap<>();
        for (TsvTable.Row r : patterns.rows()) {
            String where = patterns.name() + ":" + r.line();
            String subject = r.get("subject");
            if (!subject.equals("actor") && !subject.equals("recipient")) {
                throw new IllegalStateException(where + ": subject is actor or recipient, not '" + subject + "'");
            }
            Pattern p = new Pattern(elements(r.get("before"), synsets, where), elements(r.get("after"), synsets, where),
                coding(r, subject.equals("recipient"), where), (r.get("before") + " * " + r.get("after")).replace("- ", "").replace(" -", ""));
            blocks.computeIfAbsent(r.get("block"), k -> new ArrayList<>()).add(p);
        }
        Map<String, List<Verb>> verbIndex = new HashMap<>();
        verbs.forEach((k, list) -> verbIndex.put(k, List.copyOf(list)));
        Map<String, List<Pattern>> blockIndex = new HashMap<>();
        blocks.forEach((k, list) -> blockIndex.put(k, List.copyOf(list)));
        return new CameoDictionary(Map.copyOf(verbIndex), Map.copyOf(blockIndex));
    }

    private static Coding coding(TsvTable.Row r, boolean subjectReceives, String where) {
        try {
            String cameo = r.get("cameo");
            if (!CODE.matcher(cameo).matches()) {
                throw new IllegalArgumentException("cameo code '" + cameo + "' is not 2 to 4 digits or -");
            }
            if (cameo.equals("-") && !r.get("type").equals("-")) {
                throw new IllegalArgumentException("a type without a cameo code");
            }
            if (r.get("type").equals("-")) {
                return new Coding(cameo, null, null, List.of(), subjectReceives);
            }
            EventType type = EventType.fromWire(r.get("type"));
            EventMode mode = r.get("mode").equals("-") ? null : EventMode.fromWire(r.get("mode"));
            if (mode != null && !type.modes().contains(mode)) {
                throw new IllegalArgumentException(mode + " is no PLOVER mode of " + type);
            }
            List<EventContext> contexts = r.get("context").equals("-") ? List.of()
                : items(r, "context", where).stream().map(EventContext::fromWire).toList();
            return new Coding(cameo, type, mode, contexts, subjectReceives);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IllegalStateException(where + ": " + e.getMessage(), e);
        }
    }

    private static List<String> items(TsvTable.Row r, String column, String where) {
        try {
            return r.items(column);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(where + (where.contains(":") ? "" : ":" + r.line()) + ": " + e.getMessage(), e);
        }
    }

    /** Parses a column of pattern elements (see the header of cameo-patterns.tsv). */
    static List<Element> elements(String column, Map<String, List<List<String>>> synsets, String where) {
        if (column.equals("-")) {
            return List.of();
        }
        List<Element> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (char c : column.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0 || depth > 1) {
                throw new IllegalStateException(where + ": unbalanced parentheses in '" + column + "'");
            }
            if (c == ' ' && depth == 0) {
                tokens.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (depth != 0) {
            throw new IllegalStateException(where + ": unbalanced parentheses in '" + column + "'");
        }
        tokens.add(cur.toString());
        for (String token : tokens) {
            if (token.startsWith("(")) {
                String[] inner = token.substring(1, token.length() - 1).split(" ", 2);
                if (inner[0].isEmpty()) {
                    throw new IllegalStateException(where + ": empty preposition group in '" + column + "'");
                }
                List<Element> rest = inner.length > 1 ? elements(inner[1], synsets, where) : List.of();
                out.add(new Element(null, Set.of(inner[0].split("/")), rest));
            } else {
                out.add(new Element(run(token, synsets, where), null, null));
            }
        }
        return List.copyOf(out);
    }

    private static List<Unit> run(String token, Map<String, List<List<String>>> synsets, String where) {
        List<Unit> units = new ArrayList<>();
        for (String part : token.split("_", -1)) {
            if (part.startsWith("&")) {
                List<List<String>> members = synsets.get(part.substring(1));
                if (members == null) {
                    throw new IllegalStateException(where + ": unknown synset " + part);
                }
                units.add(new Unit(members));
            } else if (WORD.matcher(part).matches()) {
                units.add(new Unit(List.of(List.of(part))));
            } else {
                throw new IllegalStateException(where + ": bad pattern word '" + part + "' in '" + token + "'");
            }
        }
        return List.copyOf(units);
    }
}
