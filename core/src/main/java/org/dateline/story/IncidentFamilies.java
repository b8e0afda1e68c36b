package org.dateline.story;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.dateline.analyze.data.TsvTable;
import org.dateline.model.Event;

/**
 * Which events may be fused into one incident, and whether their own date words date it and their
 * parties are its: the family of each event type and mode, from {@code incident-families.tsv} (why
 * each family is one, there).
 */
final class IncidentFamilies {
    /** The family of events that are no happening an incident fuses. */
    static final String NONE = "none";
    /** The family of harm done (a shooting's "shot", "killed", "opened fire"): a story's main happening. */
    static final String VIOLENCE = "violence";
    private static final Map<String, Row> ROWS = load();

    private IncidentFamilies() {}

    /** The event's family: its type and mode's row, else its type's "*" row, else the type's own name. */
    static String of(Event e) {
        Row row = row(e);
        return row == null ? e.type().name().toLowerCase(Locale.ROOT) : row.family;
    }

    /**
     * Whether the event's own date words are the incident's day: not an investigation's ("police
     * said Monday they are investigating"), a later act about the happening it joins. True for a
     * type not listed.
     */
    static boolean dates(Event e) {
        Row row = row(e);
        return row == null || row.dates;
    }

    /**
     * Whether the event's actors and recipients are the incident's parties: not an investigation's
     * (the police who investigate a shooting did not act in it). True for a type not listed.
     */
    static boolean parties(Event e) {
        Row row = row(e);
        return row == null || row.parties;
    }

    private static Row row(Event e) {
        String type = e.type().name();
        if (e.mode() != null) {
            Row byMode = ROWS.get(type + "/" + e.mode().wireName());
            if (byMode != null) {
                return byMode;
            }
        }
        return ROWS.get(type + "/*");
    }

    private record Row(String family, boolean dates, boolean parties) {}

    private static Map<String, Row> load() {
        TsvTable table = TsvTable.resource(IncidentFamilies.class, "incident-families.tsv", "type", "mode", "family",
            "dates", "parties");
        Map<String, Row> rows = new HashMap<>();
        for (TsvTable.Row row : table.rows()) {
            rows.put(row.get("type") + "/" + row.get("mode"),
                new Row(row.get("family"), yes(row, "dates"), yes(row, "parties")));
        }
        return Map.copyOf(rows);
    }

    private static boolean yes(TsvTable.Row row, String column) {
        String value = row.get(column);
        if (!value.equals("yes") && !value.equals("no")) {
            throw new IllegalStateException("incident-families.tsv: " + column + " must be yes or no, not " + value);
        }
        return value.equals("yes");
    }
}
