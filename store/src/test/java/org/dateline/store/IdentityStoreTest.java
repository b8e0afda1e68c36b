package org.dateline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Entity;
import org.dateline.model.Sector;
import org.dateline.store.query.EntityJoin;
import org.dateline.store.query.EntityPage;
import org.dateline.store.query.EventResult;
import org.dateline.store.query.Filters;
import org.dateline.store.query.StoreQuery;
import org.dateline.store.testing.SampleRecords;
import org.dateline.table.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One identity per person across articles, in a real store: pages, filters, exports and old keys follow it. */
class IdentityStoreTest {
    @TempDir
    Path dir;

    private static ArticleRecord mammadov(String file, String day) {
        return SampleRecords.saying(file, day + "T10:00:00+04:00", "Mammadov", null, null, List.of(),
            "Mammadov said Armenia was stalling.");
    }

    private static ArticleRecord elnurMammadov(String file, String day) {
        return SampleRecords.saying(file, day + "T10:00:00+04:00", "Elnur Mammadov", "AZE", Sector.GOV,
            List.of("Deputy Foreign Minister"), "Deputy Foreign Minister Elnur Mammadov said Armenia was stalling talks.");
    }

    /** Two people named John Smith, an American senator and a British banker: two identities. */
    private static ArticleRecord johnSmithSenator() {
        return SampleRecords.saying("s.txt", "2023-01-01T10:00:00Z", "John Smith", "USA", Sector.LEG,
            List.of("Senator"), "Senator John Smith said Armenia should talk.");
    }

    private static ArticleRecord johnSmithBanker() {
        return SampleRecords.saying("t.txt", "2023-01-02T10:00:00Z", "John Smith", "GBR", Sector.BUS,
            List.of("chief executive"), "Bank chief executive John Smith said Armenia was a market.");
    }

    private void put(ArticleRecord... records) throws IOException {
        try (StoreWriter w = StoreWriter.open(dir)) {
            for (ArticleRecord r : records) {
                w.put(r);
            }
        }
    }

    private static Filters actor(String key) {
        return new Filters(List.of(), List.of(key), List.of(), List.of(), List.of(), null, null);
    }

    @Test
    void aSurnameSeenFirstBecomesTheFullNameSeenLaterEverywhere() throws IOException {
        ArticleRecord first = mammadov("a.txt", "2023-02-27");
        ArticleRecord second = elnurMammadov("b.txt", "2023-02-28");
        put(first, second);
        try (Store store = Store.open(dir)) {
            EntityPage page = store.entity("PERSON:mammadov", 50).orElseThrow();
            assertEquals("PERSON:elnur mammadov", page.key(), "the old name key finds the identity it became");
            assertEquals("Elnur Mammadov", page.name());
            assertEquals(2, page.articles());
            assertEquals(2, page.statements().size());
            assertEquals(2, page.events().size());
            EntityJoin surname = page.joins().stream().filter(j -> j.name().equals("Mammadov")).findFirst().orElseThrow();
            assertEquals("full-name", surname.rule());
            assertEquals("PERSON:elnur mammadov", surname.basis());
            assertTrue(surname.meaning().contains("later"), surname.meaning());

            EventResult events = store.events(new StoreQuery("", actor("PERSON:elnur mammadov"), 0, 20));
            assertEquals(2, events.total(), "the filter follows the identity");
            var person = events.facets().get("actor").stream().filter(v -> v.value().startsWith("PERSON:")).toList();
            assertEquals(1, person.size(), "one facet value for the person: " + person);
            assertEquals("PERSON:elnur mammadov", person.get(0).value());
            assertEquals(2, person.get(0).count(), "the facet counts the alias under its identity");

            assertEquals(Map.of("E1", "PERSON:elnur mammadov", "E2", "COUNTRY:armenia"), store.entityKeys(first.id()));
            List<Object> keys = new ArrayList<>();
            store.forEachArticleWithKeys((r, k) -> Tables.rows(r, k, (table, values) -> {
                if (table == Tables.ENTITIES && values.get(3).toString().contains("Mammadov")) {
                    keys.add(values.get(2));
                }
            }));
            assertEquals(List.of("PERSON:elnur mammadov", "PERSON:elnur mammadov"), keys, "exports carry the identity");
        }
    }

    @Test
    void identitiesOutliveTheWriterAndASurnameLaterJoinsAtOnce() throws IOException {
        put(elnurMammadov("b.txt", "2023-02-28"));
        put(mammadov("c.txt", "2023-03-05"));
        try (Store store = Store.open(dir)) {
            EntityPage page = store.entity("PERSON:elnur mammadov", 50).orElseThrow();
            assertEquals(2, page.articles());
            EntityJoin surname = page.joins().stream().filter(j -> j.name().equals("Mammadov")).findFirst().orElseThrow();
            assertEquals("full-name", surname.rule());
            assertEquals("PERSON:elnur mammadov", surname.key());
        }
    }

