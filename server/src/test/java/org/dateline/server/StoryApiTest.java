package org.dateline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.json.RecordJson;
import org.dateline.model.ArticleRecord;
import org.dateline.store.testing.SampleRecords;
import org.dateline.testing.MergingStory;
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
    /** A shooting first told in two stories, merged by a later report; its eight unrelated reports are one story. */
    static List<ArticleRecord> merging = MergingStory.all("2016-03-11");
    /** The stories of {@link #merging}: its background and its shooting (the merged id is no story of its own). */
    static final int MERGING_STORIES = 2;

    @BeforeAll
    static void start() throws Exception {
        List<ArticleRecord> records = new ArrayList<>(SampleRecords.all());
        records.addAll(StorySamples.shooting());
        records.addAll(merging);
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

    private static JsonNode problem(String path, int status) throws Exception {
        HttpResponse<String> r = t.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).as(path)
            .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        return RecordJson.mapper().readTree(r.body());
    }

    /** The story of the shooting: the first report started it, so its id is that article's. */
    private static String storyId() {
        return yerevan.id();
    }

    private static JsonNode story() throws Exception {
        return json(t.get("/api/v1/stories/" + storyId()));
    }

    private static ArticleRecord record(String id) {
        return id.equals(yerevan.id()) ? yerevan : id.equals(baku.id()) ? baku : null;
    }

    @Test
    void storiesAreListedNewestFirstAndPaged() throws Exception {
        JsonNode all = json(t.get("/api/v1/stories"));
        assertThat(all.get("total").asInt()).isEqualTo(SampleRecords.all().size() + 1 + MERGING_STORIES);
        JsonNode stories = all.get("stories");
        assertThat(stories).hasSize(all.get("total").asInt());
        for (int i = 1; i < stories.size(); i++) {
            assertThat(stories.get(i - 1).get("lastPublished").asText())
                .isGreaterThanOrEqualTo(stories.get(i).get("lastPublished").asText());
        }
        JsonNode shooting = stories.get(1);
        assertThat(shooting.get("storyId").asText()).isEqualTo(storyId());
        assertThat(shooting.get("articles").asInt()).isEqualTo(2);
        assertThat(shooting.get("sources")).extracting(JsonNode::asText).containsExactly(StorySamples.YEREVAN, StorySamples.BAKU);

        JsonNode page = json(t.get("/api/v1/stories?offset=1&limit=1"));
        assertThat(page.get("total").asInt()).isEqualTo(all.get("total").asInt());
        assertThat(page.get("stories")).hasSize(1);
        assertThat(page.get("stories").get(0)).isEqualTo(shooting);
    }

    @Test
    void storiesFilterByAnEntityOfAnyArticleAndByPublishedDay() throws Exception {
        JsonNode named = json(t.get("/api/v1/stories?entity=PERSON:anar%20eyvazov"));
        assertThat(named.get("stories")).extracting(s -> s.get("storyId").asText()).containsExactly(storyId());
        JsonNode days = json(t.get("/api/v1/stories?from=2023-03-02&to=2023-03-06"));
        assertThat(days.get("stories")).extracting(s -> s.get("storyId").asText()).containsExactly(storyId());
        assertThat(json(t.get("/api/v1/stories?entity=")).get("total").asInt())
            .isEqualTo(SampleRecords.all().size() + 1 + MERGING_STORIES);
        problem("/api/v1/stories?from=soon", 400);
        problem("/api/v1/stories?limit=101", 400);
    }

    @Test
    void aStoryShowsItsArticlesWithTheLinksThatJoinedThem() throws Exception {
        JsonNode s = story();
        assertThat(s.get("title").asText()).isEqualTo(yerevan.title());
        assertThat(s.get("titleRule").asText()).isNotBlank();
        assertThat(s.get("firstPublished").asText()).isEqualTo("2023-03-06");
        assertThat(s.get("days").asInt()).isEqualTo(1);
        JsonNode articles = s.get("articles");
        assertThat(articles).extracting(a -> a.get("articleId").asText()).containsExactly(yerevan.id(), baku.id());
        assertThat(articles.get(0).get("source").asText()).isEqualTo(StorySamples.YEREVAN);
        assertThat(articles.get(0).get("links")).isEmpty();
        JsonNode link = articles.get(1).get("links").get(0);
        assertThat(link.get("articleId").asText()).isEqualTo(yerevan.id());
        assertThat(link.get("shared")).extracting(JsonNode::asText).contains("place LOCATION:stepanakert");
    }

    @Test
    void aStoryCarriesItsIncidentWithTheSourcesDisagreementsAndItsContestedClaim() throws Exception {
        JsonNode s = story();
        assertThat(s.get("incidents")).hasSize(1);
        JsonNode incident = s.get("incidents").get(0);
        assertThat(incident.get("killed").asInt()).isEqualTo(3);
        assertThat(incident.get("disagreements")).extracting(d -> d.get("field").asText())
            .containsExactly("date", "killed", "actors"); // Baku's 0 wounded is implied by its silence: no version
        JsonNode killed = incident.get("disagreements").get(1).get("versions");
        assertThat(killed).extracting(v -> v.get("value").asText()).containsExactlyInAnyOrder("3", "2");
        // each side names the other's men as the doers
        JsonNode actors = incident.get("disagreements").get(2).get("versions");
        assertThat(actors).extracting(v -> v.get("value").asText())
            .containsExactly("Azerbaijani troops (AZE)", "Armenian armed groups (ARM)");

        assertThat(s.get("claims")).hasSize(1);
        // audit (stop 47): the API said whether a claim is contested nowhere; the page worked it out itself
        assertThat(s.get("claims").get(0).get("contested").asBoolean()).isTrue();
        JsonNode stances = s.get("claims").get(0).get("stances");
        assertThat(stances).extracting(x -> x.get("side").asText() + " " + x.get("stance").asText())
            .containsExactly("ARM asserts", "AZE denies"); // the contract's and the export's case (audit, stop 47: the API wrote ASSERTS)
        assertThat(stances.get(1).get("evidence").get("text").asText()).isEqualTo("denied");
    }

    /**
     * Audit (stop 49): each side's ministry accused the other's troops of one shelling, one statement
     * each, and the story had no claim at all. Each version is a claim naming the other in {@code counters}.
     */
    @Test
    void mirrorAccusationsAreTwoClaimsThatCounterEachOther(@TempDir Path mirrorDir) throws Exception {
        List<ArticleRecord> mirror = StorySamples.mirrorAccusations();
        try (TestServer m = new TestServer(mirrorDir, mirror)) {
            HttpResponse<String> r = m.get("/api/v1/stories/" + mirror.get(0).id());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode claims = RecordJson.mapper().readTree(r.body()).get("claims");
            assertThat(claims).extracting(c -> c.get("stances").get(0).get("side").asText()).containsExactly("ARM", "AZE");
            assertThat(claims).extracting(c -> c.get("proposition").asText()).containsExactly(
                "Azerbaijani troops shelled border villages overnight March", "Armenian troops shelled border villages overnight March");
            assertThat(claims.get(0).get("counters")).extracting(JsonNode::asText).containsExactly(claims.get(1).get("id").asText());
            assertThat(claims.get(1).get("counters")).extracting(JsonNode::asText).containsExactly(claims.get(0).get("id").asText());
            assertThat(claims).extracting(c -> c.get("contested").asBoolean()).containsExactly(true, true);
        }
    }

    @Test
    void anIncidentAnswersWithEveryReportAndEachValueSpanIsItsArticlesText() throws Exception {
        JsonNode fromStory = story().get("incidents").get(0);
        String id = fromStory.get("id").asText();
        assertThat(id).startsWith(storyId() + ".");
        JsonNode incident = json(t.get("/api/v1/incidents/" + id));
        assertThat(incident).isEqualTo(fromStory);
        JsonNode sources = incident.get("sources");
        assertThat(sources).extracting(r -> r.get("outlet").asText()).containsExactly(StorySamples.YEREVAN, StorySamples.BAKU);
        assertThat(sources).extracting(r -> r.get("killed").asInt()).containsExactly(3, 2);
        int spans = 0;
        for (JsonNode r : sources) {
            String text = record(r.get("articleId").asText()).text();
            for (String field : new String[] {"dateEvidence", "locationEvidence", "killedEvidence", "injuredEvidence"}) {
                JsonNode span = r.get(field);
                if (span.isNull()) {
                    continue;
                }
                int[] cps = text.codePoints().toArray();
                assertThat(new String(cps, span.get("start").asInt(), span.get("end").asInt() - span.get("start").asInt()))
                    .as(field).isEqualTo(span.get("text").asText());
                spans++;
            }
        }
        assertThat(spans).as("date, place and toll of both reports, and the one count of wounded").isEqualTo(7);
    }

    /** The story a merged id names is answered, under its own id, with the report that merged the two. */
    @Test
    void aMergedStorysIdAnswersTheStoryItWasMergedInto() throws Exception {
        String victim = merging.get(8).id();
        String gunman = merging.get(9).id();
        JsonNode s = json(t.get("/api/v1/stories/" + victim));
        JsonNode g = json(t.get("/api/v1/stories/" + gunman));
        assertThat(s).isEqualTo(g);
        String merged = s.get("mergedStoryIds").get(0).asText();
        assertThat(s.get("mergedStoryIds")).hasSize(1);
        assertThat(List.of(victim, gunman)).containsExactlyInAnyOrder(merged, s.get("storyId").asText());
        assertThat(s.get("articles")).extracting(a -> a.get("articleId").asText())
            .containsExactlyElementsOf(merging.subList(8, 12).stream().map(ArticleRecord::id).toList());
        JsonNode bridging = s.get("articles").get(2);
        assertThat(bridging.get("merged")).singleElement().satisfies(l -> assertThat(l.get("storyId").asText()).isEqualTo(merged));
        assertThat(json(t.get("/api/v1/articles/" + victim)).get("storyId").asText()).isEqualTo(s.get("storyId").asText());
    }

    /**
     * Audit (stop 49): HEAD, which link checkers send, answered every API path 200 text/plain
     * without running its route, so a story or article that does not exist looked alive. HEAD now
     * answers what GET would, without the body.
     */
    @Test
    void headAnswersWhatGetWouldWithoutTheBody() throws Exception {
        for (String path : List.of("/api/v1/stories/" + storyId(), "/api/v1/stories/no-such-story", "/api/v1/articles/no-such-article",
                "/api/v1/search?q=Stepanakert", "/api/v1/stats")) {
            HttpResponse<String> get = t.get(path);
            HttpResponse<String> head = t.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(t.base() + path))
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
            assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode());
            assertThat(head.headers().firstValue("Content-Type")).as(path).isEqualTo(get.headers().firstValue("Content-Type"));
            assertThat(head.body()).as(path).isEmpty();
        }
    }

    @Test
    void unknownStoriesAndIncidentsAreProblems() throws Exception {
        assertThat(problem("/api/v1/stories/nope", 404).get("detail").asText()).contains("story");
        problem("/api/v1/incidents/nope", 404);
        problem("/api/v1/incidents/" + storyId() + ".0000000000000000.V9", 404);
        problem("/api/v1/incidents/" + storyId().substring(0, 20) + ".x.V1", 404);
    }

    @Test
    void searchHitsCarryTheirStory() throws Exception {
        JsonNode hits = json(t.get("/api/v1/search?q=Stepanakert")).get("hits");
        assertThat(hits).hasSize(2);
        assertThat(hits).extracting(h -> h.get("storyId").asText()).containsOnly(storyId());
    }

    /**
     * Audit (stop 47): the schema's bases lacked {@code act}, {@code text} and {@code accidental},
     * which reports give, so such an answer broke the API's own document.
     */
    @Test
    void theSchemasBasesAreEveryBasisAReportMayGive() throws Exception {
        JsonNode report = json(t.get("/api/v1/openapi.json")).get("components").get("schemas")
            .get("IncidentReport").get("properties");
        Map<String, Set<String>> bases = Map.of("dateBasis", org.dateline.story.IncidentReport.DATE_BASES,
            "locationBasis", org.dateline.story.IncidentReport.LOCATION_BASES,
            "killedBasis", org.dateline.story.IncidentReport.KILLED_BASES,
            "injuredBasis", org.dateline.story.IncidentReport.INJURED_BASES);
        bases.forEach((field, allowed) -> {
            Set<String> documented = new HashSet<>();
            report.get(field).get("enum").forEach(v -> {
                if (!v.isNull()) {
                    documented.add(v.asText());
                }
            });
            assertThat(documented).as(field).isEqualTo(allowed);
        });
    }

    @Test
    void theAnswersHaveExactlyTheDocumentedFields() throws Exception {
        JsonNode schemas = json(t.get("/api/v1/openapi.json")).get("components").get("schemas");
        JsonNode s = story();
        JsonNode incident = s.get("incidents").get(0);
        JsonNode claim = s.get("claims").get(0);
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        answers.put("Story", s);
        answers.put("StoryArticle", s.get("articles").get(1));
        answers.put("StoryLink", s.get("articles").get(1).get("links").get(0));
        answers.put("StoryList", json(t.get("/api/v1/stories")));
        answers.put("StoryListed", json(t.get("/api/v1/stories")).get("stories").get(0));
        answers.put("Incident", incident);
        answers.put("IncidentReport", incident.get("sources").get(0));
        answers.put("Disagreement", incident.get("disagreements").get(0));
        answers.put("Claim", claim);
        answers.put("ClaimStance", claim.get("stances").get(0));
        answers.put("ArticleHit", json(t.get("/api/v1/search?q=Stepanakert")).get("hits").get(0));
        for (Map.Entry<String, JsonNode> a : answers.entrySet()) {
            Set<String> fields = new HashSet<>();
            a.getValue().fieldNames().forEachRemaining(fields::add);
            Set<String> documented = new HashSet<>();
            schemas.get(a.getKey()).get("properties").fieldNames().forEachRemaining(documented::add);
            assertThat(fields).as(a.getKey()).isEqualTo(documented);
        }
    }
}
