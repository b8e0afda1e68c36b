package org.dateline.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Factuality;
import org.dateline.model.Source;
import org.dateline.model.Span;
import org.dateline.model.Statement;
import org.dateline.model.StatementKind;
import org.dateline.testing.SpanAssertions;
import org.junit.jupiter.api.Test;

/** Claims on hand-built records: each statement is cut out of its text by the words given. */
class ClaimsTest {
    /** A record under construction: its outlet, text, entities and statements. */
    private static final class Article {
        final String outlet;
        final String text;
        final List<Entity> entities = new ArrayList<>();
        final List<Statement> statements = new ArrayList<>();
        final List<Event> events = new ArrayList<>();
        final Map<String, String> keys = new HashMap<>();
        String domain;

        Article(String outlet, String text) {
            this.outlet = outlet;
            this.text = text;
        }

        /** The site's domain, beside its name or alone (a scraped page without a site name). */
        Article domain(String d) {
            domain = d;
            return this;
        }

        /** A person without a code of their own who speaks for {@code organization}. */
        Article member(String id, String name, String organization) {
            entities.add(new Entity(id, name, EntityType.PERSON, List.of(), null, null, organization, List.of(span(name))));
            keys.put(id, "PERSON:" + name.toLowerCase());
            return this;
        }

        /** A speaker named by {@code name} (its first mention) with a country code or null. */
        Article speaker(String id, String name, EntityType type, String code) {
            entities.add(new Entity(id, name, type, List.of(), code, null, null, List.of(span(name))));
            keys.put(id, type + ":" + name.toLowerCase());
            return this;
        }

        /** A statement by entity {@code speaker} (null: anonymous, {@code source} names it). */
        Article says(String speaker, String source, String cue, String content, String... framing) {
            List<Span> framed = new ArrayList<>();
            for (String f : framing) {
                framed.add(span(f));
            }
            statements.add(new Statement("S" + (statements.size() + 1), speaker, span(source), span(cue),
                span(content), StatementKind.INDIRECT, null, framed));
            return this;
        }

        /** An act of entity {@code actor} (to {@code recipient}, or null) on {@code trigger}, its first occurrence. */
        Article does(EventType type, String trigger, String actor, String recipient) {
            events.add(new Event("V" + (events.size() + 1), type, null, List.of(), null, List.of(actor),
                recipient == null ? List.of() : List.of(recipient), null, null, null, null, Factuality.ASSERTED, null,
                span(trigger), span(trigger), 1.0));
            return this;
        }

        Span span(String part) {
            int at = text.indexOf(part);
            assertThat(at).as("'%s' in the text", part).isNotNegative();
            int start = text.codePointCount(0, at);
            return new Span(start, start + part.codePointCount(0, part.length()), part);
        }

        StoryArticle build(long seq) {
            ArticleRecord r = new ArticleRecord(ArticleRecord.SCHEMA, ArticleRecord.contentId(text), null, null,
                new Source(outlet, domain, List.of()), null, List.of(), null, "en", text, entities, List.of(),
                statements, events, List.of(), null);
            SpanAssertions.assertSpansMatchText(r);
            return new StoryArticle(r, keys, seq);
        }
    }

    /** The Armenian foreign minister on the blockade, in the Yerevan Courier. */
    private static Article mirzoyanOnTheBlockade() {
        return mirzoyanOnTheBlockade("Yerevan Courier");
    }

    private static Article mirzoyanOnTheBlockade(String outlet) {
        return new Article(outlet, "Foreign Minister Ararat Mirzoyan said the blockade of the road had left the region without food.")
            .speaker("E1", "Ararat Mirzoyan", EntityType.PERSON, "ARM")
            .says("E1", "Ararat Mirzoyan", "said", "the blockade of the road had left the region without food");
    }

    private static List<StoryArticle> story(Article... articles) {
        List<StoryArticle> all = new ArrayList<>();
        for (Article a : articles) {
            all.add(a.build(all.size()));
        }
        return all;
    }

