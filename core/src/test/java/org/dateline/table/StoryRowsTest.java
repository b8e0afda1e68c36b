package org.dateline.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.json.RecordJson;
import org.dateline.model.ArticleRecord;
import org.dateline.story.Claim;
import org.dateline.testing.SampleStory;
import org.junit.jupiter.api.Test;

/** The per-story rows of a hand-built story told by three outlets (no store, no CoreNLP). */
class StoryRowsTest {
    private static Map<Table, List<List<Object>>> rows() throws IOException {
        List<StorySummary.Member> members = new ArrayList<>();
        List<ArticleRecord> records = SampleStory.all();
        for (int i = 0; i < records.size(); i++) {
            members.add(new StorySummary.Member(records.get(i), Map.of(), i, List.of(), List.of()));
        }
        Map<Table, List<List<Object>>> out = new LinkedHashMap<>();
        Tables.STORY_TABLES.forEach(t -> out.put(t, new ArrayList<>()));
        // handed in out of order: rows follow seq, not the order given
        StoryRows.rows("S1", List.of(members.get(2), members.get(0), members.get(1)), (t, v) -> out.get(t).add(v));
        return out;
    }

    private static Object value(Table t, List<Object> row, String column) {
        return row.get(t.columnNames().indexOf(column));
    }

    @Test
    void everyRowFitsItsTablesColumnsAndTypes() throws IOException {
        rows().forEach((table, rows) -> {
            assertThat(rows).as(table.name()).isNotEmpty();
            for (List<Object> row : rows) {
                assertThat(row).as(table.name()).hasSize(table.columns().size());
                for (int i = 0; i < row.size(); i++) {
                    Object v = row.get(i);
                    Class<?> expected = table.columns().get(i).type().javaType();
                    if (v != null) {
                        assertThat(v).as(table.name() + "." + table.columns().get(i).name()).isInstanceOf(expected);
                    }
                }
            }
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void theIncidentKeepsEachSourcesTollAndTheClaimItsSides() throws IOException {
        Map<Table, List<List<Object>>> rows = rows();
        List<String> ids = SampleStory.all().stream().map(ArticleRecord::id).toList();
        List<Object> incident = rows.get(Tables.INCIDENTS).get(0);
        Table inc = Tables.INCIDENTS;
        assertThat(rows.get(Tables.INCIDENTS)).hasSize(1);
        assertThat(value(inc, incident, "story_id")).isEqualTo("S1");
        assertThat(value(inc, incident, "article_ids")).isEqualTo(ids);
        assertThat(value(inc, incident, "killed")).isEqualTo(2L);
        assertThat(value(inc, incident, "sources")).isEqualTo(3L);
        assertThat(value(inc, incident, "outlets"))
            .isEqualTo(List.of("Sample Yerevan Courier", "Sample Baku Daily", "Sample Frontline Gazette"));
        assertThat((List<Object>) value(inc, incident, "disagreements")).contains("killed");
        var versions = RecordJson.mapper().readTree((String) value(inc, incident, "disagreement_versions"));
        assertThat(versions.findValuesAsText("field")).isEqualTo(value(inc, incident, "disagreements"));
        assertThat(rows.get(Tables.INCIDENT_REPORTS)).extracting(r -> value(Tables.INCIDENT_REPORTS, r, "killed"))
            .containsExactly(3L, 2L, 2L);
        // each party's country code stands beside its name, null where it has none
        List<Object> report = rows.get(Tables.INCIDENT_REPORTS).get(0);
        assertThat(value(Tables.INCIDENT_REPORTS, report, "recipients")).isEqualTo(List.of("civilians"));
        assertThat(value(Tables.INCIDENT_REPORTS, report, "recipient_codes")).isEqualTo(java.util.Arrays.asList((Object) null));
        assertThat(value(Tables.INCIDENT_REPORTS, report, "actor_codes")).isEqualTo(List.of());
        // regression (Spark audit): with no store's keys (the Spark job's case) a party is keyed as the
        // article's own rows key it, not null: the export and the job give the same rows
        assertThat(value(Tables.INCIDENT_REPORTS, report, "recipient_keys")).isEqualTo(List.of("GROUP:civilians"));
        List<Object> claim = rows.get(Tables.CLAIMS).get(0);
        assertThat(value(Tables.CLAIMS, claim, "proposition")).isEqualTo("blockade");
        // no store keys: speakers go by their name keys, as the articles' own rows key them
        assertThat(value(Tables.CLAIMS, claim, "asserted_by")).isEqualTo(List.of("PERSON:ararat mirzoyan"));
        assertThat(value(Tables.CLAIMS, claim, "denied_by")).isEqualTo(List.of("PERSON:ilham aliyev"));
        assertThat(value(Tables.CLAIMS, claim, "reported_by")).isEqualTo(List.of());
        assertThat(value(Tables.CLAIMS, claim, "statement_refs")).isEqualTo(List.of(ids.get(0) + "#S1", ids.get(1) + "#S1"));
        assertThat(value(Tables.CLAIMS, claim, "counters")).isEqualTo(List.of());
        assertThat(value(Tables.STORIES, rows.get(Tables.STORIES).get(0), "article_ids")).isEqualTo(ids);
    }

    /**
     * A claim's other versions of its act go to the {@code counters} column, beside its framings;
     * a claim another side counters is contested.
     */
    @Test
    void aClaimsCountersAreItsOwnColumn() {
        Claim c = new Claim("s/a#S1", "s", "troops shelled villages", false, List.of(), List.of(), List.of("s/b#S1"));
        List<Object> row = StoryRows.claimRow(c);
        assertThat(value(Tables.CLAIMS, row, "counters")).isEqualTo(List.of("s/b#S1"));
        assertThat(value(Tables.CLAIMS, row, "framings")).isEqualTo(List.of());
        assertThat(value(Tables.CLAIMS, row, "contested")).isEqualTo(true);
    }
}
