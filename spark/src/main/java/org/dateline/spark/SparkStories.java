package org.dateline.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.dateline.json.RecordJson;
import org.dateline.model.ArticleRecord;
import org.dateline.story.BatchStories;
import org.dateline.story.StoryArticle;
import org.dateline.story.StoryDecision;
import org.dateline.story.StoryPass;
import org.dateline.table.StorySummary;

/**
 * The job's stories: the store's story pass ({@code org.dateline.story}) run once, on the driver,
 * over the records in input order with the job's identities, each id once (the store keeps the
 * first of one id), so the job's {@code story_id}s and {@code stories} rows are an export's.
 * Records stream to the driver a partition at a time; what it keeps is a profile per article and,
 * for the stories table, each record without its text.
 */
final class SparkStories {
    /** Each article's story, and each story's summary in the order stories began. */
    record Result(Map<String, String> storyOf, List<StorySummary> stories) {}

    private SparkStories() {}

    static Result of(JavaRDD<String> records, Map<String, Map<String, String>> keys) {
        BatchStories batch = new BatchStories(StoryPass.standard());
        Map<String, String> storyOf = new HashMap<>();
        Map<String, List<StorySummary.Member>> members = new LinkedHashMap<>();
        long seq = 0;
        Iterator<String> lines = records.toLocalIterator();
        while (lines.hasNext()) {
            ArticleRecord r = read(lines.next());
            if (storyOf.containsKey(r.id())) {
                continue;
            }
            Map<String, String> k = keys.getOrDefault(r.id(), Map.of());
            StoryDecision d = batch.add(new StoryArticle(r, k, seq));
            storyOf.put(r.id(), d.storyId());
            ArticleRecord slim = new ArticleRecord(r.schema(), r.id(), r.input(), r.url(), r.source(), r.title(),
                r.authors(), r.published(), r.language(), "", r.entities(), List.of(), List.of(), r.events(),
                List.of(), r.duplicateOf());
            members.computeIfAbsent(d.storyId(), x -> new ArrayList<>())
                .add(new StorySummary.Member(slim, k, seq, d.links()));
            seq++;
        }
        List<StorySummary> stories = new ArrayList<>();
        members.forEach((id, m) -> stories.add(StorySummary.of(id, m)));
        return new Result(storyOf, stories);
    }

    private static ArticleRecord read(String json) {
        try {
            return RecordJson.fromLine(json);
        } catch (IOException e) {
            throw new IllegalStateException("a record the chain just wrote does not read back", e);
        }
    }
}
