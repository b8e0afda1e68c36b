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
