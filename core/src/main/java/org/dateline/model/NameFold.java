package org.dateline.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How Dateline folds names: the one definition, in Java only (the web page is handed the folded
 * keys, it does not fold). There are two folds, on purpose, because they serve two purposes:
 *
 * <ul>
 *   <li>{@link #forEntityKey}: the name part of the cross-article entity key
 *       ({@code PERSON:volker turk}, docs/CONTRACT.md). Keys are stored in the index and in
 *       exported tables, and users type them, so this fold never changes: a change would orphan
 *       every stored key. It is blunt: case, diacritics, apostrophes and punctuation gone.
 *   <li>{@link #forMatching}: the words a name or phrase is matched by against the analysis
 *       lexicons (countries, organisations, role words). It is finer because matching needs more
 *       than identity: letter case is kept (so "US" is not "us"), periods join ("U.S." = "US"),
 *       a possessive is dropped ("the UN's" = "UN") and {@code &} reads "and". It may improve
 *       freely, since nothing stores its output.
 * </ul>
 * Both start the same way: Unicode compatibility forms and diacritics removed ("Türk" = "Turk").
 */
public final class NameFold {
    private NameFold() {}

    // Compiled once: every entity of every stored article and every lexicon name is folded.
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern KEY_APOSTROPHES = Pattern.compile("['’‘`]");
    private static final Pattern KEY_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}:]+");
    private static final Pattern APOSTROPHES = Pattern.compile("[\u2018\u2019\u201B\u02BB\u02BC\u2032\u00B4`]");
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}'+&]+");
    private static final Pattern LEADING_APOSTROPHES = Pattern.compile("^'+");
    private static final Pattern TRAILING_APOSTROPHES = Pattern.compile("'+$");

    /**
     * The name part of an entity key: lower case, diacritics and apostrophes removed, any run of
     * other characters but letters, digits and {@code :} one space, a leading "the " dropped
     * ("The United  Nations" = "united nations"); "" for null.
     */
    public static String forEntityKey(String name) {
        if (name == null) {
            return "";
        }
        String s = KEY_APOSTROPHES.matcher(withoutMarks(name).toLowerCase(Locale.ROOT)).replaceAll("");
        s = KEY_SEPARATORS.matcher(s).replaceAll(" ").strip();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }

    /**
     * The words {@code text} is matched by, letter case kept; empty for null or blank text.
     * Curly and other apostrophes are made straight and periods deleted; every other character
     * that is not a letter, digit, apostrophe or {@code +} splits words ("Guinea-Bissau" =
     * "Guinea Bissau"); {@code &} becomes "and"; a possessive {@code 's} or a trailing apostrophe
     * is removed from each word; a leading "the" is dropped when more words follow.
     */
    public static List<String> forMatching(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String s = APOSTROPHES.matcher(withoutMarks(text)).replaceAll("'").replace(".", "");
        for (String raw : WORD_BREAK.split(s)) {
            String w = LEADING_APOSTROPHES.matcher(raw).replaceAll("");
            if (w.endsWith("'s") || w.endsWith("'S")) {
                w = w.substring(0, w.length() - 2);
            }
            w = TRAILING_APOSTROPHES.matcher(w).replaceAll("");
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

    /** Unicode compatibility forms and combining marks (diacritics) removed. */
    private static String withoutMarks(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
    }
}
