package org.dateline.analyze.event;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.DependencyTree;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/** Bags of lower-case words and lemmas that the lexicons test: a trigger's phrase, a sentence. */
final class Phrase {
    /** Deep enough for "called [for [a ceasefire]]" and "provided [$5 billion [in [aid]]]". */
    static final int DEPTH = 3;
    /** Without a parse, the words this near a trigger stand in for its phrase. */
    private static final int WINDOW = 3;

    private Phrase() {}

    /** Lemmas under the trigger, up to {@link #DEPTH} levels down (or a window when unparsed). */
    static Set<String> of(AnnotatedText text, DependencyTree tree, int trigger) {
        Set<String> lemmas = new LinkedHashSet<>();
        if (tree.sentence().parsed()) {
            collect(text, tree, trigger, 0, lemmas);
            lemmas.remove(lemma(text.tokens().get(trigger)));
        } else {
            Sentence s = tree.sentence();
            for (int i = Math.max(s.tokenStart(), trigger - WINDOW); i < Math.min(s.tokenEnd(), trigger + WINDOW + 1); i++) {
                if (i != trigger) {
                    lemmas.add(lemma(text.tokens().get(i)));
                }
            }
        }
        return lemmas;
    }

    /**
     * Every word and lemma of the sentence, each two-word sequence of words and of lemmas, and each
     * preposition with the lemma of the noun it leads ("to street" for "to the streets", as
     * {@link #of} gives it under a parse).
     */
    static Set<String> sentence(AnnotatedText text, Sentence s) {
        Set<String> bag = new LinkedHashSet<>();
        List<Token> tokens = text.tokensOf(s);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            bag.add(word(t));
            bag.add(lemma(t));
            if (i + 1 < tokens.size()) {
                bag.add(word(t) + " " + word(tokens.get(i + 1)));
                bag.add(lemma(t) + " " + lemma(tokens.get(i + 1)));
            }
            if (t.pos().equals("IN") || t.pos().equals("TO")) {
                for (int j = i + 1; j < Math.min(tokens.size(), i + 1 + WINDOW); j++) {
                    if (tokens.get(j).isNoun()) {
                        bag.add(lemma(t) + " " + lemma(tokens.get(j)));
                        break;
                    }
                }
            }
        }
        return bag;
    }

    /**
     * What a verb acts on, as {@link #of} writes its words: the lemmas of its object and passive
     * subject, and each of its obliques as preposition and noun ("from hospital").
     */
    static Set<String> themes(AnnotatedText text, DependencyTree tree, int verb) {
        Set<String> out = new LinkedHashSet<>();
        for (int c : tree.children(verb)) {
            String rel = tree.relation(c);
            if (rel.equals("obj") || rel.equals("nsubj:pass")) {
                out.add(lemma(text.tokens().get(c)));
            } else if (rel.equals("obl")) {
                withPreposition(text, tree, c, out);
            }
        }
        return out;
    }

    static String lemma(Token t) {
        return t.foldedLemma();
    }

    static String word(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }

    /** The noun with each preposition it hangs by, as the lexicons write it: "to street", "from hospital". */
    private static void withPreposition(AnnotatedText text, DependencyTree tree, int noun, Set<String> out) {
        for (int c : tree.children(noun, "case")) {
            out.add(lemma(text.tokens().get(c)) + " " + lemma(text.tokens().get(noun)));
        }
    }

    private static void collect(AnnotatedText text, DependencyTree tree, int token, int depth, Set<String> out) {
        Token t = text.tokens().get(token);
        out.add(lemma(t));
        if (t.isNoun()) {
            // a noun with its preposition, "to street" for "took [to the streets]": a need may name
            // the way the noun hangs under the trigger, not only the noun
            withPreposition(text, tree, token, out);
        }
        if (depth < DEPTH) {
            for (int child : tree.children(token)) {
                if (!otherClause(text, tree, child)) {
                    collect(text, tree, child, depth + 1, out);
                }
            }
        }
    }

    /**
     * Whether the child is a clause of its own that hangs under a word without being its phrase: a
     * clause set beside it ({@code parataxis}) or an adverbial clause of time, cause, condition or
     * concession ("is recovering after being grazed by a bullet" holds no weapon that "recovering"
     * acts on); not an infinitive that is the word's content ("called for shipping companies to do
     * more").
     */
    private static boolean otherClause(AnnotatedText text, DependencyTree tree, int child) {
        String relation = tree.relation(child);
        return relation.equals("parataxis") || relation.equals("advcl")
            && tree.children(child, "mark").stream().anyMatch(m -> SUBORDINATORS.contains(word(text.tokens().get(m))));
    }

    /** Marks of an adverbial clause that is no part of the phrase of the word it hangs under. */
    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "while", "when", "because", "since",
        "although", "though", "as", "if", "unless", "until", "once");
}
