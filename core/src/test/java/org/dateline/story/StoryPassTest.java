package org.dateline.story;

import static org.dateline.testing.SpanAssertions.assertSpansMatchText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.InputRef;
import org.dateline.model.Published;
import org.dateline.model.Source;
import org.dateline.model.Span;
import org.dateline.testing.MergingStory;
import org.junit.jupiter.api.Test;

/** Story grouping on hand-built records: no CoreNLP, no store. */
class StoryPassTest {
    private static final String BACKGROUND = " Separately, the city council met on Monday to discuss the budget for"
        + " road repairs, and the school board approved a new calendar for the coming year.";

    @Test
    void twoReportsOfOneShootingAreOneStoryAndAnotherTownsIsNot() {
        List<StoryArticle> articles = List.of(
            article("a", "2016-03-10", "Two hurt in Millbrook shooting",
                "MILLBROOK - Police say Dwayne Harlan, 34, opened fire outside the Riverside Tavern in Millbrook late"
                    + " Wednesday, wounding two patrons before fleeing on foot.", "Dwayne Harlan", "Millbrook"),
            article("b", "2016-03-11", "Millbrook tavern gunman sought",
                "Millbrook detectives are searching for Dwayne Harlan, the 34-year-old suspected of shooting two people"
                    + " outside the Riverside Tavern on Wednesday night.", "Dwayne Harlan", "Millbrook"),
            article("c", "2016-03-11", "Teen shot at Oak Ridge basketball court",
                "OAK RIDGE - A 16-year-old boy was shot in the leg at a basketball court in Oak Ridge on Thursday"
                    + " afternoon; officers have made no arrest.", "Marcus Bell", "Oak Ridge"));
        List<StoryDecision> d = new BatchStories(StoryPass.standard()).all(background(articles));
        StoryDecision a = d.get(d.size() - 3);
        StoryDecision b = d.get(d.size() - 2);
        StoryDecision c = d.get(d.size() - 1);
        assertEquals(a.storyId(), b.storyId(), () -> "b's links: " + b.links());
        assertEquals(a.profile().articleId(), b.links().get(0).articleId());
        assertTrue(b.links().get(0).shared().contains("person PERSON:dwayne harlan"), () -> b.links().toString());
        assertTrue(b.links().get(0).shared().contains("place LOCATION:millbrook"), () -> b.links().toString());
        assertNotEquals(a.storyId(), c.storyId(), () -> "c's links: " + c.links());
        assertEquals(c.profile().articleId(), c.storyId(), "an article that starts a story gives it its id");
    }

    @Test
    void aWireCopyJoinsItsOriginalWhateverItsWords() {
        StoryArticle original = article("a", "2016-03-10", "Two hurt in Millbrook shooting",
            "Police say a gunman wounded two patrons outside a tavern in Millbrook.", "Dwayne Harlan", "Millbrook");
        ArticleRecord r = telling(article("b", "2016-03-12", "Budget", "The council approved the budget.", "Ann Lee", "Oak Ridge")
            .record().withDuplicateOf(original.id()));
        List<StoryDecision> d = new BatchStories(StoryPass.standard()).all(List.of(original, new StoryArticle(r, Map.of(), 1)));
        assertEquals(d.get(0).storyId(), d.get(1).storyId());
        assertEquals(List.of("copy of this article"), d.get(1).links().get(0).shared());
    }

    /**
     * Regression: pages of one site whose scraped text is the same sign-up form, months apart and
     * under other headlines ("Atlanta News: 4 shot in northwest", then "Teenage boy shot and killed
     * by family member" two years on), were near copies, so each joined the first page's story.
     */
    @Test
    void aNearCopyPublishedMonthsFromItsOriginalIsNoWireCopy() {
        String form = "Just One More Thing... We have sent you a verification email. Please check your email and click"
            + " on the link to activate your profile.";
        StoryArticle first = article("a", "2014-08-04", "Atlanta News: 4 shot in northwest", form, "Ann Lee", "Atlanta");
        ArticleRecord later = article("b", "2016-11-28", "Teenage boy shot and killed by family member", form + " Close",
            "Bob Ray", "Riverdale").record().withDuplicateOf(first.id());
        // (a copy with an event: one without would be the site's chrome, read by its title)
        ArticleRecord wire = telling(article("c", "2014-08-05", "Four wounded in Atlanta", form + " Thanks",
            "Cy Young", "Atlanta").record().withDuplicateOf(first.id()));
        List<StoryDecision> d = new BatchStories(StoryPass.standard()).all(List.of(first, new StoryArticle(later, Map.of(), 1),
            new StoryArticle(wire, Map.of(), 2)));
        assertTrue(d.get(1).links().stream().noneMatch(l -> l.shared().contains("copy of this article")), () -> d.get(1).links().toString());
        assertEquals(d.get(0).storyId(), d.get(2).storyId(), "a copy the next day is a wire copy");
        assertEquals(List.of("copy of this article"), d.get(2).links().get(0).shared());
    }

