package org.dateline.nlp;

import java.util.List;
import java.util.function.Predicate;
import org.dateline.model.Span;

/**
 * The tokens [from, to) of an annotated text, viewed as a stretch of it (after spaCy's
 * {@code Span}): its words, its code-point extent, its head in the parse, and the contract's
 * {@link Span} it becomes. Immutable; an empty range (from == to) has tokens but no extent.
 *
 * <p>Equality compares the range and the identity of the text, not the text's contents: two views
 * are the same when they cut the same document at the same tokens.
 */
public record TokenSpan(AnnotatedText doc, int from, int to) {
    public TokenSpan {
        if (from < 0 || to < from || to > doc.tokens().size()) {
            throw new IllegalArgumentException("bad token range [" + from + "," + to + ")");
        }
    }

    /** The single token {@code index}. */
    public static TokenSpan of(AnnotatedText doc, int index) {
        return new TokenSpan(doc, index, index + 1);
    }

    public int size() {
        return to - from;
    }

    public boolean isEmpty() {
        return from == to;
    }

    public List<Token> tokens() {
        return doc.tokens().subList(from, to);
    }

    public Token first() {
        return doc.tokens().get(from);
    }

    public Token last() {
        return doc.tokens().get(to - 1);
    }

    /** Code-point offset where the first token starts. */
    public int start() {
        return first().start();
    }

    /** Code-point offset where the last token ends. */
    public int end() {
        return last().end();
    }

    /** The text from the first token's start to the last token's end, spaces between included. */
    public String text() {
        return doc.index().slice(start(), end());
    }

    /** The contract's evidence span for these tokens. */
    public Span toSpan() {
        return doc.index().span(start(), end());
    }

    public boolean contains(int token) {
        return from <= token && token < to;
    }

    /** Without the leading tokens that match: stops at the first that does not, or when empty. */
    public TokenSpan stripStart(Predicate<Token> strip) {
        int a = from;
        while (a < to && strip.test(doc.tokens().get(a))) {
            a++;
        }
        return withFrom(a);
    }

    /** Without the trailing tokens that match. */
    public TokenSpan stripEnd(Predicate<Token> strip) {
        int b = to;
        while (b > from && strip.test(doc.tokens().get(b - 1))) {
            b--;
        }
        return withTo(b);
    }

    public TokenSpan withFrom(int newFrom) {
        return new TokenSpan(doc, newFrom, to);
    }

    public TokenSpan withTo(int newTo) {
        return new TokenSpan(doc, from, newTo);
    }

    /**
     * The span's syntactic head: its first token whose own head lies outside the span (spaCy's
     * {@code Span.root}); the last token when the sentence is not parsed.
     */
    public int head() {
        Sentence sentence = doc.sentenceOf(first());
        if (!sentence.parsed()) {
            return to - 1;
        }
        DependencyTree tree = sentence.tree();
        for (int i = from; i < to; i++) {
            if (!contains(tree.head(i))) {
                return i;
            }
        }
        return to - 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TokenSpan s && s.doc == doc && s.from == from && s.to == to;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * System.identityHashCode(doc) + from) + to;
    }

    @Override
    public String toString() {
        return "TokenSpan[" + from + "," + to + ")";
    }
}
