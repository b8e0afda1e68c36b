package org.dateline.nlp;

import java.util.List;

/**
 * A sentence: its code-point extent, its tokens as the range [tokenStart, tokenEnd) of the text's
 * token list, and its dependency edges (empty when it was not parsed).
 */
public record Sentence(int index, int start, int end, int tokenStart, int tokenEnd,
                       List<Dependency> dependencies) {
    public Sentence {
        dependencies = List.copyOf(dependencies);
    }

    public boolean parsed() {
        return !dependencies.isEmpty();
    }

    public boolean containsToken(int tokenIndex) {
        return tokenStart <= tokenIndex && tokenIndex < tokenEnd;
    }
}
