package org.dateline.nlp;

import java.util.List;
import java.util.Objects;

/**
 * A sentence: its code-point extent, its tokens as the range [tokenStart, tokenEnd) of the text's
 * token list, and its dependency edges (empty when it was not parsed).
 *
 * <p>A final class rather than a record because it owns one piece of derived state: its
 * {@link DependencyTree}, built on first use and then shared by every stage that reads the parse.
 * Equality is over the values, as for a record; the tree is derived from them.
 */
public final class Sentence {
    private final int index;
    private final int start;
    private final int end;
    private final int tokenStart;
    private final int tokenEnd;
    private final List<Dependency> dependencies;
    private volatile DependencyTree tree;

    public Sentence(int index, int start, int end, int tokenStart, int tokenEnd, List<Dependency> dependencies) {
        this.index = index;
        this.start = start;
        this.end = end;
        this.tokenStart = tokenStart;
        this.tokenEnd = tokenEnd;
        this.dependencies = List.copyOf(dependencies);
    }

    public int index() {
        return index;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public int tokenStart() {
        return tokenStart;
    }

    public int tokenEnd() {
        return tokenEnd;
    }

    public List<Dependency> dependencies() {
        return dependencies;
    }

    public boolean parsed() {
        return !dependencies.isEmpty();
    }

    public boolean containsToken(int tokenIndex) {
        return tokenStart <= tokenIndex && tokenIndex < tokenEnd;
    }

    /** The sentence's dependency tree (empty when unparsed), built once on first call; thread-safe. */
    public DependencyTree tree() {
        DependencyTree t = tree;
        if (t == null) {
            synchronized (this) {
                t = tree;
                if (t == null) {
                    t = new DependencyTree(this);
                    tree = t;
                }
            }
        }
        return t;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sentence s && index == s.index && start == s.start && end == s.end
            && tokenStart == s.tokenStart && tokenEnd == s.tokenEnd && dependencies.equals(s.dependencies);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, start, end, tokenStart, tokenEnd, dependencies);
    }

    @Override
    public String toString() {
        return "Sentence[index=" + index + ", start=" + start + ", end=" + end + ", tokenStart=" + tokenStart
            + ", tokenEnd=" + tokenEnd + ", dependencies=" + dependencies + "]";
    }
}
