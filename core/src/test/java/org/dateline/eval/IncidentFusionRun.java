package org.dateline.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.json.RecordJson;
import org.dateline.model.ArticleRecord;
import org.dateline.story.Incident;
import org.dateline.story.Incidents;
import org.dateline.story.StoryArticle;

/**
 * Measures incident fusion alone (scripts/eval-incidents.sh): reads dateline/1 records and a
 * grouping of their URLs into stories (the gold's, an oracle), runs {@link Incidents#of} on each
 * story and writes the export tables the cross-document scorer reads ({@code articles.jsonl},
 * {@code stories.jsonl}, {@code incidents.jsonl} with each incident's sources and disagreements).
 * Not a test: it reads shared data the test suite must not.
 *
 * <p>Usage: {@code IncidentFusionRun RECORDS.jsonl GROUPS.tsv OUT_DIR} (GROUPS: url TAB story id).
 */
public final class IncidentFusionRun {
    private IncidentFusionRun() {}

    public static void main(String[] args) throws IOException {
        Map<String, String> group = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length == 2) {
                group.put(f[0], f[1]);
            }
        }
        Map<String, List<StoryArticle>> stories = new LinkedHashMap<>();
        Path out = Files.createDirectories(Path.of(args[2]));
        ObjectMapper json = RecordJson.mapper();
        long seq = 0;
        try (BufferedWriter articles = Files.newBufferedWriter(out.resolve("articles.jsonl"))) {
            for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                ArticleRecord r = RecordJson.fromLine(line);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("article_id", r.id());
                row.put("url", r.url());
                articles.write(json.writeValueAsString(row) + "\n");
                String story = group.get(r.url());
                if (story != null) {
                    stories.computeIfAbsent(story, k -> new ArrayList<>()).add(NameKeyed.article(r, seq));
                }
                seq++;
            }
        }
        int count = 0;
        try (BufferedWriter storyOut = Files.newBufferedWriter(out.resolve("stories.jsonl"));
             BufferedWriter incidentOut = Files.newBufferedWriter(out.resolve("incidents.jsonl"))) {
            for (Map.Entry<String, List<StoryArticle>> s : stories.entrySet()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("story_id", s.getKey());
                row.put("article_ids", s.getValue().stream().map(StoryArticle::id).distinct().toList());
                storyOut.write(json.writeValueAsString(row) + "\n");
                for (Incident i : Incidents.of(s.getKey(), s.getValue())) {
                    Map<String, Object> inc = new LinkedHashMap<>();
                    inc.put("incident_id", i.id());
                    inc.put("story_id", i.storyId());
                    inc.put("family", i.family());
                    inc.put("type", i.type());
                    inc.put("mode", i.mode());
                    inc.put("acled_sub_event_type", i.acledSubEventType());
                    inc.put("date", i.date());
                    inc.put("location", i.location());
                    inc.put("killed", i.killed());
                    inc.put("injured", i.injured());
                    inc.put("article_ids", i.articleIds());
                    inc.put("event_refs", i.eventRefs());
                    inc.put("sources", i.sources());
                    inc.put("disagreements", i.disagreements());
                    inc.put("basis", i.basis());
                    incidentOut.write(json.writeValueAsString(inc) + "\n");
                    count++;
                }
            }
        }
        System.err.println("incidents: " + stories.size() + " stories, " + count + " incidents -> " + out);
    }
}
