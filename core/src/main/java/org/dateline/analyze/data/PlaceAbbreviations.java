package org.dateline.analyze.data;

import java.util.HashMap;
import java.util.Map;
import org.dateline.model.EntityType;

/**
 * The first word of a place's name as written in full ({@code place-abbreviations.tsv}): "mt sinai
 * hospital" and "mount sinai hospital" are one name, so their entities join one identity (the
 * identity stage's rule {@code JoinRule.SPELLING}, the key staying the first name as written), and
 * the stories stage and the US towns' list ({@link UsTowns}) read towns the same way ("Ft.
 * Lauderdale" and "Fort Lauderdale" agree on an incident's place).
 */
public final class PlaceAbbreviations {
    /** Abbreviation (folded) to the word it stands for: "st" to "saint". */
    public static final Map<String, String> WORDS = load();

    private PlaceAbbreviations() {}

    /**
     * {@code folded} (a name folded by {@code NameFold.forEntityKey}) with its first word written
     * in full when it names a place or an organisation; as it is otherwise.
     */
    public static String inFull(EntityType type, String folded) {
        if (type != EntityType.LOCATION && type != EntityType.ORGANIZATION) {
            return folded;
        }
        int space = folded.indexOf(' ');
        String word = space < 0 ? null : WORDS.get(folded.substring(0, space));
        return word == null ? folded : word + folded.substring(space);
    }

    private static Map<String, String> load() {
        Map<String, String> words = new HashMap<>();
        for (TsvTable.Row row : TsvTable.resource(PlaceAbbreviations.class, "place-abbreviations.tsv", "abbreviation", "word").rows()) {
            String abbreviation = row.get("abbreviation");
            // folded as names are (lower-case letters): Fusion reads them into a pattern, UsTowns word by word
            if (!abbreviation.matches("\\p{Ll}+") || !row.get("word").matches("\\p{Ll}+")
                || words.put(abbreviation, row.get("word")) != null) {
                throw new IllegalStateException(row.where() + ": '" + abbreviation + "' is not folded or stands in two rows");
            }
        }
        return Map.copyOf(words);
    }
}
