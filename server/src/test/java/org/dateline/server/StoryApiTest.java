package org.dateline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.json.RecordJson;
import org.dateline.model.ArticleRecord;
import org.dateline.store.testing.SampleRecords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stories, incidents and claims over a real server, on the sample records and a shooting near
 * Stepanakert told by an outlet of each side (hand-built: no CoreNLP).
 */
class StoryApiTest {
    @TempDir
    static Path dir;
    static TestServer t;
    static ArticleRecord yerevan = StorySamples.armenianReport();
    static ArticleRecord baku = StorySamples.azerbaijaniReport();

    @BeforeAll
    static void start() throws Exception {
        List<ArticleRecord> records = new ArrayList<>(SampleRecords.all());
        records.addAll(StorySamples.shooting());
        t = new TestServer(dir, records);
    }

    @AfterAll
    static void stop() throws Exception {
        t.close();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return RecordJson.mapper().readTree(r.body());
    }

    @Test
    void dump() throws Exception {
        System.out.println(t.get("/api/v1/stories").body());
        System.out.println(t.get("/api/v1/stories/" + yerevan.id()).body());
        System.out.println(t.get("/api/v1/search?q=Stepanakert").body());
    }
}
