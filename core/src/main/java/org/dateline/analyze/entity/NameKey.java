package org.dateline.analyze.entity;

import java.util.List;
import java.util.Locale;
import org.dateline.model.NameFold;

/**
 * Names as the entity stage matches them against its lexicons: the folded words of
 * {@link NameFold#forMatching} ("the UN's" = "UN", "Türkiye" = "Turkiye", "Guinea-Bissau" =
 * "Guinea Bissau"), joined, lower-cased for a key, and short acronyms told apart from words.
 * {@link #words} keeps letter case; {@link #key} lower-cases.
 */
final class NameKey {
    private NameKey() {
    }

    /** The folded words of {@code text}, letter case kept; empty for null or blank text. */
    static List<String> words(String text) {
        return NameFold.forMatching(text);
    }

    /** The folded form of {@code text} with letter case kept, words joined by single spaces. */
    static String folded(String text) {
        return String.join(" ", words(text));
    }

    /** The lower-case matching key of {@code text}; empty for null or blank text. */
    static String key(String text) {
        return lower(folded(text));
    }

    static String lower(String folded) {
        return folded.toLowerCase(Locale.ROOT);
    }

    /**
     * True for a folded name that is an acronym of at most three letters written in capitals
     * ("US", "UN", "WHO", "CAR", "G20"): such names are matched only in capitals, so that the
     * words "us", "who", "car" never match.
     */
    static boolean isShortAcronym(String folded) {
        if (folded.isEmpty() || folded.indexOf(' ') >= 0) {
            return false;
        }
        long letters = folded.codePoints().filter(Character::isLetter).count();
        return letters >= 1 && letters <= 3 && folded.equals(folded.toUpperCase(Locale.ROOT));
    }
}
