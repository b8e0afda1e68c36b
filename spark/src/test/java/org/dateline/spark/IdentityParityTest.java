package org.dateline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.dateline.json.RecordJson;
import org.dateline.model.Article;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.InputRef;
import org.dateline.model.Published;
import org.dateline.model.Sector;
import org.dateline.model.Source;
import org.dateline.model.TextIndex;
import org.dateline.store.Store;
import org.dateline.store.StoreWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job gives the same cross-article identities as a store that added the same articles in the same order. */
class IdentityParityTest {
    @TempDir
    Path tmp;

    private static ArticleRecord said(String file, String day, String name, String code, Sector sector, String text) {
        int c = text.indexOf(name);
        Entity e = new Entity("E1", name, EntityType.PERSON, code == null ? List.of() : List.of("Deputy Foreign Minister"),
            code, sector, null, List.of(new TextIndex(text).spanOfChars(c, c + name.length())));
        Article a = new Article(InputRef.of(file, InputRef.Format.TEXT), null, new Source("Sample Wire", null, List.of()),
            text, List.of(), Published.parse(day + "T10:00:00Z"), "en", text, List.of());
        return ArticleRecord.of(a, List.of(e), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aSurnameBeforeItsFullNameIsOnePersonInBoth() throws IOException {
        List<ArticleRecord> records = List.of(
            said("a.txt", "2023-02-27", "Mammadov", null, null, "Mammadov said the road was open."),
            said("b.txt", "2023-02-28", "Elnur Mammadov", "AZE", Sector.GOV, "Deputy Foreign Minister Elnur Mammadov said so."),
            said("c.txt", "2023-03-01", "John Smith", "USA", Sector.LEG, "John Smith said so."),
            said("d.txt", "2023-03-02", "John Smith", "GBR", Sector.BUS, "John Smith of the bank said so."));
        try (StoreWriter w = StoreWriter.open(tmp.resolve("store"))) {
            for (ArticleRecord r : records) {
                w.put(r);
            }
        }
        var rdd = JavaSparkContext.fromSparkContext(LocalSpark.get().sparkContext())
            .parallelize(records.stream().map(RecordJson::toLine).toList(), 2);
        Map<String, Map<String, String>> job = SparkIdentities.keys(rdd);
        try (Store store = Store.open(tmp.resolve("store"))) {
            for (ArticleRecord r : records) {
                assertThat(job.get(r.id())).isEqualTo(store.entityKeys(r.id()));
            }
        }
        assertThat(job.get(records.get(0).id())).containsEntry("E1", "PERSON:elnur mammadov");
        assertThat(job.get(records.get(3).id())).containsEntry("E1", "PERSON:john smith:gbr");
    }
}
