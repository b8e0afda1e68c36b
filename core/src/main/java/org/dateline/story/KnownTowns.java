package org.dateline.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.analyze.data.UsTowns;

/**
 * The towns of the United States by state ({@link UsTowns}: every town the Postal Service files
 * a ZIP code under), so that a report's place can be told from what the tagger also calls a
 * place but a monitor files no incident under: a neighbourhood ("North Side", "Homewood North"), a
 * shop, a person's name taken for a place. A town the list does not hold is not thereby no town (it
 * lists no town outside the United States, and no neighbourhood the Postal Service does not name),
 * so the list only orders candidates ({@link ReportPlace}), it never removes one. When the article
 * names states ({@link #statesNamed}), a town counts as known only in one of them: "Broadway" is a
 * town of Virginia, a street of Phoenix.
 *
 * <p>Names are compared folded ({@link UsTowns#fold}: "St. Louis" and "Saint Louis").
 */
final class KnownTowns {
    /** A word of a state's name: letters and full stops ("N.C.", "W.", "Va."). */
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}.]*");
    /** Capitalised words right after a name, one space apart: "Avenue", "Children's Hospital". */
    private static final Pattern FOLLOWING = Pattern.compile("^(?: \\p{Lu}[\\p{L}'’-]*){1,3}");
    /** The most words a state's name has ("District of Columbia"). */
    private static final int MOST_WORDS = 3;

    private KnownTowns() {}

    /** Whether the name, folded, is a town of the list in one of {@code states} (codes), in any state when none. */
    static boolean known(String name, Set<String> states) {
        Set<String> in = UsTowns.statesOf(name);
        return !in.isEmpty() && (states.isEmpty() || in.stream().anyMatch(states::contains));
    }

    /** Whether the words are a state's name or AP abbreviation ("Georgia", "Ind."). */
    static boolean isState(String words) {
        return UsTowns.stateCode(words) != null;
    }

    /** The codes of the states the text names: by name ("Utah"), AP abbreviation ("Ind."), or code after a comma ("AVONDALE, AZ"). */
    static Set<String> statesNamed(String text) {
        // word by word with a lookup (longest name first: "West Virginia" is no "Virginia"), not
        // one pattern of every name, which tried each name at each character of every report
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (m.start() == 0 || text.charAt(m.start() - 1) != '.') {
                words.add(new int[] {m.start(), m.end()});
            }
        }
        Set<String> states = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            int[] first = words.get(i);
            if (!Character.isUpperCase(text.charAt(first[0]))) {
                continue;
            }
            if (first[1] - first[0] == 2 && text.startsWith(", ", first[0] - 2) && UsTowns.POSTAL.contains(
                text.substring(first[0], first[1])) && (first[1] == text.length() || !Character.isLetter(text.charAt(first[1])))) {
                states.add(text.substring(first[0], first[1])); // "AVONDALE, AZ -"
                continue;
            }
            for (int n = Math.min(MOST_WORDS, words.size() - i); n >= 1; n--) {
                int end = words.get(i + n - 1)[1];
                String name = text.substring(first[0], end);
                if (!spacedOnce(text, words, i, n)) {
                    continue;
                }
                String code = UsTowns.stateCode(name);
                if (code == null && name.endsWith(".")) {
                    code = UsTowns.stateCode(name.substring(0, name.length() - 1)); // "Utah." ends a sentence
                }
                if (code != null) {
                    if (!nameOfAPlace(text, end)) {
                        states.add(code);
                    }
                    i += n - 1;
                    break;
                }
            }
        }
        return states;
    }

    /**
     * Whether the state's name that ends at {@code end} begins the name of a street, a site or a
     * county ({@code place-words.tsv}, {@link ReportPlace#kind}): "Pennsylvania Avenue", "Texas
     * Children's Hospital", "Washington County" name no state; up to {@link #MOST_WORDS} capitalised
     * words right after it are read, none after a full stop ("in Washington. Street vendors").
     */
    private static boolean nameOfAPlace(String text, int end) {
        if (text.charAt(end - 1) == '.') {
            return false;
        }
        Matcher following = FOLLOWING.matcher(text.substring(end, Math.min(text.length(), end + 60)));
        return following.find() && Arrays.stream(following.group().strip().split(" "))
            .anyMatch(w -> !ReportPlace.kind(w).equals("town"));
    }

    /** Whether the n words from the i-th stand one space apart. */
    private static boolean spacedOnce(String text, List<int[]> words, int i, int n) {
        for (int k = i; k < i + n - 1; k++) {
            if (words.get(k + 1)[0] != words.get(k)[1] + 1 || text.charAt(words.get(k)[1]) != ' ') {
                return false;
            }
        }
        return true;
    }
}
