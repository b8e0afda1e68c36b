package org.dateline.story;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dateline.analyze.data.TsvTable;

/**
 * The towns of the United States by state ({@code us-towns.tsv}: every town the Postal Service
 * files a ZIP code under), so that a report's place can be told from what the tagger also calls a
 * place but a monitor files no incident under: a neighbourhood ("North Side", "Homewood North"), a
 * shop, a person's name taken for a place. A town the list does not hold is not thereby no town (it
 * lists no town outside the United States, and no neighbourhood the Postal Service does not name),
 * so the list only orders candidates ({@link ReportPlace}), it never removes one. When the article
 * names states ({@link #statesNamed}), a town counts as known only in one of them: "Broadway" is a
 * town of Virginia, a street of Phoenix.
 *
 * <p>Names are compared folded, as news and the Postal Service spell one town differently: case,
 * "St."/"Saint", "Mt."/"Mount", "Ft."/"Fort", spaces, hyphens, full stops and apostrophes ("St.
 * Louis" and "Saint Louis", "Winston-Salem" and "Winston Salem", "Lee's Summit" and "Lees Summit",
 * "McKees Rocks" and "Mc Kees Rocks").
 */
final class KnownTowns {
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s.\\-–]+");
    private static final Pattern NO_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Map<String, String> ABBREVIATIONS = Map.of("st", "saint", "mt", "mount", "ft", "fort");
    /** Read after the patterns above, which {@link #fold} needs: folded name to its states' codes. */
    private static final Map<String, Set<String>> TOWNS = load();
    /** A state's name or AP abbreviation to its code ({@code state-codes.tsv}). */
    private static final Map<String, String> STATE_NAMES = stateNames();
    /** The names, longest first ("West Virginia" before "Virginia"), whole words; or a code after a comma ("AVONDALE, AZ"). */
    private static final Pattern STATE = Pattern.compile("(?<![\\p{L}.])(" + STATE_NAMES.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).collect(Collectors.joining("|"))
        + ")(?![\\p{L}])|, (\\p{Lu}\\p{Lu})(?![\\p{L}])");

    private KnownTowns() {}

    /** Whether the name, folded, is a town of the list in one of {@code states} (codes), in any state when none. */
    static boolean known(String name, Set<String> states) {
        Set<String> in = name == null ? null : TOWNS.get(fold(name));
        return in != null && (states.isEmpty() || in.stream().anyMatch(states::contains));
    }

    /** Whether the words are a state's name or AP abbreviation ("Georgia", "Ind."). */
    static boolean isState(String words) {
        return STATE_NAMES.containsKey(words.strip());
    }

    /** The codes of the states the text names: by name ("Utah"), AP abbreviation ("Ind."), or code after a comma ("AVONDALE, AZ"). */
    static Set<String> statesNamed(String text) {
        Set<String> states = new HashSet<>();
        Matcher m = STATE.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                states.add(STATE_NAMES.get(m.group(1)));
            } else if (ReportTown.POSTAL.contains(m.group(2))) {
                states.add(m.group(2));
            }
        }
        return states;
    }

    /** The name folded for comparison: lower case, abbreviations written out, nothing but letters and digits. */
    static String fold(String name) {
        StringBuilder folded = new StringBuilder();
        for (String word : WORD_BREAKS.split(name.strip().toLowerCase(Locale.ROOT))) {
            folded.append(ABBREVIATIONS.getOrDefault(word, word));
        }
        return NO_LETTER.matcher(folded).replaceAll("");
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> towns = new HashMap<>();
        for (TsvTable.Row row : TsvTable.resource(KnownTowns.class, "us-towns.tsv", "name", "state").rows()) {
            towns.computeIfAbsent(fold(row.get("name")), k -> new HashSet<>()).add(row.get("state"));
        }
        towns.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(towns);
    }

    private static Map<String, String> stateNames() {
        Map<String, String> names = new HashMap<>();
        for (TsvTable.Row row : TsvTable.resource(KnownTowns.class, "state-codes.tsv", "code", "state", "abbreviations").rows()) {
            names.put(row.get("state"), row.get("code"));
            TsvTable.items(row.get("abbreviations")).forEach(a -> names.put(a, row.get("code")));
        }
        return Map.copyOf(names);
    }
}
