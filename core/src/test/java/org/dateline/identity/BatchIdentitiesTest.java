package org.dateline.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Sector;
import org.junit.jupiter.api.Test;

class BatchIdentitiesTest {
    private static Entity person(String name, String code, Sector sector) {
        return person("E1", name, code, sector);
    }

    private static Entity person(String id, String name, String code, Sector sector) {
        return new Entity(id, name, EntityType.PERSON, List.of(), code, sector, null, List.of());
    }

    @Test
    void keysFollowAliasesAndAnArticleFedTwiceCountsOnce() {
        BatchIdentities batch = new BatchIdentities(IdentityPass.standard());
        batch.add("a", LocalDate.parse("2023-02-27"), List.of(person("Mammadov", null, null)));
        batch.add("b", LocalDate.parse("2023-02-28"), List.of(person("Elnur Mammadov", "AZE", Sector.GOV)));
        batch.add("a", LocalDate.parse("2023-02-27"), List.of(person("Somebody Else", null, null)));
        Map<String, Map<String, String>> keys = batch.keys();
        assertEquals(Map.of("E1", "PERSON:elnur mammadov"), keys.get("a"), "the surname became the full name");
        assertEquals(Map.of("E1", "PERSON:elnur mammadov"), keys.get("b"));
        assertEquals(2, keys.size());
    }
    /** "A 17-year-old boy" of one article is no other article's: a person without a name gets no identity. */
    @Test
    void aPersonWithoutANameIsNoOneAcrossArticles() {
        BatchIdentities batch = new BatchIdentities(IdentityPass.standard());
        Entity boy = new Entity("E1", "17-year-old boy", EntityType.PERSON, List.of(), null, Sector.CVL, null, false,
            true, List.of());
        batch.add("a", LocalDate.parse("2016-05-01"), List.of(boy));
        batch.add("b", LocalDate.parse("2016-05-02"), List.of(boy, person("E2", "Joshua Boren", null, null)));
        Map<String, Map<String, String>> keys = batch.keys();
        assertEquals(Map.of("E2", "PERSON:joshua boren"), keys.get("b"), "the boy has no key, the named man has his");
        assertEquals(null, keys.getOrDefault("a", Map.of()).get("E1"));
    }

    private static Entity organization(String id, String name, String code) {
        return new Entity(id, name, EntityType.ORGANIZATION, List.of(), code, Sector.GOV, null, List.of());
    }

    /**
     * The demo's "Foreign Ministry" of Zakharova (uncoded) joined the Armenian one, so one entity
     * page held the statements of two countries' ministries: a name that says no owner is the
     * article's own unless a code says whose it is.
     */
    @Test
    void anOfficeWhoseNameSaysNoOwnerIsNoOneAcrossArticlesWithoutACode() {
        BatchIdentities batch = new BatchIdentities(IdentityPass.standard());
        batch.add("a", LocalDate.parse("2023-03-06"), List.of(organization("E1", "Foreign Ministry", "ARM")));
        batch.add("b", LocalDate.parse("2023-03-10"), List.of(organization("E1", "Foreign Ministry", null),
            organization("E2", "Ministry of Foreign Affairs", null), organization("E3", "Memphis Police Department", null)));
        batch.add("c", LocalDate.parse("2023-03-11"), List.of(organization("E1", "Ministry of Foreign Affairs", "ARM")));
        Map<String, Map<String, String>> keys = batch.keys();
        assertEquals(Map.of("E3", "ORGANIZATION:memphis police department"), keys.get("b"),
            "the uncoded ministries have no key; a name that says whose it is has its own");
        assertEquals("ORGANIZATION:foreign ministry", keys.get("a").get("E1"));
        assertEquals("ORGANIZATION:ministry of foreign affairs", keys.get("c").get("E1"), "coded, it is an identity");
        assertEquals(true, OwnerlessNames.standard().articleOwn(organization("E1", "Interior Ministry", null)));
        assertEquals(false, OwnerlessNames.standard().articleOwn(organization("E1", "Interior Ministry", "AZE")));
        assertEquals(false, OwnerlessNames.standard().articleOwn(organization("E1", "Azerbaijani Interior Ministry", null)));
        assertEquals(false, OwnerlessNames.standard().articleOwn(
            new Entity("E1", "Police", EntityType.PERSON, List.of(), null, null, null, List.of())), "only bodies");
    }
}
