package org.dateline.identity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dateline.analyze.data.TsvTable;
import org.dateline.analyze.FunctionWords;

/**
 * Whether a role named in one article ("deputy foreign minister", "high commissioner for human
 * rights") is a title a person holds in another ("Deputy Foreign Minister", "High Commissioner").
 * A role is held when every content word of the shorter names is in the longer one, and when the
 * title carries no rank word (the entity lexicon's {@code rank-word} rows: deputy, former, acting...) that the role
 * lacks, and the reverse: the foreign minister is not the deputy foreign minister.
 */
public final class RoleMatch {
    private static final Set<String> FUNCTION_WORDS = FunctionWords.union(
        List.of(FunctionWords.ARTICLES, FunctionWords.PREPOSITIONS_AND_CONJUNCTIONS));
    private final Set<String> ranks = new HashSet<>();

    RoleMatch(TsvTable table) {
        for (TsvTable.Row row : table.require("category", "word").rows()) {
            if (row.get("category").equals("rank-word")) {
                ranks.add(row.get("word"));
            }
        }
    }

    private static final class Holder {
        // the entity stage's own list: one definition of what makes another office, in and across articles
        static final RoleMatch INSTANCE = new RoleMatch(
            TsvTable.resource(RoleMatch.class, "/org/dateline/analyze/entity/entity-lexicon.tsv"));
    }

    public static RoleMatch standard() {
        return Holder.INSTANCE;
    }

    /** Whether the folded role and the folded title name one office. */
    public boolean matches(String role, String title) {
        Set<String> r = content(role);
        Set<String> t = content(title);
        if (r.isEmpty() || t.isEmpty()) {
            return false;
        }
        Set<String> shorter = r.size() <= t.size() ? r : t;
        Set<String> longer = shorter == r ? t : r;
        if (!longer.containsAll(shorter)) {
            return false;
        }
        for (String w : longer) {
            if (ranks.contains(w) && !shorter.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The word that says what the office is, by which roles are looked up: the last content word
     * before any preposition ("minister" of "deputy foreign minister" and of "minister of foreign
     * affairs", "commissioner" of "high commissioner for human rights").
     */
    public String head(String title) {
        String[] words = title.split(" ");
        int end = words.length;
        for (int i = 1; i < words.length; i++) {
            if (FUNCTION_WORDS.contains(words[i])) {
                end = i;
                break;
            }
        }
        for (int i = end - 1; i >= 0; i--) {
            if (!FUNCTION_WORDS.contains(words[i]) && !ranks.contains(words[i])) {
                return words[i];
            }
        }
        return words[words.length - 1];
    }

    private Set<String> content(String folded) {
        Set<String> words = new HashSet<>();
        for (String w : folded.split(" ")) {
            if (!w.isEmpty() && !FUNCTION_WORDS.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }
}
