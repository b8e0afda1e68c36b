package org.dateline.analyze.date;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dateline.model.TextIndex;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * What every rule reads: the annotated text, its code-point index, and the anchor date (the
 * published date, or null when unknown: then no rule may invent a year).
 */
record DocContext(AnnotatedText text, TextIndex index, LocalDate anchor) {
    static DocContext of(AnnotatedText text, LocalDate anchor) {
        return new DocContext(text, text.index(), anchor);
    }

    List<Token> tokens() {
        return text.tokens();
    }

    Token token(int i) {
        return text.tokens().get(i);
    }

    /** The token's word in lower case, or "" outside the text, so that look-arounds need no bounds checks. */
    String word(int i) {
        return i < 0 || i >= text.tokens().size() ? "" : text.tokens().get(i).word().toLowerCase(Locale.ROOT);
    }

    String slice(int start, int end) {
        return index.slice(start, end);
    }

    String textOf(Mention m) {
        return slice(m.start(), m.end());
    }

    /** The mention's words in lower case. */
    List<String> words(Mention m) {
        return text.tokens().subList(m.tokenStart(), m.tokenEnd()).stream()
            .map(t -> t.word().toLowerCase(Locale.ROOT)).toList();
    }

    Sentence sentenceOf(int tokenIndex) {
        return text.sentences().get(text.tokens().get(tokenIndex).sentence());
    }

    boolean sameSentence(int tokenA, int tokenB) {
        return token(tokenA).sentence() == token(tokenB).sentence();
    }
}
