package org.dateline.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.dateline.identity.BatchIdentities;
import org.dateline.identity.IdentityPass;
import org.dateline.json.RecordJson;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Entity;

/**
 * The job's cross-article identities: the store's rules ({@code org.dateline.identity}) run once,
 * on the driver, over every article's entities in input order, the order {@code dateline ingest}
 * adds them, so the job's tables carry the keys an export of the same input carries. Only ids,
 * days and entities travel to the driver; its memory bounds the archive's number of entities.
 */
final class SparkIdentities {
    /** What the driver needs of one article. */
    record Slim(String id, String day, List<Entity> entities) {}

    private SparkIdentities() {}

    static Map<String, Map<String, String>> keys(JavaRDD<String> records) {
        // collect() keeps the RDD's order: partitions in input order, records in order within them
        List<String> slim = records.map(SparkIdentities::slim).collect();
        BatchIdentities batch = new BatchIdentities(IdentityPass.standard());
        for (String line : slim) {
            Slim s = read(line);
            batch.add(s.id(), s.day() == null ? null : LocalDate.parse(s.day()), s.entities());
        }
        return batch.keys();
    }

    private static String slim(String json) throws JsonProcessingException {
        ArticleRecord r = RecordJson.fromLine(json);
        String day = r.published() == null ? null : r.published().date().toString();
        return RecordJson.mapper().writeValueAsString(new Slim(r.id(), day, r.entities()));
    }

    private static Slim read(String line) {
        try {
            return RecordJson.mapper().readValue(line, Slim.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the job's own summary of a record does not read back", e);
        }
    }
}
