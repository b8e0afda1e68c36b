package org.dateline.nlp;

import java.util.List;
import org.dateline.model.TextIndex;

/**
 * A text with its sentences, tokens, entity mentions and temporal expressions: everything the
 * analysis stages read, in Dateline's own immutable types so that no stage past this package
 * depends on CoreNLP.
 *
 * @param index the text analysed: the whole article's text, or the part of it the language stage
 *     took on when it was too long (a prefix, so offsets into it are offsets into the article)
 * @param notes what the language stage did not do as usual (a text cut, sentences split), in
 *     words for the record's warnings; empty for nearly every text
 */
public record AnnotatedText(TextIndex index, List<Token> tokens, List<Sentence> sentences,
                            List<NerMention> mentions, List<Timex> timexes, List<String> notes) {
    public AnnotatedText {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        timexes = List.copyOf(timexes);
        notes = List.copyOf(notes);
    }

    /** An annotation of the whole text, done as usual. */
    public AnnotatedText(TextIndex index, List<Token> tokens, List<Sentence> sentences, List<NerMention> mentions,
                         List<Timex> timexes) {
        this(index, tokens, sentences, mentions, timexes, List.of());
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

    /** The tokens [from, to) as a view. */
    public TokenSpan span(int from, int to) {
        return new TokenSpan(this, from, to);
    }

    /** The tokens the dependency subtree under {@code token} covers. */
    public TokenSpan subtree(int token) {
        DependencyTree.Edges edges = sentenceOf(tokens.get(token)).tree().edges(token);
        return span(edges.left(), edges.right() + 1);
    }

    /**
     * The subtree under {@code token} leaving out the subtrees of the given children: a source
     * without its relative clause, a clause without the cue that comments on it.
     */
    public TokenSpan subtreeWithout(int token, List<Integer> excluded) {
        DependencyTree tree = sentenceOf(tokens.get(token)).tree();
        int from = token;
        int to = token + 1;
        for (int child : tree.children(token)) {
            if (!excluded.contains(child)) {
                DependencyTree.Edges edges = tree.edges(child);
                from = Math.min(from, edges.left());
                to = Math.max(to, edges.right() + 1);
            }
        }
        return span(from, to);
    }
}
