package org.dateline.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dateline.json.RecordJson;
import org.dateline.model.ArticleRecord;
import org.dateline.table.Table;
import org.dateline.table.Tables;
import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Core's tables ({@link Tables}, which {@code dateline export} writes too) as Spark data frames:
 * the same columns and rows, flattened by the same code, plus {@code published_date}
 * (yyyy-MM-dd of the page's own published time, null when unknown) to partition by.
 */
final class TableFrames {
    static final String DATE = "published_date";

    private TableFrames() {}

    /**
     * The rows of one table from the analysed records, each a contract record as a JSON line, with
     * entities under the keys {@code keys} gives them by article and per-article id ({@link SparkIdentities}).
     */
    static Dataset<Row> of(SparkSession spark, JavaRDD<String> records, Table table, Broadcast<Map<String, Map<String, String>>> keys) {
        return of(spark, records, table, keys, null);
    }

    /** As above, each article in the story {@code stories} gives it by article id (null: none). */
    static Dataset<Row> of(SparkSession spark, JavaRDD<String> records, Table table, Broadcast<Map<String, Map<String, String>>> keys,
                           Broadcast<Map<String, String>> stories) {
        String name = table.name(); // the closure ships a name, not the table
        JavaRDD<Row> rows = records.flatMap(json -> {
            ArticleRecord r = RecordJson.fromLine(json);
            String story = stories == null ? null : stories.value().get(r.id());
            return rows(r, Tables.named(name), keys.value().getOrDefault(r.id(), Map.of()), story).iterator();
        });
        return spark.createDataFrame(rows, schema(table));
    }

    /**
     * A per-story table ({@code stories}, {@code incidents}, {@code incident_reports},
     * {@code claims}: core's {@link org.dateline.table.StoryRows}) from the rows
     * {@link SparkStories#rows} made, not partitioned: a story spans days.
     */
    static Dataset<Row> perStory(SparkSession spark, JavaRDD<Tuple2<String, Row>> rows, Table table) {
        String name = table.name(); // the closure ships a name, not the table
        List<StructField> fields = new ArrayList<>();
        for (Table.Column c : table.columns()) {
            fields.add(DataTypes.createStructField(c.name(), type(c.type()), true));
        }
        return spark.createDataFrame(rows.filter(t -> t._1().equals(name)).map(Tuple2::_2),
            DataTypes.createStructType(fields));
    }

    static List<Object> scala(List<Object> values) {
        List<Object> row = new ArrayList<>();
        for (Object v : values) {
            // Spark's row encoder takes lists as Scala sequences only.
            row.add(v instanceof List<?> list ? CollectionConverters.asScala(list).toSeq() : v);
        }
        return row;
    }

    static StructType schema(Table table) {
        List<StructField> fields = new ArrayList<>();
        for (Table.Column c : table.columns()) {
            fields.add(DataTypes.createStructField(c.name(), type(c.type()), true));
        }
        fields.add(DataTypes.createStructField(DATE, DataTypes.StringType, true));
        return DataTypes.createStructType(fields);
    }

    private static DataType type(Table.Type type) {
        return switch (type) {
            case VARCHAR -> DataTypes.StringType;
            case BIGINT -> DataTypes.LongType;
            case DOUBLE -> DataTypes.DoubleType;
            case BOOLEAN -> DataTypes.BooleanType;
            case LIST -> DataTypes.createArrayType(DataTypes.StringType, true);
        };
    }

    static List<Row> rows(ArticleRecord record, Table table, Map<String, String> entityKeys, String storyId) {
        String date = record.published() == null ? null : record.published().date().toString();
        List<Row> rows = new ArrayList<>();
        try {
            Tables.rows(record, entityKeys, storyId, (t, values) -> {
                if (t.equals(table)) {
                    List<Object> row = scala(values);
                    row.add(date);
                    rows.add(RowFactory.create(row.toArray()));
                }
            });
        } catch (java.io.IOException e) {
            throw new IllegalStateException("collecting rows in memory cannot fail", e);
        }
        return rows;
    }
}
