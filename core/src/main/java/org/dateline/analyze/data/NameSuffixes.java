package org.dateline.analyze.data;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words after a person's surname that are not the surname ({@code name-suffixes.tsv}: "Jr.",
 * "III"): "Robert Lee Adams Jr." is an Adams to the entity stage's grouping and to the stories
 * stage's surnames alike.
 */
public final class NameSuffixes {
    private static final Pattern TRAILING_STOPS = Pattern.compile("[.,]+$");
    private static final Set<String> WORDS = Set.copyOf(
        TsvTable.resource(NameSuffixes.class, "name-suffixes.tsv", "word").rows().stream().map(row -> row.get("word")).toList());

    private NameSuffixes() {}

    /** Whether the word, case folded and without its trailing full stops or commas ("Jr.,"), is a suffix. */
    public static boolean is(String word) {
        return WORDS.contains(TRAILING_STOPS.matcher(word.toLowerCase(Locale.ROOT)).replaceAll(""));
    }
}
