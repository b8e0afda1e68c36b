package org.dateline.extract;

import java.util.List;
import org.dateline.model.Published;

/**
 * One timestamp read off a page line.
 *
 * @param value the time, or null when the page only gave a relative one ("3 hours ago")
 * @param relative the relative wording when {@code value} is null, else null
 * @param raw the text the stamp was read from, for warnings
 * @param notes doubts found while reading it (ambiguous zone, two dates on one line, ...)
 */
record Stamp(Kind kind, Published value, String relative, String raw, List<String> notes) {
    enum Kind { PUBLISHED, UPDATED }

    Stamp {
        notes = List.copyOf(notes);
    }

    Stamp withKind(Kind k) {
        return new Stamp(k, value, relative, raw, notes);
    }
}
