package org.dateline.analyze.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.analyze.quote.Quote;
import org.dateline.analyze.quote.Quotes;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.DependencyTree;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Statements whose cue is a verb of speech: "X said that ...", "... , he said", "“...,” X told
 * reporters", "X expressed satisfaction with ...". Read from the dependency parse: the cue's
 * subject is the source, its clausal complement (or the clause it comments on) the content.
 */
final class SpeechVerbs {
    private static final Set<String> EDGE_PUNCTUATION = Set.of(",", ".", ":", ";", "—", "–", "-", "--", "...", "…");
    private static final Set<String> COMPLEMENTISERS = Set.of("that");
    /** Objects that are themselves the message: "expressed concern", "voiced support". */
    private static final Set<String> MESSAGE_NOUNS = Set.of("satisfaction", "concern", "concerns", "hope", "regret",
        "support", "confidence", "gratitude", "condolences", "disappointment", "opposition", "readiness", "interest",
        "solidarity", "dissatisfaction", "outrage", "alarm", "doubt", "doubts", "optimism", "appreciation", "sympathy",
        "willingness", "frustration", "anger", "displeasure", "commitment", "determination", "thanks", "objection");

    private final CueLexicon cues;

    SpeechVerbs(CueLexicon cues) {
        this.cues = cues;
    }

    /** Attributions for the cue verbs of a parsed sentence, whose tree the caller built once. */
    List<Attribution> find(AnnotatedText text, Sentence sentence, DependencyTree tree, List<Quote> quotes) {
        List<Attribution> found = new ArrayList<>();
        List<Token> tokens = text.tokens();
        for (int v = sentence.tokenStart(); v < sentence.tokenEnd(); v++) {
            Token verb = tokens.get(v);
            CueLexicon.CueClass cueClass = verb.isVerb() ? cues.classOf(verb.lemma()) : null;
            if (cueClass == null || Quotes.insideSpeech(quotes, verb.start())) {
                continue;
            }
            int subject = subject(tree, tokens, v);
            int[] content = content(tree, tokens, v, cueClass);
            if (subject < 0 || content == null) {
                continue;
            }
            int[] contentCp = withEdgeQuoteMarks(quotes,
                new int[] {tokens.get(content[0]).start(), tokens.get(content[1] - 1).end()});
            String kind = "indirect";
            Quote quoted = quotationAround(quotes, contentCp);
            if (quoted != null) {
                contentCp = continuedQuotation(text, quotes, quoted, verb, sentence);
                kind = "direct";
            } else if (holdsQuotation(quotes, contentCp)) {
                kind = "mixed";
            }
            int[] source = sourceRange(tree, tokens, subject);
            found.add(new Attribution(sentence.index(), source, subject, cue(tree, tokens, v, cueClass), contentCp, kind));
        }
        return found;
    }

    /**
     * The cue's subject, or the one it shares with the verb it hangs from: "X expressed ... and
     * noted that", "X said ..., adding that".
     */
    private static int subject(DependencyTree tree, List<Token> tokens, int v) {
        int s = tree.firstChild(v, "nsubj");
        String relation = tree.relation(v);
        boolean participle = tokens.get(v).pos().equals("VBG") && (relation.equals("advcl") || relation.equals("xcomp"));
        if (s < 0 && (relation.equals("conj") || participle) && tree.head(v) >= 0) {
            s = tree.firstChild(tree.head(v), "nsubj");
        }
        return s >= 0 && tree.relation(s).equals("nsubj:pass") ? -1 : s;
    }