    /** Every span of every claim is its article's text at its offsets. */
    private static void assertClaimSpans(List<Claim> claims, List<StoryArticle> story) {
        for (Claim c : claims) {
            for (ClaimStance s : c.stances()) {
                ArticleRecord r = story.stream().filter(a -> a.id().equals(s.articleId())).findFirst().orElseThrow().record();
                List<Span> spans = new ArrayList<>(s.words());
                spans.addAll(s.framing());
                spans.add(s.cue());
                spans.add(s.content());
                if (s.evidence() != null) {
                    spans.add(s.evidence());
                }
                SpanAssertions.assertSpansMatchText(r.text(), "claim " + c.id() + " " + s.ref(), spans);
            }
        }
    }

    private static ClaimStance stanceOf(Claim c, StoryArticle a, String statement) {
        return c.stances().stream().filter(s -> s.ref().equals(a.id() + "#" + statement)).findFirst().orElseThrow();
    }

    /**
     * Audit (stop 47): every GVA article has a domain and no site name, and each of its claims said
     * "unknown outlet" where its incident reports named the domain.
     */
    @Test
    void aSiteKnownByItsDomainAloneIsTheStancesOutlet() {
        List<StoryArticle> story = story(
            mirzoyanOnTheBlockade(null).domain("yerevan-courier.example"),
            new Article("Caspian Ledger", "President Ilham Aliyev said the road is not blocked and that the claims "
                + "of a \"blockade\" are groundless.")
                .domain("ledger.example")
                .speaker("E1", "Ilham Aliyev", EntityType.PERSON, "AZE")
                .says("E1", "Ilham Aliyev", "said",
                    "the road is not blocked and that the claims of a \"blockade\" are groundless", "blockade"));
        Claim c = Claims.of("story-1", story).get(0);
        assertThat(stanceOf(c, story.get(0), "S1").outlet()).isEqualTo("yerevan-courier.example");
        assertThat(stanceOf(c, story.get(1), "S1").outlet()).isEqualTo("Caspian Ledger");
    }

    /**
     * Audit (stop 47): "Hikmet Hajizada, head of the Azerbaijani Foreign Ministry's press service"
     * had no side, though his entity named his ministry and the ministry was coded AZE, so his denial
     * did not make the claim contested.
     */
    @Test
    void aPersonSpeaksForTheCodedOrganisationTheyBelongTo() {
        List<StoryArticle> story = story(
            mirzoyanOnTheBlockade(),
            new Article("Caspian Ledger", "Hikmet Hajizada of the Azerbaijani Foreign Ministry said the road is not "
                + "blocked and that the claims of a \"blockade\" are groundless.")
                .member("E1", "Hikmet Hajizada", "Azerbaijani Foreign Ministry")
                .speaker("E2", "Azerbaijani Foreign Ministry", EntityType.ORGANIZATION, "AZE")
                .says("E1", "Hikmet Hajizada", "said",
                    "the road is not blocked and that the claims of a \"blockade\" are groundless", "blockade"));
        Claim c = Claims.of("story-1", story).get(0);
        ClaimStance denies = stanceOf(c, story.get(1), "S1");
        assertThat(denies.stance()).isEqualTo(Stance.DENIES);
        assertThat(denies.side()).isEqualTo("AZE");
        assertThat(denies.sideRef()).isEqualTo(story.get(1).id() + "#E2");
        assertThat(c.contested()).isTrue();
    }

