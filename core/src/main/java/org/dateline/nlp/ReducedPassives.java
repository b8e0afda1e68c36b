package org.dateline.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.dateline.analyze.data.TsvTable;

/**
 * Passives written without their auxiliary: "Four men shot Wednesday night in Chicago", "At least
 * two people shot", "Three soldiers killed in Tavush". CoreNLP parses such a clause as active, its
 * subject an {@code nsubj}, so every later stage read the victims as the doers. After parsing, the
 * subject of a verb of {@code reduced-passives.tsv} is relabelled {@code nsubj:pass} when the clause
 * shows none of the marks of an active one: the verb is a past form (VBD or VBN) with no auxiliary,
 * no object other than an adjective ("shot dead"), no clausal complement, no subordinating word
 * ("after two men shot"), is no relative clause ("the man he shot"), shares no object with a verb
 * coordinated with it or right after its "and" ("Brian Harleman shot and killed Samantha Carpenter",
 * where the parser hangs the object on "killed" and "killed" on "said"), has no aim ("shot at
 * vehicles", "shot into a crowd") nor an adverb of a shooter ("shot first", "shot back"), and every
 * subject is a noun or number that is not a doer word of the table ("The officer shot several
 * times" stays active).
 */
final class ReducedPassives {
    private static final TsvTable TABLE = TsvTable.resource(ReducedPassives.class, "reduced-passives.tsv", "word", "kind");
    private static final Set<String> VERBS = words("verb");
    private static final Set<String> DOERS = words("doer");
    private static final Set<String> AIMS = words("aim");
    private static final Set<String> ADVERBS = words("adverb");
    /** Children that make the clause active or finite, whatever its subject. */
    private static final Set<String> ACTIVE_MARKS = Set.of("aux", "aux:pass", "iobj", "ccomp", "mark", "expl");
    private static final Set<String> SUBJECT_TAGS = Set.of("NN", "NNS", "NNP", "NNPS", "CD");

    private ReducedPassives() {}

    private static Set<String> words(String kind) {
        return TABLE.rows().stream().filter(r -> r.get("kind").equals(kind))
            .map(r -> r.get("word").toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** The edges of one sentence with the subjects of its reduced passives relabelled; the same list when there is none. */
    static List<Dependency> relabel(List<Dependency> edges, List<Token> tokens) {
        List<Dependency> out = null;
        for (int i = 0; i < edges.size(); i++) {
            Dependency d = edges.get(i);
            if (d.relation().equals("nsubj") && reduced(d.head(), edges, tokens)) {
                if (out == null) {
                    out = new ArrayList<>(edges);
                }
                out.set(i, new Dependency(d.head(), d.dependent(), "nsubj:pass"));
            }
        }
        return out == null ? edges : out;
    }

    private static boolean reduced(int verb, List<Dependency> edges, List<Token> tokens) {
        Token v = tokens.get(verb);
        if (!(v.pos().equals("VBD") || v.pos().equals("VBN")) || !VERBS.contains(v.foldedLemma())) {
            return false;
        }
        // "Clifford Blanchard shot and killed his wife": the parser may hang "killed" on another verb
        int next = verb + 2;
        if (next < tokens.size() && tokens.get(verb + 1).pos().equals("CC") && tokens.get(next).isVerb()
            && tokens.get(next).sentence() == v.sentence() && hasChild(edges, tokens, next, "obj", null)) {
            return false;
        }
        for (Dependency d : edges) {
            if (d.dependent() == verb && d.relation().startsWith("acl")) {
                return false; // "the man he shot": the noun it hangs on is its object
            }
            if (d.head() != verb) {
                continue;
            }
            String rel = d.relation();
            Token child = tokens.get(d.dependent());
            if (ACTIVE_MARKS.contains(rel) || rel.equals("obj") && !child.pos().startsWith("JJ")) {
                return false;
            }
            if (rel.startsWith("nsubj") && (!SUBJECT_TAGS.contains(child.pos()) || DOERS.contains(child.foldedLemma()))) {
                return false;
            }
            if (rel.equals("advmod") && ADVERBS.contains(child.foldedLemma())
                || rel.equals("obl") && hasChild(edges, tokens, d.dependent(), "case", AIMS)
                || rel.equals("conj") && hasChild(edges, tokens, d.dependent(), "obj", null)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code head} has a child of {@code relation}, one of {@code lemmas} when they are given. */
    private static boolean hasChild(List<Dependency> edges, List<Token> tokens, int head, String relation, Set<String> lemmas) {
        return edges.stream().anyMatch(e -> e.head() == head && e.relation().equals(relation)
            && (lemmas == null || lemmas.contains(tokens.get(e.dependent()).foldedLemma())));
    }

}