    /** Token range [from, to) of what was said, or null when the verb reports nothing. */
    private int[] content(DependencyTree tree, List<Token> tokens, int v, CueLexicon.CueClass cueClass) {
        int clause = tree.firstChild(v, "ccomp");
        int[] range = null;
        if (clause >= 0) {
            range = tree.subtreeRange(clause);
            int mark = tree.firstChild(clause, "mark");
            if (mark >= 0 && mark == range[0] && COMPLEMENTISERS.contains(tokens.get(mark).word().toLowerCase(Locale.ROOT))) {
                range[0]++;
            }
        } else if (tree.relation(v).equals("parataxis") && tree.head(v) >= 0 && tree.head(v) < v) {
            // "The talks were useful, he said": the verb comments on the clause it hangs from.
            range = tree.subtreeRangeWithout(tree.head(v), List.of(v));
            range[1] = Math.min(range[1], tree.subtreeRange(v)[0]);
        } else if (cueClass == CueLexicon.CueClass.MESSAGE) {
            int object = tree.firstChild(v, "obj");
            if (object >= 0 && MESSAGE_NOUNS.contains(tokens.get(object).lemma().toLowerCase(Locale.ROOT))) {
                range = tree.subtreeRange(object);
            } else {
                for (int obl : tree.children(v, "obl")) {
                    int c = tree.firstChild(obl, "case");
                    if (c >= 0 && Set.of("of", "about", "against").contains(tokens.get(c).word().toLowerCase(Locale.ROOT))) {
                        range = tree.subtreeRange(obl);
                        range[0] = c + 1;
                    }
                }
            }
        }
        if (range == null && cueClass == CueLexicon.CueClass.OBJECT) {
            range = objectWithComplement(tree, tokens, v);
        }
        if (range == null) {
            return null;
        }
        trimPunctuation(tokens, range);
        return range[1] - range[0] >= 2 ? range : null;
    }

    /**
     * "called the process a sham", "accused X of Y", "urged X to Y", "described it as satire": the
     * object and the complement that says what is claimed of it.
     */
    private static int[] objectWithComplement(DependencyTree tree, List<Token> tokens, int v) {
        int object = tree.firstChild(v, "obj");
        if (object < 0) {
            return null;
        }
        int[] range = tree.subtreeRange(object);
        // "called the decision an adverse development" comes back as the object with a loose dep.
        boolean complemented = tree.children(object, "dep").stream().anyMatch(d -> d > object);
        for (int c : tree.children(v)) {
            String r = tree.relation(c);
            if (c < range[1] || !(r.equals("xcomp") || r.startsWith("obl") || r.equals("advcl") || r.equals("obj"))) {
                continue;
            }
            // The parser reads "called it an adverse development" as two objects at times.
            if (!r.equals("xcomp") && !r.equals("obj")) {
                int marker = Math.max(tree.firstChild(c, "case"), tree.firstChild(c, "mark"));
                if (marker < 0 || !Set.of("of", "as", "to", "for").contains(tokens.get(marker).word().toLowerCase(Locale.ROOT))) {
                    continue;
                }
            }
            range[1] = Math.max(range[1], tree.subtreeRange(c)[1]);
            complemented = true;
        }
        return complemented ? range : null;
    }

    /** The source: the subject without relative clauses or parentheticals; an apposition stays, as it names the speaker. */
    private static int[] sourceRange(DependencyTree tree, List<Token> tokens, int subject) {
        List<Integer> excluded = new ArrayList<>();
        for (int c : tree.children(subject)) {
            String r = tree.relation(c);
            if (r.startsWith("acl") || r.equals("parataxis") || r.equals("punct") && c > subject + 1 && !inApposition(tree, c)) {
                excluded.add(c);
            }
        }
        int[] range = tree.subtreeRangeWithout(subject, excluded);
        trimPunctuation(tokens, range);
        return new int[] {tokens.get(range[0]).start(), tokens.get(range[1] - 1).end()};
    }

    private static boolean inApposition(DependencyTree tree, int punct) {
        for (int a : tree.children(tree.head(punct), "appos")) {
            int[] r = tree.subtreeRange(a);
            if (punct >= r[0] - 1 && punct <= r[1]) {
                return true;
            }
        }
        return false;
    }

