package org.dateline.story;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.analyze.data.TsvTable;

/**
 * Names of one place ({@code place-names.tsv}): "Khankendi" in an Azerbaijani outlet's report and
 * "Stepanakert" in an Armenian one's are one town, so the incident's sources agree on its place; the
 * reports keep the names they wrote, which is the framing a monitor wants to see.
 */
final class PlaceNames {
    private static final Map<String, String> SAME = load();
    private static final Set<String> KEYS = Set.copyOf(SAME.values());

    private PlaceNames() {}

    /**
     * One key for every name of a place: its names joined by {@code |} as the table lists them
     * ({@link #names} gives them back); any other folded value as it is.
     */
    static String same(String folded) {
        return SAME.getOrDefault(folded, folded);
    }

    /** The names a key of {@link #same} stands for (the value alone when it is no listed place). */
    static List<String> names(String key) {
        return KEYS.contains(key) ? TsvTable.items(key) : List.of(key);
    }

    private static Map<String, String> load() {
        TsvTable table = TsvTable.resource(PlaceNames.class, "place-names.tsv", "names", "note");
        Map<String, String> same = new HashMap<>();
        for (TsvTable.Row row : table.rows()) {
            String key = row.get("names");
            for (String name : TsvTable.items(key)) {
                if (!name.equals(Fusion.fold(name)) || same.put(name, key) != null) {
                    throw new IllegalStateException(row.where() + ": '" + name + "' is not folded or stands in two rows");
                }
            }
        }
        return Map.copyOf(same);
    }
}