    /** Regression: a verdict two years after its shooting was never compared with it (the window was 400 days). */
    @Test
    void aVerdictYearsAfterItsShootingIsComparedAndOneBeyondTheWindowIsNot() {
        StoryArticle shooting = article("a", "2014-09-16", "Man arrested in shooting death of girl", "Police arrested"
            + " Dwayne Harlan in the shooting death of a 3-year-old girl in Millbrook.", "Dwayne Harlan", "Millbrook");
        MemoryStories known = new MemoryStories();
        StoryPass pass = StoryPass.standard();
        known.add(pass.decide(shooting, known));
        long day = java.time.LocalDate.parse("2014-09-16").toEpochDay();
        List<String> anchors = pass.profiles().of(shooting, known).anchors();
        assertEquals(List.of(shooting.record().id()), ids(known.candidates(anchors, day + 793)), "a verdict 793 days later");
        assertEquals(List.of(), ids(known.candidates(anchors, day + KnownStories.WINDOW_DAYS + 1)));
    }

    private static List<String> ids(List<StoryMember> members) {
        return members.stream().map(m -> m.profile().articleId()).toList();
    }

    @Test
    void theSameArchiveInTheSameOrderGivesTheSameStories() {
        List<StoryArticle> articles = background(List.of(
            article("a", "2016-03-10", "Two hurt in Millbrook shooting", "Police say Dwayne Harlan wounded two patrons"
                + " outside the Riverside Tavern in Millbrook.", "Dwayne Harlan", "Millbrook"),
            article("b", "2016-03-11", "Millbrook gunman sought", "Detectives seek Dwayne Harlan after the Riverside"
                + " Tavern shooting in Millbrook.", "Dwayne Harlan", "Millbrook")));
        List<String> first = new BatchStories(StoryPass.standard()).all(articles).stream().map(StoryDecision::storyId).toList();
        List<String> again = new BatchStories(StoryPass.standard()).all(articles).stream().map(StoryDecision::storyId).toList();
        assertEquals(first, again);
    }

    @Test
    void anAnchorHeldByTooManyArticlesIsNotAskedFor() {
        // Four reports naming the same town: with a cap of two articles per anchor, the fourth asks
        // for no candidates through the town (three hold it); without the cap it does.
        for (int cap : new int[] {2, 1_000}) {
            MemoryStories stored = new MemoryStories();
            List<List<String>> asked = new ArrayList<>();
            KnownStories known = new KnownStories() {
                public int articles() {
                    return stored.articles();
                }

                public int docFreq(String term) {
                    return stored.docFreq(term);
                }

                public List<StoryMember> candidates(List<String> anchors, long day) {
                    asked.add(anchors);
                    return stored.candidates(anchors, day);
                }

                public StoryMember byArticle(String articleId) {
                    return stored.byArticle(articleId);
                }

                public String current(String storyId) {
                    return stored.current(storyId);
                }
            };
            StoryPass pass = new StoryPass(StoryProfiles.standard(), LinkModel.standard(), cap);
            for (int i = 0; i < 4; i++) {
                StoryArticle a = article("t" + i, "2016-03-1" + i, "Report " + i, "Shots in Millbrook, report " + i + ".",
                    "Nobody", "Millbrook");
                StoryDecision d = pass.decide(new StoryArticle(a.record(), Map.of(), i), known);
                stored.add(d);
            }
            assertEquals(cap == 2, !asked.get(3).contains("e:LOCATION:millbrook"), () -> "cap " + cap + ": " + asked);
            assertTrue(asked.get(2).contains("e:LOCATION:millbrook"), () -> "cap " + cap + ": " + asked);
        }
    }

    @Test
    void aStoryWhoseOtherArticlesClearlyDifferDoesNotTakeAnArticleOnOneGoodLink() {
        // One good link into a story of three, and the other two clearly not this happening: a
        // chain would drift through it, so the article does not join. Without the doubts it would.
        List<StoryLink> drifting = List.of(link("a", 1.2), link("b", -3.0), link("c", -2.5));
        assertTrue(StoryPass.value(drifting) < 0, () -> "value " + StoryPass.value(drifting));
        // The same good link with the others only unsure: it joins.
        List<StoryLink> close = List.of(link("a", 1.2), link("b", -0.4), link("c", 0.8));
        assertTrue(StoryPass.value(close) >= 0, () -> "value " + StoryPass.value(close));
        // No link at even odds: never joins, whatever the mean.
        assertTrue(StoryPass.value(List.of(link("a", -0.1))) < 0);
    }

