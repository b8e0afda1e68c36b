package org.dateline.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.InputRef;
import org.dateline.model.Published;
import org.dateline.model.Source;
import org.dateline.model.Span;
import org.junit.jupiter.api.Test;

/** The surname a follow-up shares with the first report of its happening: hand-built texts, no CoreNLP. */
class FollowUpSignalsTest {
    @Test
    void aSurnameIsTheLastWordOfANameOfTwoOrMoreASuffixPassedOver() {
        StoryProfiles p = StoryProfiles.standard();
        assertEquals("adams", p.surname("Robert Lee Adams Jr."));
        assertEquals("wade", p.surname("Jordyn D. Wade"));
        assertNull(p.surname("Wade"), "one word says too little");
    }

    /** GVA dev: a trial names "Jordyn Wade" where the first report named "Jordyn D. Wade", two keys for one person. */
    @Test
    void aFollowUpWhoseNamesDifferSharesTheSurnameOnly() {
        StoryArticle first = article("a", "2015-06-07", "Four dead on Hudson Street",
            "Four people were found dead in a home in Columbus. Police named one victim as Jordyn D. Wade.", "Jordyn D. Wade");
        StoryArticle later = article("b", "2015-08-12", "Suspect arrested in quadruple murder",
            "An arrest was made in the killings at a home that left Jordyn Wade and three others dead.", "Jordyn Wade");
        Compared pair = compared(first, later);
        List<String> shared = pair.shared();
        double[] f = pair.features();
        List<String> names = LinkModel.featureNames();
        assertEquals(0, f[names.indexOf("person_shared")], 1e-9, "two keys for one person");
        assertTrue(f[names.indexOf("surname_rarity")] > 0, () -> "surname " + f[names.indexOf("surname_rarity")]);
        assertTrue(shared.contains("surname wade"), shared::toString);
    }

    /** With a person's key shared, the surname says nothing more (out of fold it cost ECB+). */
    @Test
    void aSharedPersonKeyLeavesTheSurnameOut() {
        // (a body that tells the harm: one that holds no word of its headline's "dead" is read by its headline)
        StoryArticle first = article("a", "2015-06-07", "Four dead", "Police named the shooting victim as Jordyn Wade.",
            "Jordyn Wade");
        StoryArticle later = article("b", "2015-06-08", "Vigil", "Friends remembered Jordyn Wade at a vigil.", "Jordyn Wade");
        double[] f = compared(first, later).features();
        List<String> names = LinkModel.featureNames();
        assertTrue(f[names.indexOf("person_shared")] > 0);
        assertEquals(0, f[names.indexOf("surname_rarity")], 1e-9);
    }

    /**
     * GVA dev: once the entity stage made "Quanice Derrick Hayes" and "Quanice Hayes" one person,
     * a report that writes only "Quanice Hayes" shared no key with one that writes both: each full
     * name a person is written by is a key of the article's.
     */
    @Test
    void everyFullNameAPersonIsWrittenByIsAKey() {
        String text = "Police named the teen as Quanice Derrick Hayes. Quanice Hayes was 17. Hayes was shot.";
        Entity e = new Entity("E1", "Quanice Derrick Hayes", EntityType.PERSON, List.of(), null, null, null, false,
            List.of(span(text, "Quanice Derrick Hayes"), span(text, "Quanice Hayes"),
                new Span(text.lastIndexOf("Hayes"), text.lastIndexOf("Hayes") + 5, "Hayes")));
        StoryArticle first = article("a", "2017-02-09", "Teen shot by officer", text, List.of(e));
        StoryArticle later = article("b", "2017-04-20", "Grand jury: officer justified",
            "A grand jury found the officer justified in shooting Quanice Hayes.", "Quanice Hayes");
        Compared pair = compared(first, later);
        assertEquals(java.util.Set.of("PERSON:quanice derrick hayes", "PERSON:quanice hayes"), pair.first().people());
        assertTrue(pair.features()[LinkModel.featureNames().indexOf("person_shared")] > 0);
    }

    /** A profile stored before surnames were kept reads back with none, and links as before. */
    @Test
    void aProfileStoredWithoutSurnamesHasNone() {
        StoryProfile old = new StoryProfile("a", 0, "2015-06-07", "2015-06-07", Map.of("wade", 1f), Map.of(), java.util.Set.of(),
            java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), null, null, null, null, null, null, null);
        assertEquals(java.util.Set.of(), old.surnames());
        double[] f = LinkModel.features(old, old, new MemoryStories(), new ArrayList<>());
        assertEquals(0, f[LinkModel.featureNames().indexOf("surname_rarity")], 1e-9);
    }

    /** The first article's profile once stored, and the later one's features against it with what they share. */
    private record Compared(StoryProfile first, double[] features, List<String> shared) {}

    private static Compared compared(StoryArticle first, StoryArticle later) {
        MemoryStories known = new MemoryStories();
        StoryPass pass = StoryPass.standard();
        known.add(pass.decide(first, known));
        StoryProfile a = pass.profiles().of(first, known);
        List<String> shared = new ArrayList<>();
        double[] f = LinkModel.features(pass.profiles().of(later, known), a, known, shared);
        return new Compared(a, f, shared);
    }

    private static Span span(String text, String words) {
        int at = text.indexOf(words);
        return new Span(at, at + words.length(), words);
    }

    private static StoryArticle article(String name, String published, String title, String text, String person) {
        Entity e = new Entity("E1", person, EntityType.PERSON, List.of(), null, null, null, false, List.of(span(text, person)));
        return article(name, published, title, text, List.of(e));
    }

    private static StoryArticle article(String name, String published, String title, String text, List<Entity> entities) {
        ArticleRecord r = new ArticleRecord(ArticleRecord.SCHEMA, ArticleRecord.contentId(name + text),
            InputRef.of(name + ".html", InputRef.Format.HTML), "https://example.org/" + name,
            new Source(null, name + ".example.org", List.of()), title, List.of(), Published.parse(published), "en",
            text, entities, List.of(), List.of(), List.of(), List.of(), null);
        return new StoryArticle(r, Map.of(), 0);
    }
}
