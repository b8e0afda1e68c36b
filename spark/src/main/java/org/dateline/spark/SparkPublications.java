package org.dateline.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.dateline.json.RecordJson;
import org.dateline.model.ArticleRecord;
import org.dateline.pipeline.Publications;
import scala.Tuple2;

/**
 * Gives each publication of a body the id the CLI gives it (core's {@link Publications}, in input
 * order on the driver): the same body under another site or title becomes an article of its own,
 * a copy of the first; a publication read again (the same page twice in an archive) is kept once,
 * as {@code dateline ingest} stores it once, so the job's tables are an export's. Only the records
 * whose id changes are parsed and written again.
 */
final class SparkPublications {
    /** Marks an input that repeats a publication read before: not a record id (ids are hex). */
    private static final String REPEAT = "repeat";

    private SparkPublications() {}

    static JavaRDD<String> ids(JavaSparkContext context, JavaRDD<String> records) {
        JavaPairRDD<String, Long> indexed = records.zipWithIndex();
        List<Tuple2<Long, String[]>> keys = new ArrayList<>(indexed.map(t -> {
            ArticleRecord r = RecordJson.fromLine(t._1());
            return new Tuple2<>(t._2(), new String[] {r.id(), r.publicationKey()});
        }).collect());
        keys.sort(Comparator.comparing(Tuple2::_1));
        Publications publications = new Publications();
        Map<Long, String> copyOf = new HashMap<>();
        for (Tuple2<Long, String[]> k : keys) {
            Publications.Placed placed = publications.place(k._2()[0], k._2()[1]);
            if (placed.id().equals(placed.copyOf())) {
                copyOf.put(k._1(), REPEAT);
            } else if (!placed.id().equals(k._2()[0])) {
                copyOf.put(k._1(), placed.copyOf());
            }
        }
        if (copyOf.isEmpty()) {
            return records;
        }
        long repeats = copyOf.values().stream().filter(REPEAT::equals).count();
        if (repeats > 0) {
            System.err.println("dateline: " + repeats + (repeats == 1 ? " input repeats" : " inputs repeat")
                + " a publication read before (the same body, site and title): kept once, as `dateline ingest` stores it");
        }
        Broadcast<Map<Long, String>> changed = context.broadcast(copyOf);
        return indexed.filter(t -> !REPEAT.equals(changed.value().get(t._2()))).map(t -> {
            String first = changed.value().get(t._2());
            return first == null ? t._1() : RecordJson.toLine(RecordJson.fromLine(t._1()).asPublication(first));
        });
    }
}
