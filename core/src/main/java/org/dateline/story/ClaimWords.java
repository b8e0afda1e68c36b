package org.dateline.story;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.dateline.analyze.FunctionWords;
import org.dateline.analyze.data.TsvTable;

/**
 * The words the claims stage knows: which carry no proposition, which deny or distance, and which
 * derived words are one word when two statements are compared ({@code claim-words.tsv},
 * {@code word-families.tsv}). Records carry no lemmas, so words are compared by {@link #key}: the
 * word with its inflection stripped by a few suffix rules, then its family.
 */
final class ClaimWords {
    enum Role { STOP, DENY_CUE, DENY_WORD, DISTANCING, DISTANCING_VERB, TRANSPARENT, NEGATOR }

    private static final ClaimWords STANDARD = load();

    private final Map<String, Role> roles;
    private final Map<String, String> families;

    private ClaimWords(Map<String, Role> roles, Map<String, String> families) {
        this.roles = Map.copyOf(roles);
        this.families = Map.copyOf(families);
    }

    static ClaimWords standard() {
        return STANDARD;
    }

    private static ClaimWords load() {
        Map<String, String> families = new HashMap<>();
        for (TsvTable.Row row : TsvTable.resource(ClaimWords.class, "word-families.tsv", "word", "family").rows()) {
            families.put(row.get("word"), row.get("family"));
        }
        Map<String, Role> roles = new HashMap<>();
        for (TsvTable.Row row : TsvTable.resource(ClaimWords.class, "claim-words.tsv", "word", "role").rows()) {
            Role role = row.value("role", r -> Role.valueOf(r.toUpperCase(Locale.ROOT).replace('-', '_')));
            // Stemmed as content words are, so "denied", "denies" and "deny" all find "deny".
            roles.put(stem(row.get("word")), role);
        }
        return new ClaimWords(roles, families);
    }

    /** The role of a lower-case word, or null for a word with none (a content word). */
    Role role(String lower) {
        return roles.get(stem(lower));
    }

    boolean isNegator(String lower) {
        return FunctionWords.NEGATORS.contains(lower) || lower.endsWith("n't") || role(lower) == Role.NEGATOR;
    }

    /**
     * The key two statements compare a content word by: its stem's family ("blockade", "blocked"
     * and "blocks" are all {@code block}); null for a negator, a word with a role (a stop word, and a
     * denying or distancing word, which says how a speaker holds a proposition, not which one) or
     * a word without letters.
     */
    String key(String lower) {
        if (isNegator(lower) || role(lower) != null || lower.chars().noneMatch(Character::isLetter)) {
            return null;
        }
        String family = families.get(lower);
        if (family != null) {
            return family;
        }
        String stem = stem(lower);
        return families.getOrDefault(stem, stem);
    }

    /**
     * Strips English inflection with a few suffix rules: plural and third person "-s", "-ies" and
     * "-ied" to "-y", "-ed" and "-ing" (undoubling "stopped"), and a final "e" where no "-ed" or
     * "-ing" was taken ("close" and "closed" both give "clos"). Not a lemmatiser: it only has to
     * give one word's forms one key, and two different words different keys, often enough.
     */
    static String stem(String lower) {
        String w = lower.replace('\u2019', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.length() > 4 && (w.endsWith("ies") || w.endsWith("ied"))) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        boolean suffix = false;
        if (w.length() > 5 && w.endsWith("ing")) {
            w = w.substring(0, w.length() - 3);
            suffix = true;
        } else if (w.length() > 4 && w.endsWith("ed")) {
            w = w.substring(0, w.length() - 2);
            suffix = true;
        }
        if (suffix && w.length() >= 4 && w.charAt(w.length() - 1) == w.charAt(w.length() - 2)
                && "bdgmnprt".indexOf(w.charAt(w.length() - 1)) >= 0) {
            w = w.substring(0, w.length() - 1);
        }
        if (!suffix && w.length() > 3 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
