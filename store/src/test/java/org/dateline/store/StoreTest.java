package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.dateline.model.AcledEventType;
import org.dateline.model.AcledSubEventType;
import org.dateline.model.ArticleRecord;
import org.dateline.model.EventType;
import org.dateline.model.Factuality;
import org.dateline.model.Sector;
import org.dateline.store.query.EntityPage;
import org.dateline.store.query.EventResult;
import org.dateline.store.query.EventView;
import org.dateline.store.query.FacetValue;
import org.dateline.store.query.Filters;
import org.dateline.store.query.SearchResult;
import org.dateline.store.query.StoreQuery;
import org.dateline.store.query.Timeline;
import org.dateline.store.query.Timelines;
import org.dateline.store.testing.SampleRecords;
import org.dateline.table.EntityKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store over hand-built records: round-trip, idempotence, search, filters, facets, timelines, entities. */
class StoreTest {
    @TempDir
    static Path dir;
    static Store store;

    @BeforeAll
    static void fill() throws IOException {
        try (StoreWriter w = StoreWriter.open(dir)) {
            for (ArticleRecord r : SampleRecords.all()) {
                assertThat(w.put(r)).isTrue();
            }
        }
        store = Store.open(dir);
    }

    private static Filters filters(List<EventType> types, List<String> actors, List<String> sources, List<Factuality> fact) {
        return new Filters(types, actors, sources, fact, List.of(), null, null);
    }

    private static StoreQuery q(String text, Filters f) {
        return new StoreQuery(text, f, 0, 20);
    }

    @Test
    void recordsComeBackExactly() throws IOException {
        for (ArticleRecord r : SampleRecords.all()) {
            assertThat(store.article(r.id())).contains(r);
        }
        assertThat(store.article("nope")).isEmpty();
    }

    @Test
    void countsEveryKind() throws IOException {
        assertThat(store.stats()).isEqualTo(new StoreStats(5, 12, 4, 7));
    }

    @Test
    void puttingTheSameRecordsAgainAddsNothing(@TempDir Path other) throws IOException {
        try (StoreWriter w = StoreWriter.open(other)) {
            SampleRecords.all().forEach(r -> put(w, r));
        }
        try (StoreWriter w = StoreWriter.open(other)) {
            assertThat(w.put(SampleRecords.lachin())).isFalse();
            assertThat(w.size()).isEqualTo(5);
        }
        try (Store s = Store.open(other)) {
            assertThat(s.stats()).isEqualTo(store.stats());
        }
    }

