package org.dateline.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.json.RecordJson;
import org.dateline.model.ArticleRecord;
import org.dateline.story.Incident;
import org.dateline.story.Incidents;

/**
 * What incident fusion makes of each article's casualty counts when the article is the only
 * source of its incident (scripts/eval-casualties.sh): each record is a story of its own, and
 * the incident {@link Incidents#of} lists first (the one the cross-document scorer takes among
 * incidents of as many sources) gives the article's killed and injured, with the report rules
 * (largest count, injured less the dead, an implied 0) applied as the store applies them. Not a
 * test: it reads shared data the test suite must not.
 *
 * <p>Usage: {@code CasualtyReports RECORDS.jsonl OUT.tsv} (OUT: input path, killed, injured; empty
 * for null).
 */
public final class CasualtyReports {
    private CasualtyReports() {}

    public static void main(String[] args) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                ArticleRecord r = RecordJson.fromLine(line);
                List<Incident> incidents = Incidents.of(r.id(), List.of(NameKeyed.article(r, 0)));
                Incident first = incidents.isEmpty() ? null : incidents.get(0);
                out.write(r.input().path() + "\t" + text(first == null ? null : first.killed()) + "\t"
                    + text(first == null ? null : first.injured()) + "\n");
            }
        }
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }
}
