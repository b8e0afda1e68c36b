package org.dateline.analyze.data;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The towns of the United States and their states ({@code us-towns.tsv}: every town the Postal
 * Service files a ZIP code under; {@code state-codes.tsv}: each state's code, name and AP
 * abbreviations). Shared by the dateline reader, which needs to know that "DENVER" before a dash is
 * a town though the tagger saw no name in it, and the stories stage, which orders a report's places
 * by it ({@code org.dateline.story.KnownTowns}).
 *
 * <p>Names are compared folded, as news and the Postal Service spell one town differently: case,
 * "St."/"Saint", "Mt."/"Mount", "Ft."/"Fort" ({@link PlaceAbbreviations}), spaces, hyphens, full
 * stops and apostrophes ("St. Louis" and "Saint Louis", "Winston-Salem" and "Winston Salem", "Lee's
 * Summit" and "Lees Summit", "McKees Rocks" and "Mc Kees Rocks").
 */
public final class UsTowns {
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s.\\-–]+");
    private static final Pattern NO_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Read after the patterns above, which {@link #fold} needs: folded name to its states' codes. */
    private static final Map<String, Set<String>> TOWNS = towns();
    /** A state's name or AP abbreviation to its code. */
    private static final Map<String, String> STATE_NAMES = stateNames();
    /** The same, keyed in lower case: a dateline may write its state in capitals ("EL PASO, TEXAS -"). */
    private static final Map<String, String> STATE_NAMES_FOLDED = folded(STATE_NAMES);
    /** The states' two-letter postal codes ("TN", "WA"). */
    public static final Set<String> POSTAL = Set.copyOf(STATE_NAMES.values());

    private UsTowns() {}

    /** The codes of the states that have a town of this name; empty when none has. */
    public static Set<String> statesOf(String name) {
        return name == null ? Set.of() : TOWNS.getOrDefault(fold(name), Set.of());
    }

    /** The code of the state a name or AP abbreviation names ("Georgia", "Ind."), or null. */
    public static String stateCode(String words) {
        return STATE_NAMES.get(words.strip());
    }

    /** As {@link #stateCode}, whatever the case of the words ("TEXAS", "FLA."). */
    public static String stateCodeAnyCase(String words) {
        return STATE_NAMES_FOLDED.get(words.strip().toLowerCase(Locale.ROOT));
    }

    /** The name folded for comparison: lower case, abbreviations written out, nothing but letters and digits. */
    public static String fold(String name) {
        StringBuilder folded = new StringBuilder();
        for (String word : WORD_BREAKS.split(name.strip().toLowerCase(Locale.ROOT))) {
            folded.append(PlaceAbbreviations.WORDS.getOrDefault(word, word));
        }
        return NO_LETTER.matcher(folded).replaceAll("");
    }

    private static Map<String, Set<String>> towns() {
        Map<String, Set<String>> towns = new HashMap<>();
        for (TsvTable.Row row : TsvTable.resource(UsTowns.class, "us-towns.tsv", "name", "state").rows()) {
            towns.computeIfAbsent(fold(row.get("name")), k -> new HashSet<>()).add(row.get("state"));
        }
        towns.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(towns);
    }

    private static Map<String, String> folded(Map<String, String> names) {
        Map<String, String> out = new HashMap<>();
        names.forEach((name, code) -> out.put(name.toLowerCase(Locale.ROOT), code));
        return Map.copyOf(out);
    }

    private static Map<String, String> stateNames() {
        Map<String, String> names = new HashMap<>();
        for (TsvTable.Row row : TsvTable.resource(UsTowns.class, "state-codes.tsv", "code", "state", "abbreviations").rows()) {
            names.put(row.get("state"), row.get("code"));
            TsvTable.items(row.get("abbreviations")).forEach(a -> names.put(a, row.get("code")));
        }
        return Map.copyOf(names);
    }
}