    @Test
    void oneSideAssertsWhatTheOtherDenies() {
        List<StoryArticle> story = story(
            mirzoyanOnTheBlockade(),
            new Article("Caspian Ledger", "President Ilham Aliyev said the road is not blocked and that the claims "
                + "of a \"blockade\" are groundless.")
                .speaker("E1", "Ilham Aliyev", EntityType.PERSON, "AZE")
                .says("E1", "Ilham Aliyev", "said",
                    "the road is not blocked and that the claims of a \"blockade\" are groundless", "blockade"));
        List<Claim> claims = Claims.of("story-1", story);

        assertThat(claims).hasSize(1);
        Claim c = claims.get(0);
        assertThat(c.id()).isEqualTo("story-1/" + story.get(0).id() + "#S1");
        assertThat(c.proposition()).isEqualTo("blockade");
        assertThat(c.framed()).isTrue();
        ClaimStance asserts = stanceOf(c, story.get(0), "S1");
        ClaimStance denies = stanceOf(c, story.get(1), "S1");
        assertThat(asserts.stance()).isEqualTo(Stance.ASSERTS);
        assertThat(asserts.side()).isEqualTo("ARM");
        assertThat(asserts.outlet()).isEqualTo("Yerevan Courier");
        assertThat(denies.stance()).isEqualTo(Stance.DENIES);
        assertThat(denies.side()).isEqualTo("AZE");
        assertThat(denies.speaker()).isEqualTo("Ilham Aliyev");
        assertThat(denies.speakerKey()).isEqualTo("PERSON:ilham aliyev");
        assertThat(denies.evidence().text()).as("the negator before 'blocked'").isEqualTo("not");
        assertThat(denies.words()).extracting(Span::text).containsExactly("blocked");
        assertThat(denies.framing()).extracting(Span::text).containsExactly("blockade");
        assertThat(c.links()).singleElement().satisfies(l -> {
            assertThat(l.from()).isEqualTo(asserts.ref());
            assertThat(l.to()).isEqualTo(denies.ref());
            assertThat(l.words()).containsExactly("blocked");
        });
        assertThat(c.contested()).isTrue();
        assertClaimSpans(claims, story);
    }

    @Test
    void statementsSharingOnlyACommonWordStayApart() {
        List<StoryArticle> story = story(
            new Article("Caspian Ledger", "The activists said that the road remains open for humanitarian vehicles.")
                .says(null, "The activists", "said", "the road remains open for humanitarian vehicles"),
            new Article("Yerevan Courier", "The Red Cross said it remained ready to facilitate humanitarian operations.")
                .speaker("E1", "Red Cross", EntityType.ORGANIZATION, "NGO")
                .says("E1", "The Red Cross", "said", "it remained ready to facilitate humanitarian operations"));

        assertThat(Claims.of("story-1", story)).as("'humanitarian' and 'remain' are two words, not a claim").isEmpty();
    }

