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
 * a copy of the first. Only the records whose id changes are parsed and written again.
 */
final class SparkPublications {
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
            if (!placed.id().equals(k._2()[0])) {
                copyOf.put(k._1(), placed.copyOf());
            }
        }
        if (copyOf.isEmpty()) {
            return records;
        }
        Broadcast<Map<Long, String>> changed = context.broadcast(copyOf);
        return indexed.map(t -> {
            String first = changed.value().get(t._2());
            return first == null ? t._1() : RecordJson.toLine(RecordJson.fromLine(t._1()).asPublication(first));
        });
    }
}
