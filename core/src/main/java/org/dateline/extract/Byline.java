package org.dateline.extract;

import java.util.List;

/**
 * What one byline line says.
 *
 * @param authors the people who wrote the piece, as the page spells them
 * @param outlet the organisation the byline names ("Reuters", "Al Jazeera"), or null
 * @param notes what the line says that has no field of its own (editors, parts not understood)
 */
record Byline(List<String> authors, String outlet, List<String> notes) {
    Byline {
        authors = List.copyOf(authors);
        notes = List.copyOf(notes);
    }
}
