package org.dateline.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.json.RecordJson;
import org.dateline.model.ArticleRecord;
import org.junit.jupiter.api.Test;

/** One record flattened: every table's rows line up with its columns, each value of its column's type. */
class TablesTest {
    /** A WARC record with one fact of each kind, the statement's speaker and the event's actor resolved. */
    static final String RECORD = """
        {"schema": "dateline/1", "id": "abc",
         "input": {"path": "crawl.warc.gz", "format": "warc", "warc": {"file": "crawl.warc.gz", "offset": 1234, "length": 567}},
         "url": "https://news.example/1", "source": {"name": "AzerNews", "domain": "azernews.az", "handles": []},
         "title": "Talks", "authors": [{"name": "Sabina Mammadli", "handle": null, "bio": null}],
         "published": "2023-03-01T14:07:00+04:00", "language": "en",
         "text": "Elnur Mammadov met Volker Türk on February 28. He said talks were useful.",
         "entities": [{"id": "E1", "name": "Elnur Mammadov", "type": "PERSON", "titles": ["Deputy Foreign Minister"],
                       "code": "AZE", "sector": "GOV", "organization": null,
                       "mentions": [{"start": 0, "end": 14, "text": "Elnur Mammadov"}, {"start": 47, "end": 49, "text": "He"}]},
                      {"id": "E2", "name": "Volker Türk", "type": "PERSON", "titles": [], "code": "IGO", "sector": null,
                       "organization": null, "mentions": [{"start": 19, "end": 30, "text": "Volker Türk"}]}],
         "dates": [{"start": 34, "end": 45, "text": "February 28", "type": "DATE", "value": "2023-02-28"}],
         "statements": [{"id": "S1", "speaker": "E1", "source": {"start": 47, "end": 49, "text": "He"},
                         "cue": {"start": 50, "end": 54, "text": "said"},
                         "content": {"start": 55, "end": 72, "text": "talks were useful"},
                         "kind": "indirect", "date": null, "framing": []}],
         "events": [{"id": "V1", "type": "CONSULT", "mode": null, "context": [], "actors": ["E1"], "recipients": ["E2"],
                     "date": {"value": "2023-02-28", "text": "February 28"}, "location": null, "factuality": "asserted",
                     "claimedBy": null, "trigger": {"start": 15, "end": 18, "text": "met"},
                     "evidence": {"start": 0, "end": 46, "text": "Elnur Mammadov met Volker Türk on February 28."},
                     "confidence": 0.8}],
         "warnings": [], "duplicateOf": null}
        """;

    /** A shelling with both taxonomies and both counts, one of them words without a number. */
    static final String SHELLING = """
        {"schema": "dateline/1", "id": "def", "input": null, "url": null, "source": null, "title": null, "authors": [],
         "published": null, "language": "en",
         "text": "Shelling killed at least two civilians in Tartar on Monday, and dozens were wounded.",
         "entities": [], "dates": [], "statements": [],
         "events": [{"id": "V1", "type": "ASSAULT", "mode": null, "context": ["military"],
                     "acled": {"disorderType": "Political violence", "eventType": "Explosions/Remote violence",
                               "subEventType": "Shelling/artillery/missile attack"},
                     "actors": [], "recipients": [], "date": null, "location": null,
                     "fatalities": {"value": 2, "evidence": {"start": 9, "end": 38, "text": "killed at least two civilians"}},
                     "injured": {"value": null, "evidence": {"start": 64, "end": 83, "text": "dozens were wounded"}},
                     "factuality": "asserted", "claimedBy": null, "trigger": {"start": 0, "end": 8, "text": "Shelling"},
                     "evidence": {"start": 0, "end": 84, "text": "Shelling killed at least two civilians in Tartar on Monday, and dozens were wounded."},
                     "confidence": 0.7}],
         "warnings": [], "duplicateOf": null}
        """;

