package org.dateline.analyze.statement;

import org.dateline.analyze.data.TsvTable;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The attribution cues of {@code cues.tsv}: which verbs report speech, and how they take content. */
final class CueLexicon {
    enum CueClass { CLAUSE, ADDRESSEE, MESSAGE, OBJECT }

    private static final CueLexicon STANDARD = load();

    private final Map<String, CueClass> cues;

    private CueLexicon(Map<String, CueClass> cues) {
        this.cues = cues;
    }

    static CueLexicon standard() {
        return STANDARD;
    }

    /** The cue class of a verb lemma, or null when it is no attribution cue. */
    CueClass classOf(String lemma) {
        return cues.get(lemma.toLowerCase(Locale.ROOT));
    }

    private static CueLexicon load() {
        Map<String, CueClass> cues = new HashMap<>();
        for (TsvTable.Row row : TsvTable.resource(CueLexicon.class, "cues.tsv", "lemma", "class").rows()) {
            cues.put(row.get("lemma"), CueClass.valueOf(row.get("class").toUpperCase(Locale.ROOT)));
        }
        return new CueLexicon(Map.copyOf(cues));
    }
}
