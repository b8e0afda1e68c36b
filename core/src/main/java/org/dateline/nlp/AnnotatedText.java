package org.dateline.nlp;

import java.util.List;
import org.dateline.model.Span;
import org.dateline.model.TextIndex;

/**
 * A text with its sentences, tokens, entity mentions and temporal expressions: everything the
 * analysis stages read, in Dateline's own immutable types so that no stage past this package
 * depends on CoreNLP.
 */
public record AnnotatedText(TextIndex index, List<Token> tokens, List<Sentence> sentences,
                            List<NerMention> mentions, List<Timex> timexes) {
    public AnnotatedText {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        timexes = List.copyOf(timexes);
    }

    public AnnotatedText(String text, List<Token> tokens, List<Sentence> sentences, List<NerMention> mentions,
                         List<Timex> timexes) {
        this(new TextIndex(text), tokens, sentences, mentions, timexes);
    }

    public String text() {
        return index.text();
    }

    /** The index of the first token that starts at or after {@code codePoint}; the token count if none does. */
    public int firstTokenFrom(int codePoint) {
        return firstTokenFrom(tokens, codePoint);
    }

    /** {@link #firstTokenFrom(int)} over tokens in text order: a binary search, not a scan. */
    static int firstTokenFrom(List<Token> tokens, int codePoint) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < codePoint) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public Sentence sentenceOf(Token t) {
        return sentences.get(t.sentence());
    }

    public List<Token> tokensOf(Sentence s) {
        return tokens.subList(s.tokenStart(), s.tokenEnd());
    }

    /** The span from the start of token {@code from} to the end of token {@code toExclusive - 1}. */
    public Span span(TextIndex index, int from, int toExclusive) {
        return index.span(tokens.get(from).start(), tokens.get(toExclusive - 1).end());
    }
}