    private static Map<String, List<Map<String, Object>>> flatten(ArticleRecord record) throws IOException {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        Tables.rows(record, (table, values) -> {
            assertThat(values).hasSameSizeAs(table.columns());
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                row.put(table.columns().get(i).name(), values.get(i));
            }
            tables.computeIfAbsent(table.name(), n -> new ArrayList<>()).add(row);
        });
        return tables;
    }

    @Test
    void everyKindBecomesRowsOfItsTable() throws IOException {
        var tables = flatten(RecordJson.fromLine(RECORD));

        assertThat(tables.keySet()).containsExactly("articles", "entities", "dates", "statements", "events");
        assertThat(tables.get("entities")).hasSize(2);
        assertThat(tables.get("entities").get(0)).containsEntry("entity_key", "PERSON:elnur mammadov")
            .containsEntry("mentions", 2L).containsEntry("naming", "name");
        assertThat(tables.get("dates").get(0)).containsEntry("start", 34L).containsEntry("value", "2023-02-28");
        assertThat(tables.get("statements").get(0)).containsEntry("speaker_key", "PERSON:elnur mammadov")
            .containsEntry("content_text", "talks were useful");
        assertThat(tables.get("events").get(0)).containsEntry("recipient_keys", List.of("PERSON:volker turk"))
            .containsEntry("confidence", 0.8);
    }

    @Test
    void anEntitySaysHowTheArticleRefersToIt() throws IOException {
        String record = RECORD
            .replace("\"sector\": \"GOV\", \"organization\": null,",
                "\"sector\": \"GOV\", \"organization\": null, \"nominal\": true,")
            .replace("\"organization\": null, \"mentions\": [{\"start\": 19",
                "\"organization\": null, \"unnamed\": true, \"mentions\": [{\"start\": 19");
        var entities = flatten(RecordJson.fromLine(record)).get("entities");

        assertThat(entities.get(0)).containsEntry("naming", "nominal");
        assertThat(entities.get(1)).containsEntry("naming", "unnamed")
            .containsEntry("entity_key", "PERSON:volker turk@abc.E2");
    }

    @Test
    void anEventCarriesItsAcledNamesAndItsCountsWithTheirWords() throws IOException {
        Map<String, Object> event = flatten(RecordJson.fromLine(SHELLING)).get("events").get(0);

        assertThat(event).containsEntry("acled_disorder_type", "Political violence")
            .containsEntry("acled_event_type", "Explosions/Remote violence")
            .containsEntry("acled_sub_event_type", "Shelling/artillery/missile attack")
            .containsEntry("fatalities", 2L).containsEntry("fatalities_text", "killed at least two civilians")
            .containsEntry("injured", null).containsEntry("injured_text", "dozens were wounded");
    }

    @Test
    void anEventOutsideAcledWithoutCountsHasNullsThere() throws IOException {
        Map<String, Object> event = flatten(RecordJson.fromLine(RECORD)).get("events").get(0);

        assertThat(event).containsEntry("acled_disorder_type", null).containsEntry("acled_event_type", null)
            .containsEntry("acled_sub_event_type", null).containsEntry("fatalities", null)
            .containsEntry("fatalities_text", null).containsEntry("injured", null).containsEntry("injured_text", null);
    }

    @Test
    void theWarcLocatorIsAColumnTripleOfTheArticle() throws IOException {
        Map<String, Object> article = flatten(RecordJson.fromLine(RECORD)).get("articles").get(0);

        assertThat(article).containsEntry("input_path", "crawl.warc.gz").containsEntry("input_format", "warc")
            .containsEntry("warc_file", "crawl.warc.gz").containsEntry("warc_offset", 1234L)
            .containsEntry("warc_length", 567L).containsEntry("authors", List.of("Sabina Mammadli"));
    }

    @Test
    void valuesAreOfTheirColumnsTypeSoEveryWriterCanTrustIt() throws IOException {
        for (String json : List.of(RECORD, SHELLING)) {
            Tables.rows(RecordJson.fromLine(json), (table, values) -> {
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    Class<?> expected = table.columns().get(i).type().javaType();
                    assertThat(v == null || expected.isInstance(v))
                        .as(table.name() + "." + table.columns().get(i).name() + " = " + v).isTrue();
                }
            });
        }
    }

    @Test
    void aTableIsFoundByItsName() {
        assertThat(Tables.named("dates")).isSameAs(Tables.DATES);
        assertThat(Tables.ALL).extracting(Table::name).doesNotHaveDuplicates();
    }
}
