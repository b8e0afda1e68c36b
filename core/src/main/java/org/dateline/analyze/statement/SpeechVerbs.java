package org.dateline.analyze.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.analyze.quote.Quote;
import org.dateline.analyze.quote.Quotes;
import org.dateline.model.Span;
import org.dateline.model.StatementKind;
import org.dateline.model.TextIndex;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.DependencyTree;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;
import org.dateline.nlp.TokenSpan;

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
    List<Attribution> find(AnnotatedText text, Sentence sentence, List<Quote> quotes) {
        DependencyTree tree = sentence.tree();
        List<Attribution> found = new ArrayList<>();
        List<Token> tokens = text.tokens();
        for (int v = sentence.tokenStart(); v < sentence.tokenEnd(); v++) {
            Token verb = tokens.get(v);
            CueLexicon.CueClass cueClass = verb.isVerb() ? cues.classOf(verb.lemma()) : null;
            if (cueClass == null || Quotes.insideSpeech(quotes, verb.start())) {
                continue;
            }
            int subject = subject(tree, tokens, v);
            TokenSpan said = content(text, tree, v, cueClass);
            if (subject < 0 || said == null) {
                continue;
            }
            Span content = withEdgeQuoteMarks(text.index(), quotes, said.start(), said.end());
            StatementKind kind = StatementKind.INDIRECT;
            Quote quoted = quotationAround(quotes, content);
            if (quoted != null) {
                content = continuedQuotation(text, quotes, quoted, verb, sentence);
                kind = StatementKind.DIRECT;
            } else if (holdsQuotation(quotes, content)) {
                kind = StatementKind.MIXED;
            }
            Span source = source(text, tree, subject).toSpan();
            found.add(new Attribution(sentence.index(), source, subject, cue(text, tree, v, cueClass).toSpan(), content, kind));
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

    /** The tokens of what was said, or null when the verb reports nothing. */
    private TokenSpan content(AnnotatedText text, DependencyTree tree, int v, CueLexicon.CueClass cueClass) {
        List<Token> tokens = text.tokens();
        int clause = tree.firstChild(v, "ccomp");
        TokenSpan range = null;
        if (clause >= 0) {
            range = text.subtree(clause);
            int mark = tree.firstChild(clause, "mark");
            if (mark >= 0 && mark == range.from() && COMPLEMENTISERS.contains(tokens.get(mark).word().toLowerCase(Locale.ROOT))) {
                range = range.withFrom(mark + 1);
            }
        } else if (tree.relation(v).equals("parataxis") && tree.head(v) >= 0 && tree.head(v) < v) {
            // "The talks were useful, he said": the verb comments on the clause it hangs from, and
            // on the clauses that clause depends on: "Two officers were killed when their vehicle
            // was fired upon, the ministry said" hangs from "fired" but reports the killing too
            int host = tree.head(v);
            while (tree.relation(host).equals("advcl") && tree.head(host) >= 0 && tree.head(host) < host) {
                host = tree.head(host);
            }
            range = text.subtreeWithout(host, List.of(v));
            int to = Math.min(range.to(), text.subtree(v).from());
            if (to < range.from()) {
                return null; // the cue's own words come first: there is no clause before it
            }
            range = range.withTo(to);
        } else if (cueClass == CueLexicon.CueClass.MESSAGE) {
            int object = tree.firstChild(v, "obj");
            if (object >= 0 && MESSAGE_NOUNS.contains(tokens.get(object).lemma().toLowerCase(Locale.ROOT))) {
                range = text.subtree(object);
            } else {
                for (int obl : tree.children(v, "obl")) {
                    int c = tree.firstChild(obl, "case");
                    if (c >= 0 && Set.of("of", "about", "against").contains(tokens.get(c).word().toLowerCase(Locale.ROOT))) {
                        range = text.subtree(obl).withFrom(c + 1);
                    }
                }
            }
        }
        if (range == null && cueClass == CueLexicon.CueClass.OBJECT) {
            range = objectWithComplement(text, tree, v);
        }
        if (range == null && cueClass == CueLexicon.CueClass.CLAIM) {
            range = claimObject(text, tree, v);
        }
        if (range == null) {
            return null;
        }
        range = trimPunctuation(range);
        return range.size() >= 2 ? range : null;
    }

    /**
     * "called the process a sham", "accused X of Y", "urged X to Y", "described it as satire": the
     * object and the complement that says what is claimed of it.
     */
    private static TokenSpan objectWithComplement(AnnotatedText text, DependencyTree tree, int v) {
        List<Token> tokens = text.tokens();
        int object = tree.firstChild(v, "obj");
        if (object < 0) {
            return null;
        }
        TokenSpan range = text.subtree(object);
        // "called the decision an adverse development" comes back as the object with a loose dep.
        boolean complemented = tree.children(object, "dep").stream().anyMatch(d -> d > object);
        for (int c : tree.children(v)) {
            String r = tree.relation(c);
            if (c < range.to() || !(r.equals("xcomp") || r.startsWith("obl") || r.equals("advcl") || r.equals("obj"))) {
                continue;
            }
            // The parser reads "called it an adverse development" as two objects at times.
            if (!r.equals("xcomp") && !r.equals("obj")) {
                int marker = Math.max(tree.firstChild(c, "case"), tree.firstChild(c, "mark"));
                if (marker < 0 || !Set.of("of", "as", "to", "for").contains(tokens.get(marker).word().toLowerCase(Locale.ROOT))) {
                    continue;
                }
            }
            range = range.withTo(Math.max(range.to(), text.subtree(c).to()));
            complemented = true;
        }
        return complemented ? range : null;
    }

    /**
     * "rejected the claim that its forces had shelled Sotk", "dismissed claims that the road was
     * blocked": the object when a that-clause says what it claims; "rejected the appeal" reports no
     * speech.
     */
    private static TokenSpan claimObject(AnnotatedText text, DependencyTree tree, int v) {
        int object = tree.firstChild(v, "obj");
        if (object < 0) {
            return null;
        }
        for (int c : tree.children(object)) {
            String r = tree.relation(c);
            int mark = tree.firstChild(c, "mark");
            if ((r.startsWith("acl") || r.equals("ccomp")) && mark >= 0
                && text.tokens().get(mark).word().equalsIgnoreCase("that")) {
                return text.subtree(object);
            }
        }
        return null;
    }

    /** The source: the subject without relative clauses or parentheticals; an apposition stays, as it names the speaker. */
    private static TokenSpan source(AnnotatedText text, DependencyTree tree, int subject) {
        List<Integer> excluded = new ArrayList<>();
        for (int c : tree.children(subject)) {
            String r = tree.relation(c);
            if (r.startsWith("acl") || r.equals("parataxis") || r.equals("punct") && c > subject + 1 && !inApposition(text, tree, c)) {
                excluded.add(c);
            }
        }
        return trimPunctuation(text.subtreeWithout(subject, excluded));
    }

    private static boolean inApposition(AnnotatedText text, DependencyTree tree, int punct) {
        for (int a : tree.children(tree.head(punct), "appos")) {
            TokenSpan r = text.subtree(a);
            if (punct >= r.from() - 1 && punct <= r.to()) {
                return true;
            }
        }
        return false;
    }

    /** The cue: the verb with its auxiliaries and particle, and for "told" the person told. */
    private static TokenSpan cue(AnnotatedText text, DependencyTree tree, int v, CueLexicon.CueClass cueClass) {
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
                TokenSpan object = o < 0 ? null : text.subtree(o);
                if (object != null && object.from() == to) {
                    to = object.to();
                }
            }
        }
        return text.span(from, to);
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

    private static TokenSpan trimPunctuation(TokenSpan range) {
        return range.stripEnd(t -> EDGE_PUNCTUATION.contains(t.word())).stripStart(t -> EDGE_PUNCTUATION.contains(t.word()));
    }

    private static boolean holdsQuotation(List<Quote> quotes, Span content) {
        return quotes.stream().anyMatch(q -> !q.isTerm() && q.start() < content.end() && content.start() < q.end());
    }

    /**
     * A quotation mark the parse leaves to the cue verb still belongs to the content it opens or
     * closes: "“We don't want those people” working in federal prisons, she said".
     */
    private static Span withEdgeQuoteMarks(TextIndex index, List<Quote> quotes, int start, int end) {
        for (Quote q : quotes) {
            if (q.start() == start - 1 && q.end() > start) {
                start = q.start();
                end = Math.max(end, Math.min(q.end(), end + 2));
            } else if (q.start() >= start && q.start() < end && q.end() > end && q.end() <= end + 2) {
                end = q.end();
            }
        }
        return index.span(start, end);
    }

    /**
     * The quotation that is the content: the content lies inside it, or starts with it and is
     * mostly it. Length does not matter here: a short quotation a cue attributes is speech, not a
     * scare-quoted term.
     */
    private static Quote quotationAround(List<Quote> quotes, Span content) {
        for (Quote q : quotes) {
            boolean inside = q.start() <= content.start() && content.end() <= q.end();
            int overlap = Math.min(q.end(), content.end()) - Math.max(q.start(), content.start());
            boolean opensIt = q.start() >= content.start() - 1 && q.start() <= content.start() + 1
                && overlap >= 0.8 * content.length();
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
    private static Span continuedQuotation(AnnotatedText text, List<Quote> quotes, Quote first, Token verb, Sentence sentence) {
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
        return text.index().span(first.start(), end);
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
