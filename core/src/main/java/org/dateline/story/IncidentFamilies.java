package org.dateline.story;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.dateline.analyze.data.TsvTable;
import org.dateline.model.Event;

/**
 * Which events may be fused into one incident: the family of each event type and mode, from
 * {@code incident-families.tsv} (why each family is one, there).
 */
final class IncidentFamilies {
    /** The family of events that are no happening an incident fuses. */
    static final String NONE = "none";
    private static final Map<String, String> FAMILY = load();

    private IncidentFamilies() {}

    /** The event's family: its type and mode's row, else its type's "*" row, else the type's own name. */
    static String of(Event e) {
        String type = e.type().name();
        if (e.mode() != null) {
            String byMode = FAMILY.get(type + "/" + e.mode().wireName());
            if (byMode != null) {
                return byMode;
            }
        }
        return FAMILY.getOrDefault(type + "/*", type.toLowerCase(Locale.ROOT));
    }

    private static Map<String, String> load() {
        TsvTable table = TsvTable.resource(IncidentFamilies.class, "incident-families.tsv", "type", "mode", "family");
        Map<String, String> family = new HashMap<>();
        for (TsvTable.Row row : table.rows()) {
            family.put(row.get("type") + "/" + row.get("mode"), row.get("family"));
        }
        return Map.copyOf(family);
    }
}
