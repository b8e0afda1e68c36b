package org.dateline.analyze.event;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.analyze.data.TsvTable;
import org.dateline.model.EventMode;
import org.dateline.model.EventType;

/**
 * PLOVER modes read from the words around a trigger ({@code modes.tsv}) when the trigger word
 * itself does not fix one: "attacked ... with drones" is aerial, "aid" with "food" humanitarian.
 */
final class ModeCues {
    private record Cue(EventMode mode, Set<String> words) {}

    private static final ModeCues STANDARD = load();

    private final Map<EventType, List<Cue>> cues;

    private ModeCues(Map<EventType, List<Cue>> cues) {
        this.cues = cues;
    }

    static ModeCues standard() {
        return STANDARD;
    }

    /** The first mode cued in the phrase, else the first cued in the sentence, else null. */
    EventMode mode(EventType type, Set<String> phrase, Set<String> sentence) {
        for (Set<String> words : List.of(phrase, sentence)) {
            for (Cue c : cues.getOrDefault(type, List.of())) {
                if (words.stream().anyMatch(c.words()::contains)) {
                    return c.mode();
                }
            }
        }
        return null;
    }

    private static ModeCues load() {
        Map<EventType, List<Cue>> cues = new EnumMap<>(EventType.class);
        for (TsvTable.Row f : TsvTable.resource(ModeCues.class, "modes.tsv", "type", "mode", "cues").rows()) {
            EventType type = f.value("type", EventType::fromWire);
            EventMode mode = f.value("mode", EventMode::fromWire);
            if (!type.modes().contains(mode)) {
                throw new IllegalStateException("modes.tsv: " + f.get("mode") + " is no PLOVER mode of " + type);
            }
            cues.computeIfAbsent(type, k -> new ArrayList<>()).add(new Cue(mode, Set.copyOf(f.items("cues"))));
        }
        return new ModeCues(cues);
    }
}