    @Test
    void threeSharedWordsMakeAClaimAndAnAnonymousSourceOnlyReports() {
        List<StoryArticle> story = story(
            new Article("Caspian Ledger", "The activists said that the road remains open for humanitarian vehicles.")
                .says(null, "The activists", "said", "the road remains open for humanitarian vehicles"),
            new Article("Geneva Dispatch", "Azerbaijan said that the road was open for civilian and humanitarian traffic.")
                .speaker("E1", "Azerbaijan", EntityType.COUNTRY, "AZE")
                .says("E1", "Azerbaijan", "said", "the road was open for civilian and humanitarian traffic"));
        List<Claim> claims = Claims.of("s", story);

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.proposition()).isEqualTo("road open humanitarian");
            assertThat(c.framed()).isFalse();
            assertThat(c.stances()).extracting(ClaimStance::stance).containsExactly(Stance.REPORTS, Stance.ASSERTS);
            assertThat(c.stances().get(0).speaker()).isEqualTo("The activists");
            assertThat(c.contested()).isFalse();
        });
        assertClaimSpans(claims, story);
    }

    @Test
    void aDenyingCueAndSoCalledDeny() {
        List<StoryArticle> story = story(
            new Article("Caspian Ledger", "The ministry said the attack was carried out by members of illegal armed groups.")
                .speaker("E1", "ministry", EntityType.ORGANIZATION, "AZE")
                .says("E1", "The ministry", "said", "the attack was carried out by members of illegal armed groups"),
            new Article("Yerevan Courier", "The Armenian Foreign Ministry denied that the attack had been carried out "
                + "by Armenian armed groups.")
                .speaker("E1", "Armenian Foreign Ministry", EntityType.ORGANIZATION, "ARM")
                .says("E1", "The Armenian Foreign Ministry", "denied", "the attack had been carried out by Armenian armed groups"),
            new Article("Yerevan Courier", "Mirzoyan said the \"so-called eco-activists\" were sent by Baku. Baku said "
                + "the \"eco-activists\" were protesting against mining.")
                .speaker("E1", "Mirzoyan", EntityType.PERSON, "ARM")
                .speaker("E2", "Baku", EntityType.LOCATION, "AZE")
                .says("E1", "Mirzoyan", "said", "the \"so-called eco-activists\" were sent by Baku", "so-called eco-activists")
                .says("E2", "Baku said", "said", "the \"eco-activists\" were protesting against mining", "eco-activists"));
        List<Claim> claims = Claims.of("s", story);

        assertThat(claims).hasSize(2);
        Claim attack = claims.get(0);
        assertThat(attack.proposition()).isEqualTo("attack carried armed groups");
        assertThat(attack.stances()).extracting(ClaimStance::stance).containsExactly(Stance.ASSERTS, Stance.DENIES);
        assertThat(stanceOf(attack, story.get(1), "S1").evidence().text()).isEqualTo("denied");
        Claim eco = claims.get(1);
        assertThat(eco.framed()).isTrue();
        assertThat(stanceOf(eco, story.get(2), "S1").evidence().text()).isEqualTo("so-called");
        assertThat(stanceOf(eco, story.get(2), "S2").stance()).as("scare quotes alone deny nothing").isEqualTo(Stance.ASSERTS);
        assertClaimSpans(claims, story);
    }

    /**
     * A negator denies the proposition only when nothing but function words, its own words or a
     * verb of finding stands between ("did not find that there was a blockade"), not when it
     * negates another verb ("would not allow the illegal exploitation ... to continue").
     */
    @Test
    void aNegatorReachesThroughFindingButNotThroughAnotherVerb() {
        List<StoryArticle> story = story(
            new Article("Caspian Ledger", "One activist said they were against the illegal exploitation of natural "
                + "resources. Aliyev said Azerbaijan would not allow the illegal exploitation of its resources to continue.")
                .speaker("E1", "Aliyev", EntityType.PERSON, "AZE")
                .says(null, "One activist", "said", "they were against the illegal exploitation of natural resources")
                .says("E1", "Aliyev", "said", "Azerbaijan would not allow the illegal exploitation of its resources to continue"),
            new Article("Yerevan Courier", "Mirzoyan said the \"blockade\" must end. The ministry said: "
                + "\"The court did not find that there was a blockade.\"")
                .speaker("E1", "Mirzoyan", EntityType.PERSON, "ARM")
                .says("E1", "Mirzoyan", "said", "the \"blockade\" must end", "blockade")
                .says(null, "The ministry", "said", "\"The court did not find that there was a blockade.\""));
        List<Claim> claims = Claims.of("s", story);

        assertThat(claims).hasSize(2);
        assertThat(stanceOf(claims.get(0), story.get(0), "S2").stance()).isEqualTo(Stance.ASSERTS);
        ClaimStance court = stanceOf(claims.get(1), story.get(1), "S2");
        assertThat(court.stance()).isEqualTo(Stance.DENIES);
        assertThat(court.evidence().text()).isEqualTo("not");
        assertThat(stanceOf(claims.get(1), story.get(1), "S1").stance()).as("quoted, not denied").isEqualTo(Stance.ASSERTS);
        assertClaimSpans(claims, story);
    }

    /**
     * Audit (stop 47): "Nobody has blocked the road" asserted the blockade it denies: the negating
     * pronouns and determiners were no negators, only not, no, never and n't.
     */
    @Test
    void nobodyNoneNothingAndNeitherNorDeny() {
        List<StoryArticle> story = story(
            new Article("Yerevan Courier", "Mirzoyan said the \"blockade\" of the road must end.")
                .speaker("E1", "Mirzoyan", EntityType.PERSON, "ARM")
                .says("E1", "Mirzoyan", "said", "the \"blockade\" of the road must end", "blockade"),
            new Article("Caspian Ledger", "Aliyev told reporters: \"Nobody has blocked the road.\" Hajizada said nothing "
                + "blocks the road. Bayramov said the road was neither blocked nor closed.")
                .speaker("E1", "Aliyev", EntityType.PERSON, "AZE")
                .speaker("E2", "Hajizada", EntityType.PERSON, "AZE")
                .speaker("E3", "Bayramov", EntityType.PERSON, "AZE")
                .says("E1", "Aliyev", "told", "\"Nobody has blocked the road.\"")
                .says("E2", "Hajizada", "said", "nothing blocks the road")
                .says("E3", "Bayramov", "said", "the road was neither blocked nor closed"));
        Claim c = Claims.of("s", story).get(0);

        assertThat(c.proposition()).isEqualTo("blockade");
        assertThat(List.of("S1", "S2", "S3")).extracting(id -> stanceOf(c, story.get(1), id).evidence().text())
            .containsExactly("Nobody", "nothing", "neither");
        assertThat(List.of("S1", "S2", "S3")).extracting(id -> stanceOf(c, story.get(1), id).stance())
            .containsOnly(Stance.DENIES);
        assertClaimSpans(List.of(c), story);
    }

    @Test
    void aWireCopyIsNotASecondSource() {
        Article first = new Article("Caucasus Wire", "The ministry said the road remains open for humanitarian traffic.")
            .says(null, "The ministry", "said", "the road remains open for humanitarian traffic");
        StoryArticle original = first.build(0);
        ArticleRecord copy = new Article("Caspian Ledger", "The ministry said the road remains open for humanitarian "
            + "traffic. Reporting by the wire.")
            .says(null, "The ministry", "said", "the road remains open for humanitarian traffic")
            .build(1).record().withDuplicateOf(original.id());

        assertThat(Claims.of("s", List.of(original, new StoryArticle(copy, Map.of(), 1)))).isEmpty();
    }

    /** The {@code side} defence ministry says the {@code other} side's troops shelled the border villages. */
    private static Article ministryAccuses(String outlet, String side, String sideCode, String other, String otherCode) {
        String content = other + " troops shelled border villages overnight";
        return new Article(outlet, "The " + side + " Defence Ministry said that " + content + ".")
            .speaker("E1", side + " Defence Ministry", EntityType.ORGANIZATION, sideCode)
            .speaker("E2", other + " troops", EntityType.GROUP, otherCode)
            .says("E1", side + " Defence Ministry", "said", content)
            .does(EventType.ASSAULT, "shelled", "E2", null);
    }

    /**
     * Two claims, each naming the other in its counters: one act, two versions of who did it; both
     * contested (a monitor filtering the claims table on contested had missed every such pair).
     */
    private static void assertCounterEachOther(List<Claim> claims) {
        assertThat(claims.get(0).counters()).containsExactly(claims.get(1).id());
        assertThat(claims.get(1).counters()).containsExactly(claims.get(0).id());
        assertThat(claims).allMatch(Claim::contested, "contested");
    }

    /**
     * Audit (stop 47): each side's ministry said the other's troops shelled the villages, and the
     * two were one claim that both sides asserted, "Azerbaijan asserts that Azerbaijani troops
     * shelled". Who did the act is the proposition: a claim holds no two statements that put the
     * same kind of act on disjoint countries.
     */
    @Test
    void sidesAccusingEachOtherOfOneActMakeTwoClaims() {
        List<StoryArticle> story = story(
            ministryAccuses("Yerevan Courier", "Armenian", "ARM", "Azerbaijani", "AZE"),
            ministryAccuses("Caspian Ledger", "Azerbaijani", "AZE", "Armenian", "ARM"),
            new Article("Geneva Dispatch", "Armenia said that Azerbaijani troops shelled border villages overnight again.")
                .speaker("E1", "Armenia", EntityType.COUNTRY, "ARM")
                .speaker("E2", "Azerbaijani troops", EntityType.GROUP, "AZE")
                .says("E1", "Armenia", "said", "Azerbaijani troops shelled border villages overnight again")
                .does(EventType.ASSAULT, "shelled", "E2", null),
            new Article("Northern Observer", "Azerbaijan said that Armenian troops shelled border villages overnight.")
                .speaker("E1", "Azerbaijan", EntityType.COUNTRY, "AZE")
                .speaker("E2", "Armenian troops", EntityType.GROUP, "ARM")
                .says("E1", "Azerbaijan", "said", "Armenian troops shelled border villages overnight")
                .does(EventType.ASSAULT, "shelled", "E2", null));
        List<Claim> claims = Claims.of("s", story);

        assertThat(claims).hasSize(2);
        assertThat(claims).extracting(c -> c.stances().stream().map(ClaimStance::side).distinct().toList())
            .containsExactly(List.of("ARM"), List.of("AZE"));
        assertThat(claims.get(0).stances()).extracting(ClaimStance::articleId)
            .containsExactly(story.get(0).id(), story.get(2).id());
        // each claim says whose troops its side names: the words its own statements share
        assertThat(claims).extracting(Claim::proposition)
            .containsExactly("Azerbaijani troops shelled border villages overnight", "Armenian troops shelled border villages overnight");
        assertCounterEachOther(claims);
        assertClaimSpans(claims, story);
    }

    /**
     * Audit (stop 49): the usual case is one statement from each side's ministry. The split of
     * stop 48 left each side alone with one statement, under the two a claim needs, so the mirror
     * accusations vanished from the story's claims. Each version is a claim of its own, countering
     * the other.
     */
    @Test
    void oneStatementFromEachSideAccusingTheOtherMakesTwoClaimsThatCounterEachOther() {
        List<StoryArticle> story = story(
            ministryAccuses("Yerevan Courier", "Armenian", "ARM", "Azerbaijani", "AZE"),
            ministryAccuses("Caspian Ledger", "Azerbaijani", "AZE", "Armenian", "ARM"));
        List<Claim> claims = Claims.of("s", story);

        assertThat(claims).hasSize(2);
        assertThat(claims).extracting(c -> c.stances().get(0).side()).containsExactly("ARM", "AZE");
        assertThat(claims).extracting(c -> c.stances().get(0).stance()).containsExactly(Stance.ASSERTS, Stance.ASSERTS);
        assertThat(claims).extracting(Claim::proposition)
            .containsExactly("Azerbaijani troops shelled border villages overnight", "Armenian troops shelled border villages overnight");
        assertCounterEachOther(claims);
        assertClaimSpans(claims, story);
    }

    /**
     * "Sources in the Armenian government" speak for no one who can be asked (speaker null), but
     * for a side: the stance only reports, and its side is the body its source names.
     */
    @Test
    void anAnonymousSourceOnlyReportsForTheSideItsWordsName() {
        List<StoryArticle> story = story(
            new Article("Yerevan Courier", "Sources in the Armenian government said that the road to Stepanakert was blocked for civilian traffic.")
                .speaker("E1", "Armenian government", EntityType.ORGANIZATION, "ARM")
                .says(null, "Sources in the Armenian government", "said", "the road to Stepanakert was blocked for civilian traffic"),
            new Article("Caspian Ledger", "Azerbaijan denied that the road to Stepanakert was blocked for civilian traffic.")
                .speaker("E1", "Azerbaijan", EntityType.COUNTRY, "AZE")
                .says("E1", "Azerbaijan", "denied", "the road to Stepanakert was blocked for civilian traffic"));
        assertThat(Claims.of("s", story)).singleElement().satisfies(c -> {
            ClaimStance sources = c.stances().get(0);
            assertThat(sources.stance()).isEqualTo(Stance.REPORTS);
            assertThat(sources.speaker()).isEqualTo("Sources in the Armenian government");
            assertThat(sources.side()).isEqualTo("ARM");
            assertThat(sources.sideRef()).isEqualTo(story.get(0).id() + "#E1");
            assertThat(c.contested()).as("a source that only reports contests nothing").isFalse();
        });
    }

    /**
     * ECB+ dev: the Indian navy "captured 23 pirates who attacked a merchant vessel" and "the pirates
     * had fired at the merchant vessel" tell one happening in which both acted; no side accuses the
     * other, so the statements stay one claim. Only speakers of two known sides putting the act on
     * disjoint countries are opposed.
     */
    @Test
    void twoActorsOfOneHappeningToldByOneSideStayOneClaim() {
        List<StoryArticle> story = story(
            new Article("Hindustan Times", "The Indian navy said that it captured pirates near the merchant vessel.")
                .speaker("E1", "Indian navy", EntityType.ORGANIZATION, "IND")
                .says("E1", "Indian navy", "said", "it captured pirates near the merchant vessel")
                .does(EventType.ASSAULT, "captured", "E1", null),
            new Article("Sify", "The navy said that pirates fired near the merchant vessel.")
                .speaker("E1", "navy", EntityType.ORGANIZATION, null)
                .speaker("E2", "pirates", EntityType.GROUP, "SOM")
                .says("E1", "navy", "said", "pirates fired near the merchant vessel")
                .does(EventType.ASSAULT, "fired", "E2", null));
        assertThat(Claims.of("s", story)).singleElement()
            .satisfies(c -> assertThat(c.stances()).hasSize(2));
    }

    /**
     * "The Russian Defence Ministry could not confirm that the road ... was blocked" asserted the
     * blockade: a speaker whose cue is negated takes no stand, and only reports what others say.
     */
    @Test
    void aSpeakerWhoCouldNotConfirmOnlyReports() {
        List<StoryArticle> story = story(
            new Article("Yerevan Courier", "The Armenian government said that the road to Stepanakert was blocked for civilian traffic.")
                .speaker("E1", "Armenian government", EntityType.ORGANIZATION, "ARM")
                .says("E1", "Armenian government", "said", "the road to Stepanakert was blocked for civilian traffic"),
            new Article("Northern Observer", "The Russian Defence Ministry could not confirm that the road to Stepanakert was blocked for civilian traffic.")
                .speaker("E1", "Russian Defence Ministry", EntityType.ORGANIZATION, "RUS")
                .says("E1", "Russian Defence Ministry", "could not confirm", "the road to Stepanakert was blocked for civilian traffic"),
            new Article("Caspian Ledger", "Azerbaijan did not deny that the road to Stepanakert was blocked for civilian traffic.")
                .speaker("E1", "Azerbaijan", EntityType.COUNTRY, "AZE")
                .says("E1", "Azerbaijan", "did not deny", "the road to Stepanakert was blocked for civilian traffic"));
        List<Claim> claims = Claims.of("s", story);

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.stances()).extracting(ClaimStance::stance)
                .containsExactly(Stance.ASSERTS, Stance.REPORTS, Stance.REPORTS);
            assertThat(c.stances().get(1).evidence().text()).isEqualTo("could not confirm");
            assertThat(c.contested()).isFalse();
        });
        assertClaimSpans(claims, story);
    }
}
