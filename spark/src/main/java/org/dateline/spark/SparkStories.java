package org.dateline.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.dateline.json.RecordJson;
import org.dateline.model.ArticleRecord;
import org.dateline.story.BatchStories;
import org.dateline.story.StoryArticle;
import org.dateline.story.StoryDecision;
import org.dateline.story.StoryLink;
import org.dateline.story.StoryPass;
import org.dateline.table.StoryRows;
import org.dateline.table.StorySummary;
import scala.Tuple2;

/**
 * The job's stories: the store's story pass ({@code org.dateline.story}) run once, on the driver,
 * over the records in input order with the job's identities, each id once (the store keeps the
 * first of one id), so the job's {@code story_id}s are an export's. Records stream to the driver a
 * partition at a time; what it keeps is a profile and a {@link Placement} per article. The
 * per-story tables (stories, incidents, incident reports, claims: core's {@link StoryRows}, which
 * the export uses too) are then made on the executors, each story's records gathered by story id,
 * so no record's text stays on the driver.
 */
final class SparkStories {
    private static final TypeReference<List<StoryLink>> LINKS = new TypeReference<>() {};

    /**
     * Where the pass put one article: its story, its order in the pass, the position of the input
     * record it was decided from (a later record of the same id is left out, as the store leaves
     * it out), the links that put it there and those by which it merged stories into its own, as
     * JSON. Its story is the one its story id names at the end of the pass, as the store reads it.
     */
    record Placement(String storyId, long seq, long index, String links, String merged) implements Serializable {}

    private SparkStories() {}

    /** Each article's placement by id, from the records with their positions in input order ({@code zipWithIndex}). */
    static Map<String, Placement> place(JavaPairRDD<String, Long> indexed, Map<String, Map<String, String>> keys) {
        BatchStories batch = new BatchStories(StoryPass.standard());
        Map<String, Placement> placed = new HashMap<>();
        long seq = 0;
        Iterator<Tuple2<String, Long>> lines = indexed.toLocalIterator();
        while (lines.hasNext()) {
            Tuple2<String, Long> line = lines.next();
            ArticleRecord r = read(line._1());
            if (placed.containsKey(r.id())) {
                continue;
            }
            StoryDecision d = batch.add(new StoryArticle(r, keys.getOrDefault(r.id(), Map.of()), seq));
            placed.put(r.id(), new Placement(d.storyId(), seq, line._2(), json(d.links()), json(d.merged())));
            seq++;
        }
        placed.replaceAll((id, p) -> new Placement(batch.current(p.storyId()), p.seq(), p.index(), p.links(), p.merged()));
        return placed;
    }

    /** Each article's story id, for the {@code articles} table. */
    static Map<String, String> storyOf(Map<String, Placement> placed) {
        Map<String, String> out = new HashMap<>();
        placed.forEach((id, p) -> out.put(id, p.storyId()));
        return out;
    }

    /**
     * The rows of every per-story table, each as (table name, row), one story's made by one task
     * from its articles' records.
     */
    static JavaRDD<Tuple2<String, Row>> rows(JavaPairRDD<String, Long> indexed, Broadcast<Map<String, Placement>> placed,
                                             Broadcast<Map<String, Map<String, String>>> keys) {
        return indexed.flatMapToPair(line -> {
            ArticleRecord r = read(line._1());
            Placement p = placed.value().get(r.id());
            return p == null || p.index() != line._2() ? List.<Tuple2<String, String>>of().iterator()
                : List.of(new Tuple2<>(p.storyId(), line._1())).iterator();
        }).groupByKey().flatMap(story -> {
            List<StorySummary.Member> members = new ArrayList<>();
            for (String json : story._2()) {
                ArticleRecord r = read(json);
                Placement p = placed.value().get(r.id());
                members.add(new StorySummary.Member(r, keys.value().getOrDefault(r.id(), Map.of()), p.seq(),
                    RecordJson.mapper().readValue(p.links(), LINKS), RecordJson.mapper().readValue(p.merged(), LINKS)));
            }
            List<Tuple2<String, Row>> out = new ArrayList<>();
            StoryRows.rows(story._1(), members, (table, values) ->
                out.add(new Tuple2<>(table.name(), RowFactory.create(TableFrames.scala(values).toArray()))));
            return out.iterator();
        });
    }

    private static String json(List<StoryLink> links) {
        try {
            return RecordJson.mapper().writeValueAsString(links);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("story links always write as JSON", e);
        }
    }

    private static ArticleRecord read(String json) {
        try {
            return RecordJson.fromLine(json);
        } catch (IOException e) {
            throw new IllegalStateException("a record the chain just wrote does not read back", e);
        }
    }
}