    @Test
    void openingAMissingStoreFailsAndCreatesNothing(@TempDir Path parent) {
        Path missing = parent.resolve("typo");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Store.open(missing))
            .isInstanceOf(java.nio.file.NoSuchFileException.class)
            .hasMessageContaining("no Dateline store here");
        assertThat(java.nio.file.Files.exists(missing)).isFalse();
    }

    @Test
    void repeatedQuestionsAreAnsweredFromTheCacheUntilANewCommit(@TempDir Path other) throws IOException {
        try (StoreWriter w = StoreWriter.open(other); Store s = Store.open(other)) {
            w.put(SampleRecords.lachin());
            w.commit();
            s.refreshNow();
            StoreQuery lachin = StoreQuery.of("Lachin");
            SearchResult first = s.search(lachin);
            assertThat(first.total()).isEqualTo(1);
            assertThat(s.search(lachin)).as("answered from the cache").isSameAs(first);
            assertThat(s.events(lachin)).isSameAs(s.events(lachin));
            assertThat(s.cachedAnswers()).isEqualTo(2);

            w.put(SampleRecords.meeting()); // also names the Lachin road
            w.commit();
            s.refreshNow();
            SearchResult second = s.search(lachin);
            assertThat(second.total()).isEqualTo(2);
            assertThat(s.cachedAnswers()).as("the older commit's answers are gone").isEqualTo(1);
        }
    }

    @Test
    void aStoreWithoutCacheSearchesEveryTime() throws IOException {
        try (Store s = Store.open(dir, 0)) {
            StoreQuery q = StoreQuery.of("Lachin");
            assertThat(s.search(q)).isEqualTo(store.search(q)).isNotSameAs(s.search(q));
            assertThat(s.cachedAnswers()).isZero();
        }
    }

    private static void put(StoreWriter w, ArticleRecord r) {
        try {
            w.put(r);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void searchCountsArticlesAndAttachesMatchingStatements() throws IOException {
        SearchResult r = store.search(StoreQuery.of("blockade"));
        assertThat(r.total()).isEqualTo(2);
        assertThat(r.hits()).extracting(h -> h.statements().size()).containsOnly(1);
        assertThat(r.hits().get(0).snippet()).containsIgnoringCase("blockade");
    }

    /** Audit (stop 47): a hit from a site known by its domain alone showed no outlet at all. */
    @Test
    void aHitFromASiteKnownByItsDomainAloneNamesTheDomain(@org.junit.jupiter.api.io.TempDir java.nio.file.Path other)
            throws IOException {
        ArticleRecord l = SampleRecords.lachin();
        ArticleRecord scraped = new ArticleRecord(l.schema(), l.id(), l.input(), l.url(), new org.dateline.model.Source(null,
            "wfaa.example", List.of()), l.title(), l.authors(), l.published(), l.language(), l.text(), l.entities(), l.dates(),
            l.statements(), l.events(), l.warnings(), l.duplicateOf());
        try (StoreWriter w = StoreWriter.open(other)) {
            w.put(scraped);
        }
        try (Store s = Store.open(other)) {
            assertThat(s.search(StoreQuery.of("blockade")).hits()).extracting(h -> h.source()).containsExactly("wfaa.example");
        }
    }

    @Test
    void searchFoldsDiacriticsAndStems() throws IOException {
        assertThat(store.search(StoreQuery.of("Türk")).total()).isEqualTo(2);
        assertThat(store.search(StoreQuery.of("protests blocks")).total()).isZero();
        assertThat(store.search(StoreQuery.of("blocked")).total()).isEqualTo(1);
    }

    @Test
    void oddQueryTextNeverFails() throws IOException {
        for (String odd : List.of("\"", "((", "-", "*", "AND OR", "a:b", "\\", "<script>")) {
            assertThat(store.search(StoreQuery.of(odd)).total()).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void filtersByTypeActorSourceFactualityAndDate() throws IOException {
        assertThat(store.search(q("", filters(List.of(EventType.CONSULT), List.of(), List.of(), List.of()))).total()).isEqualTo(1);
        assertThat(store.search(q("", filters(List.of(), List.of("Nikol Pashinyan"), List.of(), List.of()))).total()).isEqualTo(1);
        assertThat(store.search(q("", filters(List.of(), List.of("igo"), List.of(), List.of()))).total()).isEqualTo(2);
        assertThat(store.search(q("", filters(List.of(), List.of("PERSON:Volker Türk"), List.of(), List.of()))).total()).isEqualTo(2);
        assertThat(store.search(q("", filters(List.of(), List.of(), List.of("Sample Baku Daily"), List.of()))).total()).isEqualTo(1);
        assertThat(store.events(q("", filters(List.of(), List.of(), List.of(), List.of(Factuality.REPORTED)))).total()).isEqualTo(2);
        StoreQuery march = new StoreQuery("", new Filters(List.of(), List.of(), List.of(), List.of(), List.of(),
            LocalDate.parse("2023-03-01"), LocalDate.parse("2023-03-31")), 0, 20);
        assertThat(store.search(march).total()).isEqualTo(2);
        assertThat(store.events(march).total()).isEqualTo(1);
    }

    private static Filters sectors(Sector... sectors) {
        return new Filters(List.of(), List.of(), List.of(), List.of(), List.of(sectors), null, null);
    }

    @Test
    void filtersBySectorOfAnyActorRecipientOrSpeaker() throws IOException {
        // GOV: Pashinyan (lachin: actor of V2, recipient of V3, speaker) and Mammadov (meeting: actor of V1, V2, speaker)
        assertThat(store.search(q("", sectors(Sector.GOV))).hits()).extracting(h -> h.title())
            .containsExactlyInAnyOrder("Activists keep the Lachin road closed", "Deputy minister meets UN rights chief");
        EventResult gov = store.events(q("", sectors(Sector.GOV)));
        assertThat(gov.total()).isEqualTo(4);
        assertThat(gov.events()).extracting(e -> e.event().type())
            .containsExactlyInAnyOrder(EventType.ACCUSE, EventType.REJECT, EventType.CONSULT, EventType.ACCUSE);
        // CVL: the eco-activists' protest and the shelled civilians
        assertThat(store.events(q("", sectors(Sector.CVL))).events()).extracting(e -> e.event().type())
            .containsExactly(EventType.PROTEST, EventType.ASSAULT);
        assertThat(store.search(q("", sectors(Sector.CVL))).total()).isEqualTo(2);
        assertThat(store.timeline(q("", sectors(Sector.CVL)), Timelines.Interval.DAY).total()).isEqualTo(2);
        // no MIL actor anywhere; values OR-ed, lists AND-ed
        assertThat(store.search(q("", sectors(Sector.MIL))).total()).isZero();
        assertThat(store.events(q("", sectors(Sector.MIL))).total()).isZero();
        assertThat(store.events(q("", sectors(Sector.CVL, Sector.GOV))).total()).isEqualTo(6);
        assertThat(store.events(q("", new Filters(List.of(EventType.REJECT), List.of(), List.of(), List.of(),
            List.of(Sector.GOV), null, null))).total()).isEqualTo(1);
        assertThat(store.search(q("", new Filters(List.of(), List.of(), List.of("Sample Baku Daily"), List.of(),
            List.of(Sector.CVL), null, null))).total()).isZero();
        // sectors are a facet like types and factualities
        EventResult all = store.events(StoreQuery.of(""));
        assertThat(all.facets().get("sector"))
            .containsExactly(new FacetValue("GOV", "GOV", 4), new FacetValue("CVL", "CVL", 2));
    }

    private static Filters acled(List<AcledEventType> types, List<AcledSubEventType> subEvents) {
        return new Filters(List.of(), List.of(), List.of(), List.of(), List.of(), types, subEvents, null, null);
    }

    @Test
    void filtersByAcledEventAndSubEventType() throws IOException {
        // Protests: the Lachin blockade; Explosions/Remote violence: the shelling; no event is a battle
        assertThat(store.events(q("", acled(List.of(AcledEventType.PROTESTS), List.of()))).events())
            .extracting(e -> e.event().type()).containsExactly(EventType.PROTEST);
        assertThat(store.search(q("", acled(List.of(AcledEventType.EXPLOSIONS_REMOTE_VIOLENCE), List.of()))).hits())
            .extracting(h -> h.title()).containsExactly("Two civilians killed in shelling of Talysh");
        assertThat(store.search(q("", acled(List.of(AcledEventType.BATTLES), List.of()))).total()).isZero();
        assertThat(store.events(q("", acled(List.of(AcledEventType.PROTESTS, AcledEventType.EXPLOSIONS_REMOTE_VIOLENCE),
            List.of()))).total()).isEqualTo(2);
        assertThat(store.events(q("", acled(List.of(), List.of(AcledSubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK))))
            .total()).isEqualTo(1);
        assertThat(store.events(q("", acled(List.of(AcledEventType.PROTESTS),
            List.of(AcledSubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK)))).total()).as("lists are AND-ed").isZero();
        assertThat(store.timeline(q("", acled(List.of(AcledEventType.PROTESTS), List.of())), Timelines.Interval.DAY)
            .total()).isEqualTo(1);
    }

    @Test
    void acledTypesAreFacetsOfArticlesAndEvents() throws IOException {
        assertThat(store.search(StoreQuery.of("")).facets().get("acled")).containsExactly(
            new FacetValue("Explosions/Remote violence", "Explosions/Remote violence", 1),
            new FacetValue("Protests", "Protests", 1));
        assertThat(store.events(StoreQuery.of("")).facets().get("acledSubEvent")).containsExactly(
            new FacetValue("Peaceful protest", "Peaceful protest", 1),
            new FacetValue("Shelling/artillery/missile attack", "Shelling/artillery/missile attack", 1));
        assertThat(store.events(StoreQuery.of("Talysh")).facets().get("acled"))
            .containsExactly(new FacetValue("Explosions/Remote violence", "Explosions/Remote violence", 1));
    }

    @Test
    void casualtyCountsComeBackWithTheirEvidence() throws IOException {
        EventView v = store.events(q("", acled(List.of(AcledEventType.EXPLOSIONS_REMOTE_VIOLENCE), List.of())))
            .events().get(0);
        assertThat(v.event().fatalities()).isEqualTo(SampleRecords.shelling().events().get(0).fatalities());
        assertThat(v.event().fatalities().value()).isEqualTo(2);
        assertThat(v.event().injured().value()).isNull();
        assertThat(v.event().injured().evidence().text()).isEqualTo("dozens were wounded");
    }

    @Test
    void statementsCarryTheirSpeakersSector() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            IndexSearcher s = new IndexSearcher(reader);
            BooleanQuery govStatements = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.STATEMENT)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.SECTOR, "GOV")), BooleanClause.Occur.FILTER)
                .build();
            // Pashinyan's and Mammadov's; not Türk's (no sector) nor the admin's
            assertThat(s.count(govStatements)).isEqualTo(2);
            assertThat(s.count(new TermQuery(new Term(Fields.KIND, Fields.STATEMENT)))).isEqualTo(4);
        }
    }

    @Test
    void facetsCountOverAllHitsAndNameActors() throws IOException {
        EventResult r = store.events(StoreQuery.of(""));
        assertThat(r.total()).isEqualTo(7);
        assertThat(r.facets().get("type")).contains(new FacetValue("ACCUSE", "ACCUSE", 2));
        assertThat(r.facets().get("actor")).contains(new FacetValue("PERSON:volker turk", "Volker Turk", 2));
        assertThat(r.events()).extracting(e -> e.day())
            .containsExactly("2022-12-12", "2022-12-12", "2022-12-13", "2023-01-16", "2023-02-28", "2023-02-28", "2023-03-07");
    }

    @Test
    void eventsResolveActorsToEntities() throws IOException {
        EventResult r = store.events(q("", filters(List.of(EventType.CONSULT), List.of(), List.of(), List.of())));
        assertThat(r.events().get(0).actors()).extracting(a -> a.key())
            .containsExactly("PERSON:elnur mammadov", "PERSON:volker turk");
    }

    @Test
    void timelinesCountPerDayAndPerWeek() throws IOException {
        Timeline days = store.timeline(StoreQuery.of(""), Timelines.Interval.DAY);
        assertThat(days.total()).isEqualTo(7);
        assertThat(days.buckets().get(0).start()).isEqualTo("2022-12-12");
        assertThat(days.buckets().get(0).count()).isEqualTo(2);
        assertThat(days.buckets().get(0).types()).containsEntry("PROTEST", 1L).containsEntry("ACCUSE", 1L);
        Timeline weeks = store.timeline(StoreQuery.of(""), Timelines.Interval.WEEK);
        assertThat(weeks.buckets().get(0)).satisfies(b -> {
            assertThat(b.start()).isEqualTo("2022-12-12");
            assertThat(b.count()).isEqualTo(3);
        });
        assertThat(weeks.buckets()).allSatisfy(b -> assertThat(LocalDate.parse(b.start()).getDayOfWeek().getValue()).isEqualTo(1));
        assertThat(store.timeline(StoreQuery.of("Geneva"), Timelines.Interval.DAY).total()).isEqualTo(2);
        Timeline months = store.timeline(StoreQuery.of(""), Timelines.Interval.MONTH);
        assertThat(months.interval()).isEqualTo("month");
        assertThat(months.buckets()).allSatisfy(b -> assertThat(b.start()).endsWith("-01"));
        assertThat(months.buckets().stream().mapToLong(Timeline.Bucket::count).sum()).isEqualTo(days.buckets().stream()
            .mapToLong(Timeline.Bucket::count).sum());
    }

    @Test
    void entityPagesGroupSpellingsAcrossArticles() throws IOException {
        EntityPage p = store.entity(EntityKey.of("Volker Türk", org.dateline.model.EntityType.PERSON), 50).orElseThrow();
        assertThat(p.key()).isEqualTo("PERSON:volker turk");
        assertThat(p.names()).containsExactlyInAnyOrder("Volker Turk", "Volker Türk");
        assertThat(p.articles()).isEqualTo(2);
        assertThat(p.codes()).containsExactly("IGO");
        assertThat(p.statements()).hasSize(1);
        assertThat(p.events()).extracting(e -> e.event().type()).containsExactly(EventType.CONSULT, EventType.REQUEST);
        assertThat(store.entity("PERSON:nobody", 10)).isEmpty();
    }

    @Test
    void entityKeysFoldCaseDiacriticsAndTheArticle() {
        assertThat(org.dateline.model.NameFold.forEntityKey("The United  Nations")).isEqualTo("united nations");
        assertThat(org.dateline.model.NameFold.forEntityKey("AzerNews’")).isEqualTo("azernews");
        assertThat(EntityKey.of("Volker Türk", org.dateline.model.EntityType.PERSON)).isEqualTo("PERSON:volker turk");
    }
}
