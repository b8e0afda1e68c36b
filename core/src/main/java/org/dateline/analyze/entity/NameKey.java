package org.dateline.analyze.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Folds a name or phrase into the words it is matched by, so that spelling variants that do not
 * change the meaning meet in one key.
 *
 * <p>Folding: Unicode compatibility forms and diacritics removed ("Türkiye" = "Turkiye");
 * curly and other apostrophes made straight; periods deleted ("U.S." = "US"); every other
 * character that is not a letter, digit, apostrophe or {@code +} splits words (hyphens, commas,
 * slashes, brackets: "Guinea-Bissau" = "Guinea Bissau"); {@code &} becomes "and"; a possessive
 * {@code 's} or a trailing apostrophe is removed from each word ("the UN's" = "UN",
 * "Philippines'" = "Philippines"); a leading "the" is dropped when more words follow.
 * {@link #words} keeps letter case; {@link #key} lower-cases.
 */
final class NameKey {
    private NameKey() {
    }

    /** The folded words of {@code text}, letter case kept; empty for null or blank text. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.replaceAll("[\u2018\u2019\u201B\u02BB\u02BC\u2032\u00B4`]", "'").replace(".", "");
        for (String raw : s.split("[^\\p{L}\\p{N}'+&]+")) {
            String w = raw.replaceAll("^'+", "");
            if (w.endsWith("'s") || w.endsWith("'S")) {
                w = w.substring(0, w.length() - 2);
            }
            w = w.replaceAll("'+$", "");
            if (w.equals("&")) {
                w = "and";
            }
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        if (words.size() > 1 && words.get(0).equalsIgnoreCase("the")) {
            words.remove(0);
        }
        return words;
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
