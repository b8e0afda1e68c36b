package org.dateline.analyze.statement;

import org.dateline.analyze.data.TsvTable;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The attribution cues of {@code cues.tsv}: which verbs report speech, and how they take content.
 * Public only for {@link #reportsSpeech}: the event stage's CAMEO pattern search stops at the clause
 * such a verb reports, so that one list says what a speech verb is.
 */
public final class CueLexicon {
    enum CueClass { CLAUSE, ADDRESSEE, MESSAGE, OBJECT, CLAIM }

    private static final CueLexicon STANDARD = load();

    private final Map<String, CueClass> cues;

    private CueLexicon(Map<String, CueClass> cues) {
        this.cues = cues;
    }

    static CueLexicon standard() {
        return STANDARD;
    }

    /** True when the verb lemma reports speech, writing or a public claim ("say", "tell", "announce"). */
    public static boolean reportsSpeech(String lemma) {
        return STANDARD.classOf(lemma) != null;
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