    @Test
    void twoPeopleOfOneNameFromTwoCountriesHaveTwoPages() throws IOException {
        ArticleRecord senator = johnSmithSenator();
        ArticleRecord banker = johnSmithBanker();
        put(senator, banker);
        try (Store store = Store.open(dir)) {
            String us = store.entityKeys(senator.id()).get("E1");
            String uk = store.entityKeys(banker.id()).get("E1");
            assertNotEquals(us, uk);
            assertEquals("PERSON:john smith:gbr", uk);
            assertEquals(1, store.entity(us, 50).orElseThrow().articles());
            assertEquals(1, store.events(new StoreQuery("", actor(us), 0, 20)).total(), "the senator's events only");
            assertEquals(1, store.events(new StoreQuery("", actor(uk), 0, 20)).total(), "the banker's events only");
            EntityPage banks = store.entity(uk, 50).orElseThrow();
            assertEquals(1, banks.articles());
            assertEquals("homonym", banks.joins().get(0).rule());
        }
    }

    /**
     * The demo store's actor facet listed "Foreign Ministry" twice (Armenia's and Azerbaijan's),
     * with nothing on the page to tell which was whose: labels shown together are told apart by
     * each one's country code, and a label no other value shares stays the name alone.
     */
    @Test
    void twoActorsOfOneNameInOneFacetAreLabelledWithTheirCountries() throws IOException {
        ArticleRecord senator = johnSmithSenator();
        ArticleRecord banker = johnSmithBanker();
        ArticleRecord minister = elnurMammadov("m.txt", "2023-01-03");
        put(senator, banker, minister);
        try (Store store = Store.open(dir)) {
            Map<String, String> labels = new java.util.HashMap<>();
            store.search(new StoreQuery("Armenia", Filters.NONE, 0, 20)).facets().get("actor")
                .forEach(v -> labels.put(v.value(), v.label()));
            assertEquals("John Smith (USA)", labels.get(store.entityKeys(senator.id()).get("E1")), labels::toString);
            assertEquals("John Smith (GBR)", labels.get("PERSON:john smith:gbr"), labels::toString);
            assertEquals("Elnur Mammadov", labels.get("PERSON:elnur mammadov"), labels::toString);
        }
    }

    /** A report of "a man" who said something: the person is {@link org.dateline.model.Entity#unnamed}. */
    private static ArticleRecord aManSaid(String file, String day) {
        ArticleRecord r = SampleRecords.saying(file, day + "T10:00:00+04:00", "man", null, null, List.of(),
            "A man said Armenia was stalling on " + day + ".");
        Entity said = r.entities().get(0);
        List<Entity> es = new ArrayList<>(r.entities());
        es.set(0, new Entity(said.id(), said.name(), said.type(), said.titles(), null, null, null, false, true, said.mentions()));
        return new ArticleRecord(r.schema(), r.id(), r.input(), r.url(), r.source(), r.title(), r.authors(), r.published(),
            r.language(), r.text(), es, r.dates(), r.statements(), r.events(), r.warnings(), r.duplicateOf());
    }

    @Test
    void aPersonWithoutANameIsNoOneAcrossArticles() throws IOException {
        ArticleRecord first = aManSaid("a.txt", "2023-02-27");
        ArticleRecord second = aManSaid("b.txt", "2023-02-28");
        put(first, second);
        try (Store store = Store.open(dir)) {
            String one = store.entityKeys(first.id()).get("E1");
            String two = store.entityKeys(second.id()).get("E1");
            assertEquals("PERSON:man@" + first.id() + ".E1", one);
            assertNotEquals(one, two);
            assertEquals(1, store.entity(one, 50).orElseThrow().articles());
            // Regression (stop 39): the name key PERSON:man led to the first stored article's man.
            assertTrue(store.entity("PERSON:man", 50).isEmpty(), "a word for a person names no one");
            assertEquals(0, store.events(new StoreQuery("", actor("PERSON:man"), 0, 20)).total());
        }
    }

    @Test
    void reingestingChangesNothing() throws IOException {
        put(mammadov("a.txt", "2023-02-27"), elnurMammadov("b.txt", "2023-02-28"));
        Map<String, String> before;
        try (Store store = Store.open(dir)) {
            before = store.entityKeys(mammadov("a.txt", "2023-02-27").id());
        }
        put(mammadov("a.txt", "2023-02-27"), elnurMammadov("b.txt", "2023-02-28"));
        try (Store store = Store.open(dir)) {
            assertEquals(before, store.entityKeys(mammadov("a.txt", "2023-02-27").id()));
            assertEquals(2, store.stats().articles());
        }
    }
}
