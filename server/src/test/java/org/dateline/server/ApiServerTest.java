package org.dateline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.dateline.json.RecordJson;
import org.dateline.model.AcledDisorderType;
import org.dateline.model.AcledEventType;
import org.dateline.model.AcledSubEventType;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Vocabularies;
import org.dateline.store.testing.SampleRecords;
import org.dateline.story.Incidents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API over a real server on a loopback port. */
class ApiServerTest {
    @TempDir
    static Path dir;
    static TestServer t;

    @BeforeAll
    static void start() throws Exception {
        t = new TestServer(dir);
    }

    @AfterAll
    static void stop() throws Exception {
        t.close();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return RecordJson.mapper().readTree(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void searchAnswersTotalAndHits() throws Exception {
        HttpResponse<String> r = t.get("/api/v1/search?q=blockade");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode body = json(r);
        assertThat(body.get("total").asLong()).isEqualTo(2);
        assertThat(body.get("hits")).hasSize(2);
        assertThat(body.get("facets").get("type")).isNotEmpty();
    }

    @Test
    void searchAndEventAnswersSayWhetherTheirCountsAreEstimatesAsDocumented() throws Exception {
        JsonNode schemas = json(t.get("/api/v1/openapi.json")).get("components").get("schemas");
        Map<String, String> answers = Map.of("/api/v1/search?q=blockade", "SearchResult", "/api/v1/events", "EventResult");
        for (Map.Entry<String, String> a : answers.entrySet()) {
            JsonNode body = json(t.get(a.getKey()));
            assertThat(body.get("estimated").isBoolean()).as(a.getKey()).isTrue();
            assertThat(body.get("estimated").asBoolean()).as("a small store is counted exactly").isFalse();
            Set<String> fields = new HashSet<>();
            body.fieldNames().forEachRemaining(fields::add);
            Set<String> documented = new HashSet<>();
            schemas.get(a.getValue()).get("properties").fieldNames().forEachRemaining(documented::add);
            assertThat(fields).as(a.getValue()).isEqualTo(documented);
        }
    }

    @Test
    void searchFiltersRepeat() throws Exception {
        JsonNode body = json(t.get("/api/v1/search?type=CONSULT&type=PROTEST"));
        assertThat(body.get("total").asLong()).isEqualTo(2);
        assertThat(json(t.get("/api/v1/search?actor=AZE&factuality=reported&from=2023-01-01")).get("total").asLong()).isEqualTo(1);
    }

    /**
     * An article's answer is described by the OpenAPI document at every level: the document gave
     * ArticleRecord five of its sixteen fields and nothing of its entities, dates or statements.
     */
    @Test
    void articleAnswersHoldOnlyDocumentedFieldsAtEveryLevel() throws Exception {
        JsonNode schemas = json(t.get("/api/v1/openapi.json")).get("components").get("schemas");
        for (ArticleRecord r : SampleRecords.all()) {
            assertDocumented(schemas, "ArticleRecord", json(t.get("/api/v1/articles/" + r.id())), r.input().path());
        }
    }

    /**
     * Every field of {@code value} is a property of schema {@code name} and every required property
     * is there, and so on down every {@code $ref} (of a property or of an array's items).
     */
    private static void assertDocumented(JsonNode schemas, String name, JsonNode value, String path) {
        if (value == null || value.isNull()) {
            return;
        }
        JsonNode schema = schemas.get(name);
        assertThat(schema).as(path + ": no schema " + name).isNotNull();
        JsonNode properties = schema.get("properties");
        Set<String> documented = new HashSet<>();
        properties.fieldNames().forEachRemaining(documented::add);
        Set<String> fields = new HashSet<>();
        value.fieldNames().forEachRemaining(fields::add);
        assertThat(documented).as(path + " (" + name + ")").containsAll(fields);
        schema.path("required").forEach(r -> assertThat(fields).as(path + " (" + name + ") requires").contains(r.asText()));
        for (String f : fields) {
            JsonNode p = properties.get(f);
            if (p.has("$ref")) {
                assertDocumented(schemas, schemaOf(p), value.get(f), path + "." + f);
            } else if (p.has("items") && p.get("items").has("$ref")) {
                int i = 0;
                for (JsonNode item : value.get(f)) {
                    assertDocumented(schemas, schemaOf(p.get("items")), item, path + "." + f + "[" + i++ + "]");
                }
            }
        }
    }

    private static String schemaOf(JsonNode ref) {
        return ref.get("$ref").asText().substring("#/components/schemas/".length());
    }

    @Test
    void articleRoundTripsTheRecord() throws Exception {
        ArticleRecord lachin = SampleRecords.lachin();
        HttpResponse<String> r = t.get("/api/v1/articles/" + lachin.id());
        assertThat(r.statusCode()).isEqualTo(200);
        ObjectNode body = (ObjectNode) json(r);
        JsonNode keys = body.remove("entityKeys");
        // the first article of its story: the story has its id
        assertThat(body.remove("storyId").asText()).isEqualTo(lachin.id());
        assertThat(RecordJson.mapper().treeToValue(body, ArticleRecord.class)).isEqualTo(lachin);
        assertThat(keys.size()).isEqualTo(lachin.entities().size());
    }

    @Test
    void articlesCarryTheirEntitiesKeysSoThePageNeedNotFoldNames() throws Exception {
        ArticleRecord council = SampleRecords.council();
        JsonNode keys = json(t.get("/api/v1/articles/" + council.id())).get("entityKeys");
        assertThat(keys.get("E1").asText()).isEqualTo("PERSON:volker turk");
    }

    @Test
    void entityPagesTakeEncodedKeys() throws Exception {
        JsonNode body = json(t.get("/api/v1/entities/" + enc("PERSON:volker turk").replace("+", "%20")));
        assertThat(body.get("name").asText()).startsWith("Volker T");
        assertThat(body.get("articles").asInt()).isEqualTo(2);
        assertThat(body.get("events")).hasSize(2);
    }

    @Test
    void eventsAndTimeline() throws Exception {
        JsonNode events = json(t.get("/api/v1/events?type=ACCUSE"));
        assertThat(events.get("total").asLong()).isEqualTo(2);
        assertThat(events.get("events").get(0).get("claimedBy").get("name").asText()).isEqualTo("Nikol Pashinyan");
        JsonNode weeks = json(t.get("/api/v1/timeline?interval=week"));
        assertThat(weeks.get("interval").asText()).isEqualTo("week");
        assertThat(weeks.get("total").asLong()).isEqualTo(7);
        assertThat(json(t.get("/api/v1/timeline?interval=month")).get("interval").asText()).isEqualTo("month");
        // The fixture's events span days, so auto answers with days, and says so.
        JsonNode auto = json(t.get("/api/v1/timeline?interval=auto"));
        assertThat(auto.get("interval").asText()).isEqualTo("day");
        // a handful of events are all drawn
        assertThat(auto.get("outside").asLong()).isZero();
        assertThat(auto.get("outsideEarliest").isNull()).isTrue();
        JsonNode schemas = json(t.get("/api/v1/openapi.json")).get("components").get("schemas");
        assertDocumented(schemas, "Timeline", auto, "/api/v1/timeline");
        Set<String> fields = new HashSet<>();
        auto.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrderElementsOf(() -> schemas.get("Timeline").get("properties").fieldNames());
    }

    @Test
    void errorsAreProblemDocuments() throws Exception {
        for (Map.Entry<String, Integer> c : Map.of(
                "/api/v1/articles/nope", 404,
                "/api/v1/entities/PERSON:nobody", 404,
                "/api/v1/search?from=yesterday", 400,
                "/api/v1/search?limit=100000", 400,
                "/api/v1/search?from=2023-02-01&to=2023-01-01", 400,
                "/api/v1/timeline?interval=year", 400,
                "/api/v1/nothing-here", 404).entrySet()) {
            HttpResponse<String> r = t.get(c.getKey());
            assertThat(r.statusCode()).as(c.getKey()).isEqualTo(c.getValue());
            assertThat(r.headers().firstValue("Content-Type")).as(c.getKey()).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
            assertThat(json(r).get("status").asInt()).isEqualTo(c.getValue());
        }
        assertThat(json(t.get("/api/v1/search?from=yesterday")).get("detail").asText()).contains("from");
    }

    @Test
    void vocabularyValuesAreReadInAnyCase() throws Exception {
        assertThat(json(t.get("/api/v1/search?type=consult")).get("total").asLong()).isEqualTo(1);
        assertThat(json(t.get("/api/v1/events?factuality=Reported")).get("total").asLong()).isEqualTo(2);
    }

    @Test
    void sectorFiltersByAnyActorsSectorInAnyCase() throws Exception {
        // GOV: Pashinyan and Mammadov (two articles, four events as actor or recipient); CVL: the eco-activists'
        // protest and the shelled civilians
        assertThat(json(t.get("/api/v1/search?sector=gov")).get("total").asLong()).isEqualTo(2);
        assertThat(json(t.get("/api/v1/events?sector=Gov")).get("total").asLong()).isEqualTo(4);
        JsonNode cvl = json(t.get("/api/v1/events?sector=cvl"));
        assertThat(cvl.get("total").asLong()).isEqualTo(2);
        assertThat(cvl.get("events").get(0).get("event").get("type").asText()).isEqualTo("PROTEST");
        assertThat(json(t.get("/api/v1/timeline?sector=CVL")).get("total").asLong()).isEqualTo(2);
        assertThat(json(t.get("/api/v1/search?sector=mil")).get("total").asLong()).isZero();
        assertThat(json(t.get("/api/v1/events?sector=cvl&sector=gov&type=PROTEST")).get("total").asLong()).isEqualTo(1);
        assertThat(json(t.get("/api/v1/events")).get("facets").get("sector").get(0).get("value").asText()).isEqualTo("GOV");
    }

    @Test
    void acledFiltersByEventTypeInAnyCaseAndBySubEventType() throws Exception {
        JsonNode protests = json(t.get("/api/v1/search?acled=Protests"));
        assertThat(protests.get("total").asLong()).isEqualTo(1);
        assertThat(protests.get("hits").get(0).get("title").asText()).isEqualTo("Activists keep the Lachin road closed");
        JsonNode remote = json(t.get("/api/v1/events?acled=" + enc("explosions/remote violence")));
        assertThat(remote.get("total").asLong()).isEqualTo(1);
        JsonNode event = remote.get("events").get(0).get("event");
        assertThat(event.get("acled").get("subEventType").asText()).isEqualTo("Shelling/artillery/missile attack");
        assertThat(event.get("fatalities").get("value").asInt()).isEqualTo(2);
        assertThat(event.get("fatalities").get("evidence").get("text").asText()).isEqualTo("killed at least two civilians");
        assertThat(event.get("injured").get("value").isNull()).isTrue();
        assertThat(json(t.get("/api/v1/events?acled=BATTLES")).get("total").asLong()).isZero();
        assertThat(json(t.get("/api/v1/events?acled=protests&acled=" + enc("Explosions/Remote violence")))
            .get("total").asLong()).isEqualTo(2);
        assertThat(json(t.get("/api/v1/timeline?acled=protests")).get("total").asLong()).isEqualTo(1);
        assertThat(json(t.get("/api/v1/search?acledSubEvent=" + enc("peaceful PROTEST"))).get("total").asLong()).isEqualTo(1);
        assertThat(json(t.get("/api/v1/events?acled=protests&acledSubEvent=" + enc("Air/drone strike")))
            .get("total").asLong()).isZero();
    }

    @Test
    void anUnknownAcledTypeIsAProblemListingTheAllowedOnes() throws Exception {
        for (Map.Entry<String, String> c : Map.of(
                "/api/v1/search?acled=Battle", "unknown ACLED event type 'Battle'; allowed: Battles, Explosions/Remote "
                    + "violence, Violence against civilians, Protests, Riots, Strategic developments",
                "/api/v1/events?acled=protests&acled=shelling", "unknown ACLED event type 'shelling'; allowed: Battles,",
                "/api/v1/timeline?acledSubEvent=airstrike",
                "unknown ACLED sub-event type 'airstrike'; allowed: Armed clash, Government regains territory,").entrySet()) {
            HttpResponse<String> r = t.get(c.getKey());
            assertThat(r.statusCode()).as(c.getKey()).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type")).as(c.getKey())
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
            assertThat(json(r).get("detail").asText()).as(c.getKey()).startsWith(c.getValue());
        }
    }

    @Test
    void searchResponsesFacetTheAcledEventTypes() throws Exception {
        JsonNode facets = json(t.get("/api/v1/search")).get("facets");
        assertThat(facets.get("acled").findValuesAsText("value"))
            .containsExactly("Explosions/Remote violence", "Protests");
        assertThat(facets.get("acled").get(0).get("count").asLong()).isEqualTo(1);
        assertThat(facets.get("acledSubEvent").findValuesAsText("value"))
            .containsExactly("Peaceful protest", "Shelling/artillery/missile attack");
        assertThat(json(t.get("/api/v1/events?q=Talysh")).get("facets").get("acled").findValuesAsText("value"))
            .containsExactly("Explosions/Remote violence");
    }

    @Test
    void anUnknownVocabularyValueIsAProblemListingTheAllowedOnes() throws Exception {
        for (Map.Entry<String, String> c : Map.of(
                "/api/v1/search?type=PROTES", "unknown event type 'PROTES'; allowed: AGREE, CONSULT, SUPPORT,",
                "/api/v1/events?type=CONSULT&type=meeting", "unknown event type 'meeting'; allowed: AGREE, CONSULT,",
                "/api/v1/timeline?type=riot", "unknown event type 'riot'; allowed: AGREE,",
                "/api/v1/search?factuality=rumoured",
                "unknown factuality 'rumoured'; allowed: asserted, reported, future, hypothetical, negated, historical",
                "/api/v1/search?sector=ARMY", "unknown sector 'ARMY'; allowed: GOV, MIL, COP, JUD, LEG, ELI, PTY,",
                "/api/v1/events?sector=gov&sector=army", "unknown sector 'army'; allowed: GOV, MIL,",
                "/api/v1/timeline?sector=ARMY", "unknown sector 'ARMY'; allowed: GOV,",
                "/api/v1/timeline?interval=year", "unknown interval 'year'; allowed: day, week, month, auto").entrySet()) {
            HttpResponse<String> r = t.get(c.getKey());
            assertThat(r.statusCode()).as(c.getKey()).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type")).as(c.getKey())
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
            assertThat(json(r).get("detail").asText()).as(c.getKey()).startsWith(c.getValue());
        }
    }

    @Test
    void theOpenApiDocumentListsTheAcledParametersAndFieldsWithEveryValue() throws Exception {
        JsonNode doc = json(t.get("/api/v1/openapi.json"));
        for (String path : new String[] {"/api/v1/search", "/api/v1/events", "/api/v1/timeline"}) {
            Map<String, String> described = new java.util.HashMap<>();
            doc.get("paths").get(path).get("get").get("parameters")
                .forEach(p -> described.put(p.get("name").asText(), p.path("description").asText()));
            assertThat(described.get("acled")).as(path)
                .contains(Vocabularies.wireNames(AcledEventType.class));
            assertThat(described.get("acledSubEvent")).as(path)
                .contains(Vocabularies.wireNames(AcledSubEventType.class));
        }
        JsonNode schemas = doc.get("components").get("schemas");
        JsonNode acled = schemas.get("Acled").get("properties");
        assertThat(texts(acled.get("disorderType").get("enum"))).isEqualTo(Vocabularies.wireNames(AcledDisorderType.class));
        assertThat(texts(acled.get("eventType").get("enum"))).isEqualTo(Vocabularies.wireNames(AcledEventType.class));
        assertThat(texts(acled.get("subEventType").get("enum"))).isEqualTo(Vocabularies.wireNames(AcledSubEventType.class));
        JsonNode event = schemas.get("Event").get("properties");
        Set<String> fields = new HashSet<>();
        event.fieldNames().forEachRemaining(fields::add);
        Set<String> recordFields = new HashSet<>();
        for (var c : org.dateline.model.Event.class.getRecordComponents()) {
            recordFields.add(c.getName());
        }
        assertThat(fields).isEqualTo(recordFields);
        assertThat(event.get("fatalities").get("$ref").asText()).isEqualTo("#/components/schemas/Count");
    }

    private static java.util.List<String> texts(JsonNode array) {
        java.util.List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void thereAreNoWriteRoutes() throws Exception {
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
            HttpResponse<String> r = t.send(HttpRequest.newBuilder(URI.create(t.base() + "/api/v1/search"))
                .method(method, HttpRequest.BodyPublishers.ofString("{}")).build());
            assertThat(r.statusCode()).as(method).isIn(404, 405);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        }
    }

    @Test
    void requestsAreSizeLimited() throws Exception {
        assertThat(t.get("/api/v1/search?q=" + "a".repeat(600)).statusCode()).isEqualTo(400);
        assertThat(t.get("/api/v1/search?q=" + "a".repeat(20_000)).statusCode()).isIn(414, 431);
        HttpResponse<String> big = t.send(HttpRequest.newBuilder(URI.create(t.base() + "/api/v1/search"))
            .method("GET", HttpRequest.BodyPublishers.ofString("x".repeat(100_000))).build());
        assertThat(big.statusCode()).isEqualTo(413);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/", "/app.js", "/app.css", "/api/v1/search?q=x", "/api/v1/articles/nope"}) {
            HttpResponse<String> r = t.get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path)
                .hasValueSatisfying(v -> assertThat(v).contains("default-src 'self'").doesNotContain("unsafe"));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        }
        assertThat(t.get("/").body()).contains("<script src=\"app.js\"").doesNotContain("<script>");
    }

    @Test
    void theOpenApiDocumentDescribesExactlyTheRegisteredRoutes() throws Exception {
        JsonNode doc = json(t.get("/api/v1/openapi.json"));
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        Set<String> documented = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> p = paths.next();
            p.getValue().fieldNames().forEachRemaining(m -> documented.add(m + " " + p.getKey()));
        }
        Set<String> registered = new HashSet<>();
        t.server.routes().forEach(r -> registered.add(r.method() + " " + r.path()));
        assertThat(documented).isEqualTo(registered);
        // And each documented path answers (a 404 here would mean a typo in both places).
        String id = SampleRecords.meeting().id();
        String shelling = SampleRecords.shelling().id();
        for (String route : registered) {
            // an article id is also the id of the story it started; the shelling is an incident
            String ref = route.contains("/incidents/") ? Incidents.idOf(shelling, shelling, "V1") : id;
            String path = route.substring(4).replace("{id}", ref).replace("{key}", enc("PERSON:elnur mammadov").replace("+", "%20"));
            assertThat(t.get(path).statusCode()).as(path).isEqualTo(200);
        }
    }
}