    /**
     * A page whose body is its site's chrome (the same sign-up form as another page of the site,
     * no event in it) is no wire copy of that page, and is profiled by its title alone: the form's
     * words and names would link it to every page of the site.
     */
    @Test
    void aPageWhoseBodyIsAnotherPagesChromeIsReadByItsTitle() {
        String form = "Just One More Thing... We have sent you a verification email to Ann Lee. Please check your"
            + " email and click on the link to activate your profile.";
        StoryArticle first = article("a", "2016-03-10", "Four hurt in Marion nightclub shooting", form, "Ann Lee", "Marion");
        StoryArticle report = article("b", "2016-03-11", "Man killed on Alder Street in Millbrook",
            "MILLBROOK - Kevin Ortiz, 22, died after he was shot on Alder Street in Millbrook late Wednesday,"
                + " police said.", "Kevin Ortiz", "Millbrook");
        ArticleRecord chrome = article("c", "2016-03-12", "Millbrook man killed on Alder Street", form, "Ann Lee", "Marion")
            .record().withDuplicateOf(first.id());
        List<StoryDecision> d = new BatchStories(StoryPass.standard()).all(List.of(first, report, new StoryArticle(chrome, Map.of(), 2)));
        StoryDecision c = d.get(2);
        assertNotEquals(d.get(0).storyId(), c.storyId(), () -> "joined the form's first page: " + c.links());
        assertTrue(c.profile().people().isEmpty() && c.profile().places().isEmpty(), () -> c.profile().toString());
        assertEquals(java.util.Set.of("millbrook", "man", "killed", "alder", "street"), c.profile().words().keySet());
        // the same page with an event in its body is a report, however alike its body: a wire copy
        ArticleRecord wire = telling(chrome);
        List<StoryDecision> w = new BatchStories(StoryPass.standard()).all(List.of(first, report, new StoryArticle(wire, Map.of(), 2)));
        assertEquals(w.get(0).storyId(), w.get(2).storyId());
    }

    /**
     * A page whose body tells nothing of the harm its title tells (another story of the site: a
     * weather warning under a shooting's headline) is read by its title; a report whose events
     * the event stage missed but whose body tells the harm keeps its body.
     */
    @Test
    void aPageWhoseBodyTellsNoHarmOfItsTitleIsReadByItsTitle() {
        StoryArticle other = article("w", "2016-03-12", "Four injured by gunfire outside Marion nightclub",
            "Lake Effect Snow Warning issued January 11 at 6:51PM EST expiring January 14, said forecaster Ann Lee.",
            "Ann Lee", "Marion");
        StoryArticle missed = article("m", "2016-03-12", "Four injured by gunfire outside Marion nightclub",
            "Four people were wounded outside a nightclub in Marion early Sunday, said police chief Ann Lee.",
            "Ann Lee", "Marion");
        StoryProfile p = StoryProfiles.standard().of(other, new MemoryStories());
        assertEquals(java.util.Set.of("four", "injured", "gunfire", "outside", "marion", "nightclub"), p.words().keySet());
        assertTrue(p.people().isEmpty() && p.places().isEmpty(), () -> p.toString());
        StoryProfile q = StoryProfiles.standard().of(missed, new MemoryStories());
        assertTrue(q.words().containsKey("wounded") && q.places().contains("LOCATION:marion"), () -> q.toString());
    }

    /**
     * One shooting first told in two stories (the victim's death in one, the gunman's arrest in the
     * other: nothing shared but the evening), then a report that tells both: it merges them, and a
     * later report joins the merged story under either id.
     */
    @Test
    void aReportThatFitsTwoStoriesStronglyMergesThem() {
        List<StoryDecision> d = new BatchStories(StoryPass.standard()).all(merging("2016-03-11"));
        StoryDecision victim = d.get(d.size() - 4);
        StoryDecision gunman = d.get(d.size() - 3);
        StoryDecision both = d.get(d.size() - 2);
        StoryDecision later = d.get(d.size() - 1);
        assertNotEquals(victim.storyId(), gunman.storyId(), () -> "the first two are two stories: " + gunman.links());
        String other = both.storyId().equals(victim.storyId()) ? gunman.storyId() : victim.storyId();
        assertEquals(List.of(other), both.merged().stream().map(StoryLink::storyId).toList(),
            () -> "links " + both.links() + ", merged " + both.merged());
        assertTrue(both.merged().get(0).score() >= StoryPass.MERGE, () -> both.merged().toString());
        assertEquals(both.storyId(), later.storyId(), () -> "later: " + later.links());
        assertTrue(later.merged().isEmpty(), () -> later.merged().toString());
    }

