package org.dateline.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Navigation over one parsed sentence's dependency edges: heads, children by relation, and the
 * token range a subtree covers. Token indices are global, as everywhere in {@link AnnotatedText}.
 */
public final class DependencyTree {
    private final Sentence sentence;
    private final Map<Integer, Dependency> incoming = new HashMap<>();
    private final Map<Integer, List<Dependency>> outgoing = new HashMap<>();

    public DependencyTree(Sentence sentence) {
        this.sentence = sentence;
        for (Dependency d : sentence.dependencies()) {
            incoming.put(d.dependent(), d);
            if (d.head() >= 0) {
                outgoing.computeIfAbsent(d.head(), k -> new ArrayList<>()).add(d);
            }
        }
    }

    public Sentence sentence() {
        return sentence;
    }

    /** The token's head, or -1 for the root (and for tokens outside the parse). */
    public int head(int token) {
        Dependency d = incoming.get(token);
        return d == null ? -1 : d.head();
    }

    /** The relation by which the token hangs from its head ("root" for the root, "" if unparsed). */
    public String relation(int token) {
        Dependency d = incoming.get(token);
        return d == null ? "" : d.relation();
    }

    public List<Integer> children(int token) {
        List<Integer> result = new ArrayList<>();
        for (Dependency d : outgoing.getOrDefault(token, List.of())) {
            result.add(d.dependent());
        }
        result.sort(Integer::compare);
        return result;
    }

    /** Children whose relation equals {@code relation} or is a subtype of it ("nsubj" finds "nsubj:pass"). */
    public List<Integer> children(int token, String relation) {
        List<Integer> result = new ArrayList<>();
        for (Dependency d : outgoing.getOrDefault(token, List.of())) {
            if (d.relation().equals(relation) || d.relation().startsWith(relation + ":")) {
                result.add(d.dependent());
            }
        }
        result.sort(Integer::compare);
        return result;
    }

    /**
     * The subjects of a predicate, active and passive ("nsubj" and its subtypes), in text order.
     * Which is which: {@link #passiveSubject}.
     */
    public List<Integer> subjects(int predicate) {
        return children(predicate, "nsubj");
    }

    /**
     * True for the subject of a passive clause ("nsubj:pass": "Baku was criticised"), the one
     * acted upon; any other subject relation is the actor's.
     */
    public boolean passiveSubject(int token) {
        return relation(token).equals("nsubj:pass");
    }

    /** The predicate whose active subject the token is ("Baku" in "Baku said"), or -1. */
    public int predicateOfSubject(int token) {
        int head = head(token);
        String rel = relation(token);
        return head >= 0 && (rel.equals("nsubj") || rel.startsWith("nsubj:")) && !passiveSubject(token) ? head : -1;
    }

    public int firstChild(int token, String relation) {
        List<Integer> c = children(token, relation);
        return c.isEmpty() ? -1 : c.get(0);
    }

    /** The first and last token of a subtree (spaCy's {@code left_edge} and {@code right_edge}). */
    public record Edges(int left, int right) {}

    /** Both edges of the subtree under {@code token}, found in one walk. */
    public Edges edges(int token) {
        return edges(token, 0);
    }

    /** True when {@code token} lies in the subtree under {@code ancestor}. */
    public boolean dominates(int ancestor, int token) {
        for (int t = token, steps = 0; t >= 0 && steps <= sentence.tokenEnd() - sentence.tokenStart(); steps++) {
            if (t == ancestor) {
                return true;
            }
            t = head(t);
        }
        return false;
    }

    /** The subtree's leftmost and rightmost tokens; the depth bound keeps a malformed (cyclic) parse finite. */
    private Edges edges(int token, int depth) {
        int left = token;
        int right = token;
        if (depth > sentence.tokenEnd() - sentence.tokenStart()) {
            return new Edges(left, right);
        }
        for (Dependency d : outgoing.getOrDefault(token, List.of())) {
            Edges e = edges(d.dependent(), depth + 1);
            left = Math.min(left, e.left());
            right = Math.max(right, e.right());
        }
        return new Edges(left, right);
    }
}
