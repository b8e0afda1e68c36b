package org.dateline.analyze.statement;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        try (InputStream in = CueLexicon.class.getResourceAsStream("cues.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource cues.tsv");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t");
                cues.put(f[0], CueClass.valueOf(f[1].toUpperCase(Locale.ROOT)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CueLexicon(Map.copyOf(cues));
    }
}