    @Test
    void aCurrentStoryIsFollowedThroughEveryMerge() {
        List<StoryArticle> articles = merging("2016-03-11");
        MemoryStories known = new MemoryStories();
        StoryPass pass = StoryPass.standard();
        List<StoryDecision> d = new ArrayList<>();
        for (StoryArticle a : articles) {
            d.add(pass.decide(a, known));
            known.add(d.get(d.size() - 1));
        }
        String victim = d.get(d.size() - 4).storyId();
        String gunman = d.get(d.size() - 3).storyId();
        assertEquals(known.current(victim), known.current(gunman));
        assertEquals(d.get(d.size() - 2).storyId(), known.current(victim));
        assertEquals(d.get(0).storyId(), known.current(d.get(0).storyId()), "a story never merged is its own");
        assertEquals("elsewhere", MemoryStories.current("a", Map.of("a", "b", "b", "elsewhere")::get));
    }

    /** An undated report (an archive without days) merges nothing, however strongly it fits both. */
    @Test
    void anUndatedReportMergesNothing() {
        List<StoryDecision> d = new BatchStories(StoryPass.standard()).all(merging(null));
        assertTrue(d.stream().allMatch(x -> x.merged().isEmpty()), () -> d.get(d.size() - 2).merged().toString());
    }

    private static List<StoryArticle> merging(String bridging) {
        List<StoryArticle> out = new ArrayList<>();
        for (ArticleRecord r : MergingStory.all(bridging)) {
            out.add(new StoryArticle(r, Map.of(), out.size()));
        }
        return out;
    }

    /** The record with one event: a report, where the same body without one would be page chrome. */
    private static ArticleRecord telling(ArticleRecord r) {
        return new ArticleRecord(r.schema(), r.id(), r.input(), r.url(), r.source(), r.title(), r.authors(),
            r.published(), r.language(), r.text(), r.entities(), r.dates(), r.statements(),
            List.of(new Event("V1", EventType.ASSAULT, null, List.of(), null, List.of(), List.of(), null, null, null, null,
                null, null, null, null, 1.0)), r.warnings(), r.duplicateOf());
    }

    private static StoryLink link(String article, double score) {
        return new StoryLink(article, "s", score, List.of());
    }

    /** Unrelated articles before, so that word rarities mean something, as in any store. */
    private static List<StoryArticle> background(List<StoryArticle> articles) {
        List<StoryArticle> out = new ArrayList<>();
        String[] topics = {"harvest", "election", "museum", "bridge", "festival", "hospital", "airport", "library"};
        for (int i = 0; i < topics.length; i++) {
            out.add(article("bg" + i, "2016-03-0" + (i + 1), "News of the " + topics[i],
                "The " + topics[i] + " opened on schedule, officials said." + BACKGROUND, "Ann Lee" + i, "Town" + i));
        }
        for (StoryArticle a : articles) {
            out.add(new StoryArticle(a.record(), a.entityKeys(), out.size()));
        }
        return out;
    }

    private static StoryArticle article(String name, String published, String title, String text, String person,
                                        String place) {
        List<Entity> entities = new ArrayList<>();
        if (text.contains(person)) {
            entities.add(new Entity("E1", person, EntityType.PERSON, List.of(), null, null, null, false,
                List.of(span(text, person))));
        }
        if (text.contains(place)) {
            entities.add(new Entity("E2", place, EntityType.LOCATION, List.of(), null, null, null, false,
                List.of(span(text, place))));
        }
        ArticleRecord r = new ArticleRecord(ArticleRecord.SCHEMA, ArticleRecord.contentId(name + text),
            InputRef.of(name + ".html", InputRef.Format.HTML), "https://example.org/" + name,
            new Source(null, name + ".example.org", List.of()), title, List.of(), Published.parse(published), "en",
            text, entities, List.of(), List.of(), List.of(), List.of(), null);
        assertSpansMatchText(r);
        return new StoryArticle(r, Map.of(), 0);
    }

    private static Span span(String text, String words) {
        int at = text.indexOf(words);
        return new Span(at, at + words.length(), words);
    }
}