    /** The cue: the verb with its auxiliaries and particle, and for "told" the person told. */
    private static int[] cue(DependencyTree tree, List<Token> tokens, int v, CueLexicon.CueClass cueClass) {
        int from = v;
        for (int aux : tree.children(v, "aux")) {
            if (aux < v && aux == from - 1 || aux < v && onlyAdverbsBetween(tree, aux, from)) {
                from = Math.min(from, aux);
            }
        }
        int to = v + 1;
        int particle = tree.firstChild(v, "compound:prt");
        if (particle == to) {
            to++;
        }
        if (cueClass == CueLexicon.CueClass.ADDRESSEE) {
            for (String rel : new String[] {"iobj", "obj"}) {
                int o = tree.firstChild(v, rel);
                if (o >= 0 && tree.subtreeRange(o)[0] == to) {
                    to = tree.subtreeRange(o)[1];
                }
            }
        }
        return new int[] {tokens.get(from).start(), tokens.get(to - 1).end()};
    }

    private static boolean onlyAdverbsBetween(DependencyTree tree, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            String r = tree.relation(i);
            if (!r.equals("advmod") && !r.equals("aux") && !r.equals("neg")) {
                return false;
            }
        }
        return true;
    }

    private static void trimPunctuation(List<Token> tokens, int[] range) {
        while (range[1] > range[0] && EDGE_PUNCTUATION.contains(tokens.get(range[1] - 1).word())) {
            range[1]--;
        }
        while (range[1] > range[0] && EDGE_PUNCTUATION.contains(tokens.get(range[0]).word())) {
            range[0]++;
        }
    }

    private static boolean holdsQuotation(List<Quote> quotes, int[] content) {
        return quotes.stream().anyMatch(q -> !q.isTerm() && q.start() < content[1] && content[0] < q.end());
    }

    /**
     * A quotation mark the parse leaves to the cue verb still belongs to the content it opens or
     * closes: "“We don't want those people” working in federal prisons, she said".
     */
    private static int[] withEdgeQuoteMarks(List<Quote> quotes, int[] content) {
        int[] r = content.clone();
        for (Quote q : quotes) {
            if (q.start() == r[0] - 1 && q.end() > r[0]) {
                r[0] = q.start();
                r[1] = Math.max(r[1], Math.min(q.end(), r[1] + 2));
            } else if (q.start() >= r[0] && q.start() < r[1] && q.end() > r[1] && q.end() <= r[1] + 2) {
                r[1] = q.end();
            }
        }
        return r;
    }

    /**
     * The quotation that is the content: the content lies inside it, or starts with it and is
     * mostly it. Length does not matter here: a short quotation a cue attributes is speech, not a
     * scare-quoted term.
     */
    private static Quote quotationAround(List<Quote> quotes, int[] content) {
        for (Quote q : quotes) {
            boolean inside = q.start() <= content[0] && content[1] <= q.end();
            int overlap = Math.min(q.end(), content[1]) - Math.max(q.start(), content[0]);
            boolean opensIt = q.start() >= content[0] - 1 && q.start() <= content[0] + 1
                && overlap >= 0.8 * (content[1] - content[0]);
            if (inside || opensIt) {
                return q;
            }
        }
        return null;
    }

    /**
     * One statement from the first opening mark to the last closing one when the quotation goes on
     * after its cue: “A,” he said, “B.” in one sentence, or “A,” he said. “B.” when B is a
     * whole sentence that ends its paragraph and so has no cue of its own.
     */
    private static int[] continuedQuotation(AnnotatedText text, List<Quote> quotes, Quote first, Token verb, Sentence sentence) {
        int end = first.end();
        if (first.end() < verb.start()) {
            for (Quote next : quotes) {
                if (next.start() <= verb.end() || next.start() - verb.end() > MAX_CUE_GAP) {
                    continue;
                }
                boolean sameSentence = next.start() < sentence.end();
                if (sameSentence || endsParagraph(text.text(), text.index().toChar(next.end()))) {
                    end = next.end();
                }
                break;
            }
        }
        return new int[] {first.start(), end};
    }

    private static final int MAX_CUE_GAP = 80;

    private static boolean endsParagraph(String text, int charIndex) {
        for (int i = charIndex; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }
}
