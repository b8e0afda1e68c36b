package org.dateline.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.testing.SpanAssertions.assertSpansMatchText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.model.ArticleRecord;
import org.dateline.model.DateFact;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.EventMode;
import org.dateline.model.EventType;
import org.dateline.model.Factuality;
import org.dateline.model.InputRef;
import org.dateline.model.Published;
import org.dateline.model.Source;
import org.dateline.model.Span;
import org.dateline.model.TimexType;
import org.junit.jupiter.api.Test;

/** Incidents fused from hand-built records: tolls, dates, places, copies and later happenings. */
class IncidentsTest {
    private static final String STORY = "S1";

    /** KSL's report of two killed on Thursday (event V1), then the Deseret News's of three on Friday (V2). */
    private static List<StoryArticle> spanishFork() {
        return List.of(new Article("ksl", "KSL", "2014-01-17",
                "A gunman shot and killed two people late Thursday in Spanish Fork.")
                .place("Spanish Fork").event("V1", EventType.ASSAULT, null, "killed", "killed two people", null, "late Thursday", "2014-01-16")
                .build(0),
            new Article("deseret", "Deseret News", "2014-01-18",
                "Three people were killed Friday in Spanish Fork, Utah, police said.")
                .place("Spanish Fork").event("V2", EventType.ASSAULT, null, "killed", "Three people were killed", null, "Friday", "2014-01-17")
                .build(1));
    }

    @Test
    void twoOutletsDisagreeingOnTollAndDateKeepBothVersions() {
        StoryArticle ksl = spanishFork().get(0);
        StoryArticle deseret = spanishFork().get(1);

        List<Incident> incidents = Incidents.of(STORY, List.of(ksl, deseret));

        assertThat(incidents).hasSize(1);
        Incident i = incidents.get(0);
        assertThat(i.id()).isEqualTo(Incidents.idOf(STORY, ksl.id(), "V1"));
        assertThat(i.articleIds()).containsExactly(ksl.id(), deseret.id());
        assertThat(i.eventRefs()).containsExactly(ksl.id() + "#V1", deseret.id() + "#V2");
        assertThat(i.killed()).isEqualTo(3);
        assertThat(i.basis().killed().rule()).isEqualTo("rising-toll");
        assertThat(i.date()).isEqualTo("2014-01-16");
        assertThat(i.basis().date().rule()).isEqualTo("earliest");
        assertThat(i.location()).isEqualTo("Spanish Fork, Utah");
        assertThat(i.disagreements()).extracting(Disagreement::field).containsExactly("date", "killed");
        Disagreement toll = i.disagreements().get(1);
        assertThat(toll.versions()).extracting(Disagreement.Version::value).containsExactlyInAnyOrder("2", "3");
        IncidentReport first = i.sources().get(0);
        assertThat(first.outlet()).isEqualTo("KSL");
        assertThat(first.dateText()).isEqualTo("late Thursday");
        assertThat(first.dateBasis()).isEqualTo("event");
        // every value links to the words it rests on: the page highlights them in the article
        assertThat(first.dateEvidence()).isEqualTo(new Span(36, 49, "late Thursday"));
        assertThat(first.locationEvidence()).isEqualTo(new Span(53, 65, "Spanish Fork"));
        assertThat(i.sources().get(1).dateEvidence().text()).isEqualTo("Friday");
        assertThat(first.killedEvidence().text()).isEqualTo("killed two people");
        assertThat(first.injured()).isEqualTo(0);
        assertThat(first.injuredBasis()).isEqualTo("implied");
    }

    /**
     * A source disagrees only with what it states. GVA dev's real export listed 437 incidents whose
     * sources "differed" on the date, 63 of them only because one source wrote no date and its
     * published day stood in; 65 of 141 on the dead only through a 0 implied by a text that counts
     * the wounded and tells of no death. Each report keeps its value and basis side by side.
     */
    @Test
    void aValueNoWordsStateIsNoDisagreement() {
        StoryArticle ksl = new Article("ksl", "KSL", "2014-01-17",
                "A gunman shot and killed two people late Thursday in Spanish Fork.")
            .place("Spanish Fork").event("V1", EventType.ASSAULT, null, "killed", "killed two people", null, "late Thursday", "2014-01-16")
            .build(0);
        StoryArticle tribune = new Article("tribune", "Salt Lake Tribune", "2014-01-19",
                "One man was wounded in a shooting in Spanish Fork, police said.")
            .place("Spanish Fork").event("V4", EventType.ASSAULT, null, "shooting", null, "One man was wounded", null, null)
            .build(1);

        Incident i = Incidents.of(STORY, List.of(ksl, tribune)).get(0);

        IncidentReport second = i.sources().get(1);
        assertThat(second.date()).isEqualTo("2014-01-19");
        assertThat(second.dateBasis()).isEqualTo("published");
        assertThat(second.killed()).isEqualTo(0);
        assertThat(second.killedBasis()).isEqualTo("implied");
        assertThat(i.sources().get(0).injuredBasis()).isEqualTo("implied");
        assertThat(i.disagreements()).isEmpty();

        // what two sources state still differs, listing only those that state it
        StoryArticle deseret = spanishFork().get(1);
        Incident three = Incidents.of(STORY, List.of(ksl, tribune, deseret)).get(0);
        Disagreement toll = three.disagreements().stream().filter(d -> d.field().equals("killed")).findFirst().orElseThrow();
        assertThat(toll.versions()).extracting(Disagreement.Version::value).containsExactlyInAnyOrder("2", "3");
        Disagreement day = three.disagreements().stream().filter(d -> d.field().equals("date")).findFirst().orElseThrow();
        assertThat(day.versions()).extracting(Disagreement.Version::articleIds)
            .containsExactlyInAnyOrder(List.of(ksl.id()), List.of(deseret.id()));
    }

    /**
     * Two stories merged: the incident's id now starts with the story it was merged into, and its
     * first report may be an earlier one of the other story; an id given before still names it,
     * through the report it was made from. An id naming no report names nothing.
     */
    @Test
    void anIncidentIdMadeBeforeItsStoryWasMergedStillNamesIt() {
        StoryArticle first = spanishFork().get(0);
        StoryArticle second = spanishFork().get(1);
        String before = Incidents.idOf("S2", second.id(), "V2");
        List<Incident> merged = Incidents.of(STORY, List.of(first, second));
        assertThat(merged).hasSize(1);
        assertThat(merged.get(0).id()).isEqualTo(Incidents.idOf(STORY, first.id(), "V1"));
        assertThat(Incidents.named(merged, merged.get(0).id())).isSameAs(merged.get(0));
        assertThat(Incidents.named(merged, before)).isSameAs(merged.get(0));
        assertThat(Incidents.named(merged, Incidents.idOf("S2", second.id(), "V9"))).isNull();
        assertThat(Incidents.named(merged, "S2.nope")).isNull();
    }

    @Test
    void aWireCopyIsOneSourceWithItsOriginal() {
        String text = "Two people were killed in Albion on Tuesday.";
        StoryArticle ap = new Article("ap", "AP", "2016-05-04", text)
            .place("Albion").event("V1", EventType.ASSAULT, null, "killed", "Two people were killed", null, null, null).build(0);
        StoryArticle reprint = new Article("reprint", "Daily Star", "2016-05-04", text + " More later.")
            .place("Albion").event("V1", EventType.ASSAULT, null, "killed", "Two people were killed", null, null, null)
            .copyOf(ap.id()).build(1);
        StoryArticle local = new Article("local", "WILX", "2016-05-05", "Three people were killed in Albion.")
            .place("Albion").event("V4", EventType.ASSAULT, null, "killed", "Three people were killed", null, null, null).build(2);

        Incident i = Incidents.of(STORY, List.of(ap, reprint, local)).get(0);

        // counted as two voices, the copy would outvote the local station 2 to 1
        assertThat(i.killed()).isEqualTo(3);
        assertThat(i.sources()).extracting(IncidentReport::copyOf).containsExactly(null, ap.id(), null);
        Disagreement toll = i.disagreements().stream().filter(d -> d.field().equals("killed")).findFirst().orElseThrow();
        assertThat(toll.versions()).extracting(Disagreement.Version::articleIds)
            .containsExactlyInAnyOrder(List.of(ap.id(), reprint.id()), List.of(local.id()));
    }

    @Test
    void aSourcesLatestTollIsItsTollWhenItsCopyCountsAnew() {
        // GVA dev: ajc.com's page "Atlanta News: 4 shot in northwest" and, a day later, the same body
        // under "5 people injured in northwest Atlanta shooting Monday" (a copy by its body): the
        // source voted 4, its first report's count (the archive: 5 injured)
        String text = "Police are investigating a shooting in northwest Atlanta.";
        StoryArticle first = new Article("first", "AJC", "2014-08-04", text + " Four people were shot.")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "shot", null, "Four people were shot", null, null).build(0);
        StoryArticle update = new Article("update", "AJC", "2014-08-05", text + " Five people were shot.")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "shot", null, null, null, null)
            .count("V1", false, 5, "Five people were shot").copyOf(first.id()).build(1);

        Incident i = Incidents.of(STORY, List.of(first, update)).get(0);

        assertThat(i.injured()).isEqualTo(5);
        assertThat(i.basis().injured().articleIds()).containsExactly(update.id());
    }

    @Test
    void aLaterArrestIsItsOwnIncidentAndDoesNotMoveTheShootingsDate() {
        StoryArticle shooting = new Article("shooting", "KSL", "2014-01-17",
            "A man shot three people late Thursday in Spanish Fork.")
            .place("Spanish Fork").event("V1", EventType.ASSAULT, EventMode.FIREARMS, "shot", null, "shot three people",
                "late Thursday", "2014-01-16")
            .build(0);
        StoryArticle arrest = new Article("arrest", "KSL", "2014-02-20",
            "Police arrested the man on Wednesday, a month after the shooting in Spanish Fork wounded three people.")
            .place("Spanish Fork")
            .event("V1", EventType.COERCE, EventMode.ARREST, "arrested", null, null, "Wednesday", "2014-02-19")
            .event("V2", EventType.ASSAULT, null, "wounded", null, "wounded three people", null, null)
            .build(1);

        List<Incident> incidents = Incidents.of(STORY, List.of(shooting, arrest));

        assertThat(incidents).hasSize(2);
        Incident main = incidents.get(0);
        assertThat(main.family()).isEqualTo("violence");
        assertThat(main.articleIds()).containsExactly(shooting.id(), arrest.id());
        assertThat(main.date()).isEqualTo("2014-01-16");
        assertThat(main.injured()).isEqualTo(3);
        Incident later = incidents.get(1);
        assertThat(later.family()).isEqualTo("legal");
        assertThat(later.type()).isEqualTo(EventType.COERCE);
        assertThat(later.date()).isEqualTo("2014-02-19");
        assertThat(later.id()).isEqualTo(Incidents.idOf(STORY, arrest.id(), "V1"));
    }

    @Test
    void theIncidentWithATollComesBeforeAnArrestToldFirst() {
        StoryArticle a = new Article("a", "WALB", "2014-10-18",
            "Police arrested a man after a rifle went off Friday night, killing Austin.")
            .event("V1", EventType.COERCE, EventMode.ARREST, "arrested", null, null, null, null)
            .event("V2", EventType.ASSAULT, null, "killing", "killing Austin", null, null, null)
            .build(0);

        List<Incident> incidents = Incidents.of(STORY, List.of(a));

        assertThat(incidents).extracting(Incident::family).containsExactly("violence", "legal");
        assertThat(incidents.get(0).killed()).isEqualTo(1);
    }

    @Test
    void amongIncidentsWithTollsAndAsManySourcesTheViolenceComesFirst() {
        StoryArticle a = new Article("a", "WREG", "2016-06-20",
            "Police arrested a man in the shooting that killed two people. Two people were killed Sunday.")
            .event("V1", EventType.COERCE, EventMode.ARREST, "arrested", "killed two people", null, null, null)
            .event("V2", EventType.ASSAULT, null, "killed", "Two people were killed", null, null, null)
            .sentence("V1", "Police arrested a man in the shooting that killed two people.")
            .sentence("V2", "Two people were killed Sunday.")
            .build(0);

        List<Incident> incidents = Incidents.of(STORY, List.of(a));

        // the arrest is told first and repeats the toll: listed first, it passed for the story's happening
        assertThat(incidents).extracting(Incident::family).containsExactly("violence", "legal");
    }

    @Test
    void amongIncidentsOfOneFirstReportTheOneDatedNearestItsTellingComesFirst() {
        // an earlier killing told as background, first in the text, is not the story's happening
        StoryArticle a = new Article("a", "WPTV", "2015-04-03",
            "Sterling Day was shot dead on March 23. A man was shot Thursday a block away.")
            .date("March 23", TimexType.DATE, "2015-03-23")
            .date("Thursday", TimexType.DATE, "2015-04-02")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "shot", null, null, "March 23", "2015-03-23")
            .event("V2", EventType.ASSAULT, EventMode.FIREARMS, "shot Thursday", null, null, "Thursday", "2015-04-02")
            .sentence("V1", "Sterling Day was shot dead on March 23.")
            .sentence("V2", "A man was shot Thursday a block away.")
            .build(0);

        List<Incident> incidents = Incidents.of(STORY, List.of(a));

        assertThat(incidents).extracting(Incident::date).containsExactly("2015-04-02", "2015-03-23");
    }

    @Test
    void anInvestigationIsOneHappeningWithTheShootingAndItsOwnDayDatesNothing() {
        StoryArticle shooting = new Article("shooting", "KSL", "2014-01-17",
            "A gunman shot and killed two people late Thursday in Spanish Fork.")
            .place("Spanish Fork").event("V1", EventType.ASSAULT, EventMode.FIREARMS, "killed", "killed two people", null,
                "late Thursday", "2014-01-16")
            .build(0);
        StoryArticle inquiry = new Article("inquiry", "KUTV", "2014-01-20",
            "Police said Monday they are investigating the deaths in Spanish Fork.")
            .place("Spanish Fork")
            .event("V1", EventType.ACCUSE, EventMode.INVESTIGATE, "investigating", null, null, "Monday", "2014-01-20")
            .build(1);

        List<Incident> incidents = Incidents.of(STORY, List.of(shooting, inquiry));

        // as a legal happening of its own, or dated by "Monday", the investigation made a second incident
        assertThat(incidents).hasSize(1);
        Incident i = incidents.get(0);
        assertThat(i.family()).isEqualTo("violence");
        assertThat(i.articleIds()).containsExactly(shooting.id(), inquiry.id());
        assertThat(i.date()).isEqualTo("2014-01-16");
        assertThat(i.killed()).isEqualTo(2);
        IncidentReport inquiryReport = i.sources().get(1);
        assertThat(inquiryReport.dateBasis()).isEqualTo("published");
        assertThat(inquiryReport.killed()).isNull();
    }

    @Test
    void theInvestigatorsOfAnAttackAreNoPartyToIt() {
        // the demo's March 5 report: the peacekeepers who investigate the shooting were listed beside
        // the armed groups as those who acted in it
        StoryArticle a = new Article("khankendi", "Caspian Ledger", "2023-03-05",
            "Two police officers were killed near Khankendi. The ministry said that the attack was carried out by"
                + " armed groups. The peacekeeping command said that it was investigating the shooting.")
            .place("Khankendi")
            .event("V1", EventType.ASSAULT, null, "attack", "Two police officers were killed", null, null, null)
            .party("V1", true, "armed groups")
            .party("V1", false, "police officers")
            .event("V2", EventType.ACCUSE, EventMode.INVESTIGATE, "investigating", null, null, null, null)
            .party("V2", true, "peacekeeping command")
            .party("V2", false, "the shooting")
            .build(0);

        List<Incident> incidents = Incidents.of(STORY, List.of(a));

        assertThat(incidents).hasSize(1);
        IncidentReport r = incidents.get(0).sources().get(0);
        assertThat(r.eventIds()).containsExactly("V1", "V2");
        assertThat(r.actors()).extracting(IncidentReport.Party::name).containsExactly("armed groups");
        assertThat(r.recipients()).extracting(IncidentReport.Party::name).containsExactly("police officers");
    }

    @Test
    void sourcesThatPutTheDoersInDifferentCountriesDisagreeOnWhoActed() {
        // the demo's March 5 and 6 reports: each side's outlet names the other side's men
        StoryArticle ledger = new Article("ledger", "Caspian Ledger", "2023-03-05",
            "Two police officers were killed in an attack carried out by Armenian armed groups.")
            .event("V1", EventType.ASSAULT, null, "attack", null, null, null, null)
            .party("V1", true, "Armenian armed groups", "ARM")
            .build(0);
        StoryArticle courier = new Article("courier", "Yerevan Courier", "2023-03-06",
            "Three police officers were killed when their car was ambushed by an Azerbaijani sabotage group.")
            .event("V1", EventType.ASSAULT, null, "ambushed", null, null, null, null)
            .party("V1", true, "Azerbaijani sabotage group", "AZE")
            .build(1);
        StoryArticle observer = new Article("observer", "Northern Observer", "2023-03-06",
            "Three police officers were killed in crossfire between gunmen and UN peacekeepers.")
            .event("V1", EventType.ASSAULT, null, "killed", null, null, null, null)
            .party("V1", true, "gunmen")
            .party("V1", true, "UN peacekeepers", "IGO")
            .build(2);

        Incident i = Incidents.of(STORY, List.of(ledger, courier, observer)).get(0);

        assertThat(i.articleIds()).hasSize(3);
        Disagreement actors = i.disagreements().stream().filter(d -> d.field().equals("actors")).findFirst().orElseThrow();
        assertThat(actors.versions()).extracting(Disagreement.Version::value)
            .containsExactly("Armenian armed groups (ARM)", "Azerbaijani sabotage group (AZE)");
        assertThat(actors.versions().get(1).articleIds()).containsExactly(courier.id());
        // doers without a country ("gunmen") or of no country (the UN's) take no side: no disagreement with them
        assertThat(Incidents.of(STORY, List.of(ledger, observer)).get(0).disagreements())
            .extracting(Disagreement::field).doesNotContain("actors");
    }

    /**
     * Audit (stop 47): whose people were hit was never compared across sources. The demo's Caspian
     * Ledger has Azerbaijani officers killed where the Yerevan Courier has Karabakh's: each side's
     * dead in the other's telling is a disagreement a monitor must see, as who acted is.
     */
    @Test
    void sourcesPuttingTheVictimsInDisjointCountriesDisagreeOnWhoWasHit() {
        StoryArticle ledger = new Article("ledger", "Caspian Ledger", "2023-03-05",
            "Two Azerbaijani police officers were killed in an attack near Khankendi.")
            .event("V1", EventType.ASSAULT, null, "attack", null, null, null, null)
            .party("V1", false, "Azerbaijani police officers", "AZE")
            .build(0);
        StoryArticle courier = new Article("courier", "Yerevan Courier", "2023-03-06",
            "Three Armenian police officers were killed when their car was ambushed near Stepanakert.")
            .event("V1", EventType.ASSAULT, null, "ambushed", null, null, null, null)
            .party("V1", false, "Armenian police officers", "ARM")
            .build(1);
        StoryArticle observer = new Article("observer", "Northern Observer", "2023-03-06",
            "Police officers were killed in an ambush.")
            .event("V1", EventType.ASSAULT, null, "ambush", null, null, null, null)
            .party("V1", false, "Police officers")
            .build(2);

        Incident i = Incidents.of(STORY, List.of(ledger, courier, observer)).get(0);

        Disagreement hit = i.disagreements().stream().filter(d -> d.field().equals("recipients")).findFirst().orElseThrow();
        assertThat(hit.versions()).extracting(Disagreement.Version::value)
            .containsExactly("Azerbaijani police officers (AZE)", "Armenian police officers (ARM)");
        assertThat(Incidents.of(STORY, List.of(ledger, observer)).get(0).disagreements())
            .extracting(Disagreement::field).doesNotContain("recipients");
    }

    @Test
    void oneTownUnderEachSidesNameIsOnePlace() {
        // the demo's March 5 and 6 reports: "Khankendi" and "Stepanakert" were a disagreement on the place
        StoryArticle ledger = new Article("ledger", "Caspian Ledger", "2023-03-05",
            "Two police officers were killed near Khankendi.").place("Khankendi")
            .event("V1", EventType.ASSAULT, null, "killed", null, null, null, null).build(0);
        StoryArticle courier = new Article("courier", "Yerevan Courier", "2023-03-06",
            "Three police officers were killed near Stepanakert.").place("Stepanakert")
            .event("V1", EventType.ASSAULT, null, "killed", null, null, null, null).build(1);
        StoryArticle baku = new Article("baku", "Baku Post", "2023-03-06",
            "Police officers were killed, officials in Baku said.").place("Baku")
            .event("V1", EventType.ASSAULT, null, "killed", null, null, null, null).build(2);

        Incident both = Incidents.of(STORY, List.of(ledger, courier)).get(0);
        assertThat(both.location()).isEqualTo("Khankendi");
        assertThat(both.basis().location().rule()).isEqualTo("most-sources");
        assertThat(both.basis().location().articleIds()).containsExactly(ledger.id(), courier.id());
        assertThat(both.disagreements()).extracting(Disagreement::field).doesNotContain("location");
        assertThat(both.sources()).extracting(IncidentReport::location).containsExactly("Khankendi", "Stepanakert");
        // against a third town the two names vote as one
        Disagreement place = Incidents.of(STORY, List.of(ledger, courier, baku)).get(0).disagreements().stream()
            .filter(d -> d.field().equals("location")).findFirst().orElseThrow();
        assertThat(place.versions()).extracting(Disagreement.Version::value).containsExactly("Khankendi", "Baku");
        assertThat(place.versions().get(0).articleIds()).containsExactly(ledger.id(), courier.id());
    }

    @Test
    void aWoundNounCountsTheDeadItWasFoundOnNotTheWounded() {
        StoryArticle a = new Article("a", "KXAN", "2016-06-12",
            "Officers found Ramirez suffering from a gunshot wound. The teenage victim died at the scene.")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "found", null, null, null, null)
            .count("V1", false, 1, "Ramirez suffering from a gunshot wound")
            .event("V2", EventType.ASSAULT, null, "died", null, null, null, null)
            .count("V2", true, 1, "The teenage victim died")
            .build(0);

        IncidentReport r = Incidents.of(STORY, List.of(a)).get(0).sources().get(0);

        // read as the living's words, the dead teenager was also counted wounded: 1 killed, 1 injured
        assertThat(r.killed()).isEqualTo(1);
        assertThat(r.injured()).isEqualTo(0);
        assertThat(r.injuredBasis()).isEqualTo("less-killed");
    }

    @Test
    void aWoundToldOfThePersonADeathIsToldOfIsTheDeadsNotAWoundedOnes() {
        // GVA dev: "Antrez Felder died inside a home ... Felder was wounded in the head" was read as
        // 1 killed and 1 injured (the archive: 1 killed, 0 injured); the wound words name the dead
        StoryArticle a = new Article("a", "Telegraph", "2014-08-05",
            "Antrez Felder died inside a home on Bobby Jones Lane. Felder was wounded in the head.")
            .person("Antrez Felder").person("Felder")
            .event("V1", EventType.ASSAULT, null, "died", null, null, null, null)
            .count("V1", true, 1, "Antrez Felder died").recipient("V1", "E1")
            .event("V2", EventType.ASSAULT, null, "wounded", null, null, null, null)
            .count("V2", false, 1, "Felder was wounded").recipient("V2", "E1")
            .build(0);
        // the same words of another person than the dead: one dead, one wounded
        StoryArticle b = new Article("b", "Telegraph", "2014-08-05",
            "Antrez Felder died inside a home on Bobby Jones Lane. Jones was wounded in the head.")
            .person("Antrez Felder").person("Jones")
            .event("V1", EventType.ASSAULT, null, "died", null, null, null, null)
            .count("V1", true, 1, "Antrez Felder died").recipient("V1", "E1")
            .event("V2", EventType.ASSAULT, null, "wounded", null, null, null, null)
            .count("V2", false, 1, "Jones was wounded").recipient("V2", "E2")
            .build(0);

        IncidentReport felder = Incidents.of(STORY, List.of(a)).get(0).sources().get(0);
        IncidentReport jones = Incidents.of(STORY, List.of(b)).get(0).sources().get(0);

        assertThat(felder.killed()).isEqualTo(1);
        assertThat(felder.injured()).isEqualTo(0);
        assertThat(felder.injuredBasis()).isEqualTo("less-killed");
        assertThat(felder.injuredEvidence().text()).isEqualTo("Felder was wounded");
        assertThat(jones.killed()).isEqualTo(1);
        assertThat(jones.injured()).isEqualTo(1);
        assertThat(jones.injuredBasis()).isEqualTo("count");
    }

    @Test
    void anActInAMonthOrYearThatEndedBeforeTheIncidentsDayIsAnotherIncident() {
        // GVA dev: "Four people have been shot at the New Roosevelt Bar ... This all comes after a
        // person was killed in a shooting outside the New Roosevelt Bar in November of 2012" was one
        // incident of 1 killed and 3 injured (the archive: 0 and 4)
        StoryArticle a = new Article("a", "WOOD", "2013-02-22",
            "Four people have been shot at the New Roosevelt Bar early Friday. This all comes after a person was "
                + "killed in a shooting outside the New Roosevelt Bar in November of 2012.")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "shot", null, null, "early Friday", "2013-02-22")
            .count("V1", false, 4, "Four people have been shot")
            .event("V2", EventType.ASSAULT, EventMode.FIREARMS, "killed", null, null, "November of 2012", "2012-11")
            .count("V2", true, 1, "a person was killed")
            .build(0);
        // a month the incident's day falls in is its own
        StoryArticle b = new Article("b", "WOOD", "2013-02-22",
            "Four people have been shot at the New Roosevelt Bar early Friday. It was the second killing there in February.")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "shot", null, null, "early Friday", "2013-02-22")
            .count("V1", false, 4, "Four people have been shot")
            .event("V2", EventType.ASSAULT, EventMode.FIREARMS, "killing", null, null, "February", "2013-02")
            .count("V2", true, 1, "the second killing")
            .build(1);

        // with no event naming a day, the published day is the reference (GVA dev: the Grand Rapids
        // report's shooting had no date words of its own)
        StoryArticle c = new Article("c", "WOOD", "2013-02-22",
            "Four people have been shot at the New Roosevelt Bar. This all comes after a person was "
                + "killed in a shooting outside the New Roosevelt Bar in November of 2012.")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "shot", null, null, null, null)
            .count("V1", false, 4, "Four people have been shot")
            .event("V2", EventType.ASSAULT, EventMode.FIREARMS, "killed", null, null, "November of 2012", "2012-11")
            .count("V2", true, 1, "a person was killed")
            .build(2);

        List<Incident> apart = Incidents.of(STORY, List.of(a));
        List<Incident> one = Incidents.of(STORY, List.of(b));
        // the demo's Karabakh report: a family whose only event is of a past month gave an empty report too
        StoryArticle d = new Article("d", "WOOD", "2013-02-22",
            "A person was killed in a shooting outside the New Roosevelt Bar in November of 2012.")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "killed", null, null, "November of 2012", "2012-11")
            .count("V1", true, 1, "A person was killed")
            .build(3);
        assertThat(Incidents.of(STORY, List.of(d))).singleElement()
            .satisfies(i -> assertThat(i.sources().get(0).eventIds()).containsExactly("V1"));

        List<Incident> undated = Incidents.of(STORY, List.of(c));
        assertThat(undated).hasSize(2);
        assertThat(undated.get(0).killed()).isEqualTo(0);
        assertThat(undated.get(0).injured()).isEqualTo(4);

        assertThat(apart).hasSize(2);
        assertThat(apart.get(0).sources().get(0).eventIds()).containsExactly("V1");
        assertThat(apart.get(0).killed()).isEqualTo(0);
        assertThat(apart.get(0).injured()).isEqualTo(4);
        assertThat(apart.get(1).sources().get(0).eventIds()).containsExactly("V2");
        assertThat(one).hasSize(1);
        assertThat(one.get(0).killed()).isEqualTo(1);
    }

    @Test
    void thoseAlsoShotAreOthersThanTheDeadToldBefore() {
        // GVA dev: "... killed two other people ... Thibodeaux also was shot" was read as the two dead
        // among one hit, injured 2 - 1 = 0 (the archive: 2 killed, 1 injured)
        StoryArticle a = new Article("a", "KATC", "2015-07-24",
            "The gunman opened fire, killing two other people. Thibodeaux also was shot.")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "killing", null, null, null, null)
            .count("V1", true, 2, "killing two other people")
            .event("V2", EventType.ASSAULT, EventMode.FIREARMS, "shot", null, null, null, null)
            .count("V2", false, 1, "Thibodeaux also was shot")
            .build(0);

        IncidentReport r = Incidents.of(STORY, List.of(a)).get(0).sources().get(0);

        assertThat(r.killed()).isEqualTo(2);
        assertThat(r.injured()).isEqualTo(1);
        assertThat(r.injuredBasis()).isEqualTo("count");
    }

    @Test
    void aHeadlineTellingOfADeathMakesTheOneShotTheDeadNotTheWounded() {
        StoryArticle a = new Article("a", "LEX18", "2015-07-04",
            "Officials say four teenagers were in the basement of the home when the teen was shot.")
            .title("Coroner Identifies Teen Fatally Shot In Head")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "shot", null, null, null, null)
            .count("V1", false, 1, "the teen was shot")
            .build(0);

        IncidentReport r = Incidents.of(STORY, List.of(a)).get(0).sources().get(0);

        assertThat(r.killed()).isEqualTo(1);
        assertThat(r.killedBasis()).isEqualTo("headline");
        assertThat(r.killedEvidence()).isNull();
        assertThat(r.injured()).isEqualTo(0);
        assertThat(r.injuredBasis()).isEqualTo("less-killed");
        assertThat(r.injuredEvidence().text()).isEqualTo("the teen was shot");
    }

    @Test
    void aHeadlineCountsASideTheEventsCountNothingOn() {
        StoryArticle bare = new Article("bare", "WMC", "2016-03-06",
            "Police said the shooting happened outside a nightclub on Main Street early Sunday.")
            .title("7 shot, 1 fatally, outside Memphis nightclub")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "shooting", null, null, null, null)
            .build(0);
        StoryArticle dead = new Article("dead", "WMC", "2016-03-06", "Two people were killed on Main Street.")
            .title("2 dead, 3 injured in Main Street shooting")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "killed", "Two people were killed", null, null, null)
            .build(1);

        IncidentReport fromHeadline = Incidents.of(STORY, List.of(bare)).get(0).sources().get(0);
        IncidentReport both = Incidents.of(STORY, List.of(dead)).get(0).sources().get(0);

        // the seven hit are the dead and the wounded; nothing in the text counts either side
        assertThat(fromHeadline.killed()).isEqualTo(1);
        assertThat(fromHeadline.killedBasis()).isEqualTo("headline");
        assertThat(fromHeadline.killedEvidence()).isNull();
        assertThat(fromHeadline.injured()).isEqualTo(6);
        assertThat(fromHeadline.injuredBasis()).isEqualTo("headline");
        // the text's count of the dead stands; the headline's wounded replace an implied 0
        assertThat(both.killed()).isEqualTo(2);
        assertThat(both.killedBasis()).isEqualTo("count");
        assertThat(both.injured()).isEqualTo(3);
        assertThat(both.injuredBasis()).isEqualTo("headline");
    }

    @Test
    void aHeadlineDeathAmongSeveralShotImpliesNoZeroAndAttemptedMurderIsNoDeath() {
        StoryArticle several = new Article("several", "WMC", "2015-07-04", "Two men were shot on Main Street.")
            .title("Deadly shooting on Main Street")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "shot", null, "Two men were shot", null, null)
            .build(0);
        StoryArticle attempted = new Article("attempted", "WMC", "2015-07-05", "A man was shot on Main Street.")
            .title("Man charged with attempted murder in Main Street shooting")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "shot", null, "A man was shot", null, null)
            .build(1);

        IncidentReport two = Incidents.of(STORY, List.of(several)).get(0).sources().get(0);
        IncidentReport one = Incidents.of(STORY, List.of(attempted)).get(0).sources().get(0);

        // which of the two died the headline does not say: no count, and no 0 either
        assertThat(two.killed()).isNull();
        assertThat(two.injured()).isEqualTo(2);
        assertThat(one.killed()).isEqualTo(0);
        assertThat(one.killedBasis()).isEqualTo("implied");
        assertThat(one.injured()).isEqualTo(1);
    }

    @Test
    void idsSurviveALaterReportAndTheOrderArticlesAreHandedIn() {
        StoryArticle a = new Article("a", "KSL", "2014-01-17", "Two people were killed in Spanish Fork.")
            .place("Spanish Fork").event("V2", EventType.ASSAULT, null, "killed", "Two people were killed", null, null, null).build(5);
        StoryArticle b = new Article("b", "KUTV", "2014-01-18", "Two people were killed in Spanish Fork.")
            .place("Spanish Fork").event("V1", EventType.ASSAULT, null, "killed", "Two people were killed", null, null, null).build(9);

        String alone = Incidents.of(STORY, List.of(a)).get(0).id();
        assertThat(Incidents.of(STORY, List.of(b, a)).get(0).id()).isEqualTo(alone);
    }

    @Test
    void aDeathToldWithoutANumberImpliesNoZero() {
        StoryArticle a = new Article("a", "KSL", "2014-01-17", "Dozens were hurt and several people were killed.")
            .event("V1", EventType.ASSAULT, null, "killed", null, null, null, null)
            .count("V1", true, null, "several people were killed")
            .count("V1", false, 24, "Dozens were hurt")
            .build(0);

        IncidentReport r = Incidents.of(STORY, List.of(a)).get(0).sources().get(0);
        assertThat(r.killed()).isNull();
        assertThat(r.killedBasis()).isNull();
    }

    @Test
    void aShootingWhoseReportTellsOfNoDeathKilledNoOneItKnowsOf() {
        // a report of a shooting that counted no one gave killed null, though no word of it tells of a death
        StoryArticle silent = new Article("silent", "WGN", "2015-07-04", "Police are investigating a shooting on Main Street.")
            .title("Police investigate Main Street shooting")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "shooting", null, null, null, null)
            .build(0);
        StoryArticle died = new Article("died", "WGN", "2015-07-04",
            "Police are investigating a shooting on Main Street. The man later died.")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "shooting", null, null, null, null)
            .build(1);

        IncidentReport none = Incidents.of(STORY, List.of(silent)).get(0).sources().get(0);
        IncidentReport dead = Incidents.of(STORY, List.of(died)).get(0).sources().get(0);

        assertThat(none.killed()).isEqualTo(0);
        assertThat(none.killedBasis()).isEqualTo("silent");
        assertThat(none.killedEvidence()).isNull();
        assertThat(none.injured()).isNull(); // nothing is said of the wounded either way
        assertThat(dead.killed()).isNull(); // a death told without a number is no 0
    }

    @Test
    void anAccidentalShootingWhoseReportTellsOfNoDeathAndCountsNoOneHurtOne() {
        // GVA dev: "Hart County accidental shooting", "Boulder police investigate accidental shooting"
        // and six more reports that counted no one and told of no death: the archive had one injured
        // in seven of the eight incidents
        StoryArticle accident = new Article("a", "WKYT", "2015-07-04",
            "State police are investigating an accidental shooting in Windham on Saturday.")
            .title("State Police investigate accidental shooting involving teen in Windham")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "shooting", null, null, null, null)
            .build(0);
        StoryArticle several = new Article("b", "WKYT", "2015-07-04",
            "Several people were injured in an accidental shooting in Windham on Saturday.")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "shooting", null, "Several people were injured", null, null)
            .build(1);

        IncidentReport one = Incidents.of(STORY, List.of(accident)).get(0).sources().get(0);
        IncidentReport some = Incidents.of(STORY, List.of(several)).get(0).sources().get(0);

        assertThat(one.killed()).isEqualTo(0);
        assertThat(one.killedBasis()).isEqualTo("silent");
        assertThat(one.injured()).isEqualTo(1);
        assertThat(one.injuredBasis()).isEqualTo("accidental");
        assertThat(one.injuredEvidence()).isNull();
        assertThat(some.injured()).isNull(); // words for many hurt without a number imply no one
    }

    @Test
    void aHeadlineNamingOnePersonDeadCountsOneWhenTheTextCountsNoDeath() {
        StoryArticle a = new Article("a", "KFGO", "2015-11-20",
            "A man from outside of North Dakota has died in an apparent accidental shooting northeast of Edgeley.")
            .title("Accidental shooting kills man in LaMoure County")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "shooting", null, null, null, null)
            .build(0);

        IncidentReport r = Incidents.of(STORY, List.of(a)).get(0).sources().get(0);

        assertThat(r.killed()).isEqualTo(1);
        assertThat(r.killedBasis()).isEqualTo("headline");
        assertThat(r.injured()).isEqualTo(0);
        assertThat(r.injuredBasis()).isEqualTo("implied");
    }

    @Test
    void aPageWhoseTextTellsNoIncidentIsAReportOfTheHarmItsHeadlineTells() {
        // a scraped page under a real headline, its text a sign-up form: no events, so it reported
        // nothing and its incident (killed, injured, date, place) was missing from the story
        StoryArticle form = new Article("form", "AJC", "2014-08-05",
            "Just One More Thing... We have sent you a verification email. Please check your email.")
            .title("5 people injured in northwest Atlanta shooting Monday")
            .build(0);
        StoryArticle notice = new Article("notice", "AJC", "2014-08-05", "You are the owner of this article.")
            .title("Mayor opens the new library")
            .build(1);

        List<Incident> incidents = Incidents.of(STORY, List.of(form));

        assertThat(incidents).hasSize(1);
        Incident i = incidents.get(0);
        assertThat(i.family()).isEqualTo("violence");
        assertThat(i.type()).isNull(); // the headline tells the harm, not the kind of happening
        assertThat(i.id()).isEqualTo(Incidents.idOf(STORY, form.id(), "H"));
        assertThat(i.eventRefs()).isEmpty();
        assertThat(i.injured()).isEqualTo(5);
        assertThat(i.killed()).isEqualTo(0);
        assertThat(i.sources().get(0).injuredBasis()).isEqualTo("headline");
        assertThat(i.sources().get(0).eventIds()).isEmpty();
        assertThat(i.date()).isEqualTo("2014-08-05");
        assertThat(i.sources().get(0).dateBasis()).isEqualTo("published");
        assertThat(Incidents.of(STORY, List.of(notice))).isEmpty(); // a headline of no harm tells no incident
    }

    @Test
    void aHeadlineOnlyReportJoinsTheStorysIncidentAndAnArticleWithEventsIsNoHeadlineReport() {
        StoryArticle told = new Article("told", "WGN", "2015-07-04", "Two people were killed on Main Street on Friday.")
            .title("Two killed on Main Street")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "killed", "Two people were killed", null, "Friday", "2015-07-03")
            .build(0);
        StoryArticle form = new Article("form", "Sun", "2015-07-05", "Close. Get email notifications on this author.")
            .title("2 dead in Main Street shooting - The Sun")
            .build(1);

        List<Incident> incidents = Incidents.of(STORY, List.of(told, form));

        assertThat(incidents).hasSize(1);
        Incident i = incidents.get(0);
        assertThat(i.type()).isEqualTo(EventType.ASSAULT);
        assertThat(i.articleIds()).containsExactly(told.id(), form.id());
        assertThat(i.eventRefs()).containsExactly(told.id() + "#V1");
        assertThat(i.killed()).isEqualTo(2);
        assertThat(i.sources().get(1).killedBasis()).isEqualTo("headline");
    }

    @Test
    void aHeadlineNamingOnePersonHurtCountsOneWhenTheTextCountsNoOne() {
        StoryArticle a = new Article("a", "NWI", "2015-03-02", "Police are investigating a shooting in Gary.")
            .title("Police: Youth wounded in accidental shooting in Gary")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "shooting", null, null, null, null)
            .build(0);

        IncidentReport r = Incidents.of(STORY, List.of(a)).get(0).sources().get(0);

        assertThat(r.injured()).isEqualTo(1);
        assertThat(r.injuredBasis()).isEqualTo("headline");
        assertThat(r.killed()).isEqualTo(0);
        assertThat(r.killedBasis()).isEqualTo("implied");
    }

    @Test
    void aZeroForTellingOfNoDeathIsNoTollAndGivesWayToACountedOne() {
        StoryArticle b = new Article("b", "WGN", "2015-07-04", "Two people were killed on Main Street.")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "killed", "Two people were killed", null, null, null)
            .build(1);
        StoryArticle c = new Article("c", "WGN", "2015-07-04", "Police are investigating a shooting on Main Street.")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "shooting", null, null, null, null)
            .build(2);
        StoryArticle d = new Article("d", "WLS", "2015-07-04", "Police are investigating a shooting on Main Street.")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "shooting", null, null, null, null)
            .build(3);

        // the arrest counts the wounded; the shooting's report only tells of no death: the toll comes first
        List<Incident> both = Incidents.of(STORY, List.of(new Article("e", "WGN", "2015-07-04",
                "Police arrested a man who wounded two people. Police are investigating the shooting.")
            .event("V1", EventType.COERCE, EventMode.ARREST, "arrested", null, "wounded two people", null, null)
            .event("V2", EventType.ASSAULT, EventMode.FIREARMS, "shooting", null, null, null, null)
            .build(4)));
        assertThat(both).extracting(Incident::family).containsExactly("legal", "violence");
        assertThat(both.get(1).killed()).isEqualTo(0);
        // fused, a counted death outranks two sources' silence
        Incident fused = Incidents.of(STORY, List.of(b, c, d)).get(0);
        assertThat(fused.killed()).isEqualTo(2);
    }

    @Test
    void thoseShotAreTheDeadAndTheWoundedWhenTheArticleTellsOfDeaths() {
        StoryArticle a = new Article("a", "Times-Union", "2016-11-06",
            "Four people were shot Saturday night. One died at the hospital.")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "shot", null, "Four people were shot", null, null)
            .event("V2", EventType.ASSAULT, null, "died", "One died", null, null, null)
            .build(0);
        StoryArticle b = new Article("b", "WJXT", "2016-11-06",
            "Two people were shot dead and two others were wounded.")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "shot", "Two people were shot dead",
                "two others were wounded", null, null)
            .build(0);

        IncidentReport shot = Incidents.of(STORY, List.of(a)).get(0).sources().get(0);
        assertThat(shot.killed()).isEqualTo(1);
        assertThat(shot.injured()).isEqualTo(3);
        assertThat(shot.injuredBasis()).isEqualTo("less-killed");
        assertThat(shot.injuredEvidence().text()).isEqualTo("Four people were shot");
        IncidentReport wounded = Incidents.of(STORY, List.of(b)).get(0).sources().get(0);
        assertThat(wounded.injured()).isEqualTo(2);
        assertThat(wounded.injuredBasis()).isEqualTo("count");
    }

    @Test
    void negatedAndFutureViolenceIsNoIncident() {
        StoryArticle a = new Article("a", "KSL", "2014-01-17", "Nobody was shot, and a protest will be held.")
            .event("V1", EventType.ASSAULT, null, "shot", null, null, null, null)
            .factuality("V1", Factuality.NEGATED)
            .event("V2", EventType.PROTEST, null, "protest", null, null, null, null)
            .factuality("V2", Factuality.FUTURE)
            .build(0);

        assertThat(Incidents.of(STORY, List.of(a))).isEmpty();
    }

    @Test
    void aTownOutranksTheStreetItHappenedIn() {
        StoryArticle a = new Article("a", "KTNV", "2016-03-02", "A man was shot on Lamb Boulevard in Las Vegas.")
            .place("Lamb Boulevard").place("Las Vegas")
            .event("V1", EventType.ASSAULT, null, "shot", null, "A man was shot", null, null)
            .build(0);

        assertThat(Incidents.of(STORY, List.of(a)).get(0).location()).isEqualTo("Las Vegas");
    }

    @Test
    void aPoliceBodysWordAnAbbreviationOrACountryCutFromItsNameIsNoPlace() {
        // regression, GVA dev: "Metro", "Mt." and "U.S." were the reports' places
        StoryArticle metro = new Article("metro", "WKRN", "2016-03-02",
            "Metro police say a woman was shot on Donelson Pike in Nashville.")
            .place("Metro").place("Nashville")
            .event("V1", EventType.ASSAULT, null, "shot", null, "a woman was shot", null, null).build(0);
        StoryArticle mount = new Article("mount", "KOMO", "2016-03-02",
            "A 17-year-old shot himself in the Mt. Baker neighborhood of Seattle.")
            .place("Mt.").place("Seattle")
            .event("V1", EventType.ASSAULT, null, "shot", null, "A 17-year-old shot himself", null, null).build(0);
        StoryArticle highway = new Article("highway", "KPAX", "2016-03-02",
            "Shots were fired behind Ropers Lounge off U.S. Highway 12 west of Lolo, and a man was shot.")
            .place("U.S.").place("Lolo")
            .event("V1", EventType.ASSAULT, null, "shot", null, "a man was shot", null, null).build(0);

        assertThat(Incidents.of(STORY, List.of(metro)).get(0).location()).isEqualTo("Nashville");
        assertThat(Incidents.of(STORY, List.of(mount)).get(0).location()).isEqualTo("Seattle");
        assertThat(Incidents.of(STORY, List.of(highway)).get(0).location()).isEqualTo("Lolo");
    }

    @Test
    void aStreetIsFiledUnderTheDatelinesTownAndANeighbourhoodUnderTheTownTheTextPutsItIn() {
        StoryArticle wire = new Article("wire", "AP", "2014-01-17",
            "SPANISH FORK (AP) — Police found four people dead at a home on Canyon Road.")
            .place("Canyon Road").event("V1", EventType.ASSAULT, null, "dead", null, null, null, null).build(0);
        StoryArticle local = new Article("local", "DNAinfo", "2016-03-02",
            "A man was shot in the Rogers Park neighborhood of Chicago, police said.")
            .place("Rogers Park").place("Chicago")
            .event("V1", EventType.ASSAULT, null, "shot", null, "A man was shot", null, null).build(0);
        StoryArticle none = new Article("none", "WMC", "2016-03-02",
            "A teen was shot on Crump Road, according to the Memphis Police Department.")
            .event("V1", EventType.ASSAULT, null, "shot", null, "A teen was shot", null, null).build(0);

        assertThat(Incidents.of(STORY, List.of(wire)).get(0).location()).isEqualTo("Canyon Road, SPANISH FORK");
        assertThat(Incidents.of(STORY, List.of(local)).get(0).location()).isEqualTo("Rogers Park, Chicago");
        IncidentReport memphis = Incidents.of(STORY, List.of(none)).get(0).sources().get(0);
        assertThat(memphis.location()).isEqualTo("Memphis");
        assertThat(memphis.locationBasis()).isEqualTo("town");
    }

    @Test
    void theTownTheHeadlineNamesIsTheReportsPlaceNotTheOutletsTown() {
        // GVA dev: the first place of the text was the newsroom's city, the headline named the town
        StoryArticle a = new Article("a", "Tribune", "2016-04-09",
            "A report by KIRO-TV in Seattle said a man and two girls were shot in Hazel Crest.")
            .place("Seattle").place("Hazel Crest").title("Father, two daughters shot to death in Hazel Crest")
            .event("V1", EventType.ASSAULT, null, "shot", null, null, null, null)
            .build(0);
        StoryArticle b = new Article("b", "NBC12", "2016-04-09",
            "A toddler in Meherrin shot himself, deputies told reporters in Richmond.")
            .place("Meherrin").place("Richmond").title("Toddler in critical condition after shooting - NBC12 - Richmond")
            .event("V1", EventType.ASSAULT, null, "shot", null, null, null, null)
            .build(0);

        IncidentReport hazel = Incidents.of(STORY, List.of(a)).get(0).sources().get(0);
        assertThat(hazel.location()).isEqualTo("Hazel Crest");
        assertThat(hazel.locationBasis()).isEqualTo("title");
        assertThat(Incidents.of(STORY, List.of(b)).get(0).location()).isEqualTo("Meherrin");
    }

    @Test
    void aKnownTownOutranksANameTheTaggerTookForAPlaceBeforeIt() {
        // GVA dev: "Idlewood Park" (a street) came first and was the report's place
        StoryArticle a = new Article("a", "WSB", "2015-06-20",
            "Police say the boys found the gun in the woods near a home on Idlewood Park in Lithonia, Georgia, on Sunday.")
            .place("Idlewood Park").place("Lithonia").place("Georgia")
            .event("V1", EventType.ASSAULT, null, "found", null, null, null, null).build(0);

        // Georgia is also a country, but here the state: the article is of the United States
        assertThat(Incidents.of(STORY, List.of(a)).get(0).location()).isEqualTo("Lithonia, Georgia");
        // a state that ends its sentence is still the town's ("Lithonia, Georgia. Police said")
        StoryArticle ended = new Article("ended", "WSB", "2015-06-20",
            "The boys found the gun near a home in Lithonia, Georgia. Police said it was loaded. A deputy in Decatur, Ga. Police said")
            .place("Lithonia").place("Georgia").place("Decatur")
            .event("V1", EventType.ASSAULT, null, "found", null, null, null, null).build(0);
        assertThat(Incidents.of(STORY, List.of(ended)).get(0).location()).isEqualTo("Lithonia, Georgia");
    }

    @Test
    void aTownIsKnownInTheStatesTheArticleNamesAndNotAbroad() {
        // Broadway is a town of Virginia and a street of Phoenix; Moscow a town of Idaho and Russia's
        // capital, and the entity stage codes no place only named as a place
        StoryArticle phoenix = new Article("phoenix", "KPHO", "2016-03-02",
            "A man was shot near Broadway late Sunday, Phoenix, Arizona police said.")
            .place("Broadway").place("Phoenix")
            .event("V1", EventType.ASSAULT, null, "shot", null, null, null, null).build(0);
        StoryArticle karabakh = new Article("karabakh", "news.am", "2020-10-04",
            "Shelling hit Stepanakert on Sunday, a day after talks in Moscow.")
            .place("Stepanakert").place("Moscow")
            .event("V1", EventType.ASSAULT, null, "Shelling", null, null, null, null).build(0);

        assertThat(Incidents.of(STORY, List.of(phoenix)).get(0).location()).isEqualTo("Phoenix, Arizona");
        assertThat(Incidents.of(STORY, List.of(karabakh)).get(0).location()).isEqualTo("Stepanakert");
    }

    @Test
    void aKnownTownTheTextPutsThingsInNamesTheTownOfAStreetOrCounty() {
        // GVA dev: the tagger missed "Arab" and "Macon"; the street and the county were the places
        String street = "A boy shot himself in his finger at a home in Arab Tuesday. It happened on Cranford Road.";
        StoryArticle arab = new Article("arab", "WAFF", "2016-06-14", street)
            .place("Cranford Road").event("V1", EventType.ASSAULT, null, "shot", null, null, null, null).build(0);
        String county = "Bibb County deputies said a teen was fatally shot Sunday in southwest Macon.";
        StoryArticle macon = new Article("macon", "WMAZ", "2014-07-20", county)
            .place("Bibb County").event("V1", EventType.ASSAULT, null, "shot", null, null, null, null).build(0);

        assertThat(Incidents.of(STORY, List.of(arab)).get(0).location()).isEqualTo("Cranford Road, Arab");
        IncidentReport r = Incidents.of(STORY, List.of(macon)).get(0).sources().get(0);
        assertThat(r.location()).isEqualTo("Macon");
        assertThat(r.locationBasis()).isEqualTo("text");
        assertSpansMatchText(county, "location", List.of(r.locationEvidence()));
        assertThat(r.locationEvidence().start()).isEqualTo(county.indexOf("Macon"));
    }

    @Test
    void aNameTheTextCallsANeighbourhoodIsNoKnownTownThoughATownBearsIt() {
        // GVA dev: "Upton" is a town of Kentucky, Massachusetts and New York, and here a
        // neighbourhood of Baltimore; an article that names no state looks a town up in any state
        String text = "Three people were found with gunshot wounds in Baltimore overnight after police heard "
            + "gunshots in the Upton neighborhood, police said.";
        StoryArticle a = new Article("a", "WBAL", "2017-01-25", text)
            .place("Baltimore").place("Upton").title("Police: Three shot in Upton neighborhood overnight")
            .event("V1", EventType.ASSAULT, null, "gunshot wounds", null, null, null, null).build(0);
        StoryArticle town = new Article("town", "WWLP", "2017-01-25", "A man was shot in Upton on Tuesday, police said.")
            .place("Upton").event("V1", EventType.ASSAULT, null, "shot", null, null, null, null).build(0);

        assertThat(Incidents.of(STORY, List.of(a)).get(0).location()).isEqualTo("Upton, Baltimore");
        assertThat(Incidents.of(STORY, List.of(town)).get(0).location()).isEqualTo("Upton");
    }

    @Test
    void aKnownTownTheTaggerMissedIsATownWhereTheTextsWordsMakeItOne() {
        // GVA dev: "Meridian" untagged, so its police named no town and the complex was the place
        StoryArticle a = new Article("a", "WTOK", "2016-06-20",
            "Meridian police are investigating a shooting overnight at the Western Gardens apartments.")
            .place("Western Gardens").event("V1", EventType.ASSAULT, null, "shooting", null, null, null, null).build(0);

        assertThat(Incidents.of(STORY, List.of(a)).get(0).location()).isEqualTo("Western Gardens, Meridian");
    }

    @Test
    void aTextThatNamesNoPlaceTakesTheHeadlinesPlace() {
        // GVA dev: a page whose text is a caption and a count, its place only in the headline
        StoryArticle a = new Article("a", "KATV", "2015-05-03", "Four people were shot Saturday night, one fatally.")
            .title("4 shot, 1 dead in Pine Bluff shooting")
            .event("V1", EventType.ASSAULT, null, "shot", null, null, null, null)
            .build(0);

        IncidentReport r = Incidents.of(STORY, List.of(a)).get(0).sources().get(0);
        assertThat(r.location()).isEqualTo("Pine Bluff");
        assertThat(r.locationBasis()).isEqualTo("headline");
        assertThat(r.locationEvidence()).isNull();
    }

    @Test
    void aTownTheHeadlineNamesAndTheTextUsesIsTheReportsPlaceThoughUntagged() {
        // GVA dev: the tagger read "Summerton" as a person, so the county was the report's place
        String text = "A Summerton man was killed Saturday night, Clarendon County Sheriff Randy Garrett said. "
            + "He was at a home in Summerton when a gun fired.";
        StoryArticle a = new Article("a", "WIS", "2016-11-13", text)
            .place("Clarendon County").title("Summerton man killed in accidental shooting")
            .event("V1", EventType.ASSAULT, null, "killed", null, null, null, null)
            .build(0);

        IncidentReport r = Incidents.of(STORY, List.of(a)).get(0).sources().get(0);
        assertThat(r.location()).isEqualTo("Summerton");
        assertThat(r.locationBasis()).isEqualTo("title");
        assertSpansMatchText(text, "location", List.of(r.locationEvidence()));
        assertThat(r.locationEvidence().start()).isEqualTo(text.indexOf("Summerton man"));
    }

    @Test
    void aStatesNameWithAWordForAPlaceIsNoPlaceTheTextNames() {
        // GVA dev: "a small Florida town" was the report's place, "Gainesville" the town the text names
        StoryArticle a = new Article("a", "AP", "2014-09-18",
            "A man killed six grandchildren in a small Florida town, deputies in Gainesville said.")
            .place("Florida town").place("Gainesville")
            .event("V1", EventType.ASSAULT, null, "killed", null, null, null, null)
            .build(0);

        assertThat(Incidents.of(STORY, List.of(a)).get(0).location()).isEqualTo("Gainesville");
    }

    @Test
    void aPageThatTellsNoEventIsPlacedByItsHeadlineNotByItsFurniture() {
        // GVA dev: a newsletter form naming the outlet's region under "Four men shot ... outside Visalia sports bar"
        StoryArticle a = new Article("a", "Fresno Bee", "2016-03-20",
            "Sign up for news from Tulare County and the Central Valley.")
            .place("Tulare County").place("Central Valley").title("Four men shot, one critically, outside Visalia sports bar")
            .build(0);

        IncidentReport r = Incidents.of(STORY, List.of(a)).get(0).sources().get(0);
        assertThat(r.location()).isEqualTo("Visalia");
        assertThat(r.locationBasis()).isEqualTo("headline");
    }

    @Test
    void theDatelinesTownFollowsThePlaceTheTextNamesAfterIt() {
        StoryArticle a = new Article("a", "WVVA", "2015-10-16",
            "CHARLESTON, W.Va. (AP) — Deputies were called to a shooting in Cedar Grove on Friday.")
            .place("CHARLESTON").place("W.Va").place("Cedar Grove")
            .event("V1", EventType.ASSAULT, null, "shooting", null, null, null, null)
            .build(0);

        assertThat(Incidents.of(STORY, List.of(a)).get(0).location()).isEqualTo("Cedar Grove, CHARLESTON");
    }

    @Test
    void aCountyWithTheTownTheDatelineGivesVotesAsThatTown() {
        // GVA dev: "Gilchrist County, BELL" was outvoted as a county by another source's "Gainesville"
        StoryArticle bell = new Article("bell", "Gainesville Sun", "2014-09-18",
            "BELL — A grandfather killed six grandchildren at his home in Gilchrist County, deputies said.")
            .place("Gilchrist County").event("V1", EventType.ASSAULT, null, "killed", null, null, null, null)
            .build(0);
        StoryArticle wire = new Article("wire", "AP", "2014-09-18",
            "A man killed six grandchildren, deputies in Gainesville said.")
            .place("Gainesville").event("V1", EventType.ASSAULT, null, "killed", null, null, null, null)
            .build(1);

        assertThat(Incidents.of(STORY, List.of(bell)).get(0).location()).isEqualTo("Gilchrist County, BELL");
        assertThat(Incidents.of(STORY, List.of(bell, wire)).get(0).location()).isEqualTo("Gilchrist County, BELL");
    }

    @Test
    void theHeadlinesKnownTownTheTextPutsTheHappeningInOutranksAnotherKnownTown() {
        // GVA dev: the victim "was visiting from Watsonville"; the shooting was "in Santa Cruz"
        String text = "A 16-year-old boy was arrested after he killed a 15-year-old friend in Santa Cruz, police said. "
            + "The victim was visiting from Watsonville. Santa Cruz County deputies helped.";
        StoryArticle a = new Article("a", "SF Chronicle", "2014-06-17", text)
            .place("Santa Cruz County", "Santa Cruz", "Santa Cruz County").place("Watsonville")
            .title("Santa Cruz teen shot dead, friend arrested")
            .event("V1", EventType.ASSAULT, null, "killed", null, null, null, null)
            .build(0);
        // the whole name: "in DeKalb County" does not put it in DeKalb
        String county = "Two men were indicted for killing a baby in DeKalb County, police in Stone Mountain said.";
        StoryArticle b = new Article("b", "WSB", "2014-05-10", county)
            .place("Stone Mountain").title("Two indicted for killing baby in DeKalb home invasion")
            .event("V1", EventType.ASSAULT, null, "killing", null, null, null, null)
            .build(0);

        IncidentReport r = Incidents.of(STORY, List.of(a)).get(0).sources().get(0);
        assertThat(r.location()).isEqualTo("Santa Cruz");
        assertThat(r.locationBasis()).isEqualTo("title");
        assertSpansMatchText(text, "location", List.of(r.locationEvidence()));
        assertThat(r.locationEvidence().start()).isEqualTo(text.indexOf("Santa Cruz"));
        assertThat(Incidents.of(STORY, List.of(b)).get(0).location()).isEqualTo("Stone Mountain");
    }

    @Test
    void anAbbreviatedFirstWordIsTheSameTownNotADisagreement() {
        // GVA dev: "FT LAUDERDALE" and "Fort Lauderdale" voted apart and tied
        StoryArticle cbs = new Article("cbs", "CBS Miami", "2017-01-10",
            "FT LAUDERDALE (CBSMiami) — A woman killed her daughter and then herself, police said.")
            .place("FT LAUDERDALE").event("V1", EventType.ASSAULT, null, "killed", null, null, null, null)
            .build(0);
        StoryArticle sun = new Article("sun", "Sun Sentinel", "2017-01-10",
            "A mother killed her young daughter inside a home in Fort Lauderdale, police said.")
            .place("Fort Lauderdale").event("V1", EventType.ASSAULT, null, "killed", null, null, null, null)
            .build(1);

        Incident i = Incidents.of(STORY, List.of(cbs, sun)).get(0);
        assertThat(i.location()).isEqualTo("Fort Lauderdale");
        assertThat(i.disagreements()).extracting(Disagreement::field).doesNotContain("location");
        assertThat(Fusion.fold("Mt. Juliet")).isEqualTo(Fusion.fold("MOUNT JULIET")).isEqualTo("mount juliet");
        assertThat(Fusion.fold("Stone Mountain")).isEqualTo("stone mountain");
        java.util.regex.Pattern fort = java.util.regex.Pattern.compile(Fusion.spellings("fort lauderdale"),
            java.util.regex.Pattern.CASE_INSENSITIVE);
        assertThat(List.of("Fort Lauderdale", "Ft. Lauderdale", "FT LAUDERDALE")).allMatch(t -> fort.matcher(t).matches());
        assertThat(fort.matcher("Fortune Lauderdale").matches()).isFalse();
        assertThat(Fusion.spellings("fort")).isEqualTo(java.util.regex.Pattern.quote("fort"));
    }

    @Test
    void aHolidayTheDatesStageReadsIsNoTownOfTheHeadline() {
        // regression (audit): "Girl Shot on Easter", the text "hospitalized in Easter Sunday Shooting"
        // (a day the dates stage reads) gave the place "Easter, Chicago"
        String text = "5 Children Hospitalized in Easter Sunday Shooting. CHICAGO — A girl was shot on Easter Sunday "
            + "while coming home from the park in Chicago.";
        StoryArticle a = new Article("a", "DNAinfo", "2014-04-21", text)
            .title("Girl Shot on Easter: 'Please Don't Let Me Die'")
            .date("Easter Sunday", TimexType.DATE, "2014-04-20")
            .place("Chicago")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "shot", null, null, "Easter Sunday", "2014-04-20")
            .build(0);

        assertThat(Incidents.of(STORY, List.of(a)).get(0).location()).isEqualTo("Chicago");
    }

    @Test
    void aPersonsSurnameTheTaggerTookForAPlaceIsNoPlace() {
        // regression (audit): "Tymisha Washington ... Washington was hit in the back" gave "Washington, Chicago"
        String text = "Police said Washington was hit in the back. The girl, Tymisha Washington, was shot in Chicago.";
        StoryArticle a = new Article("a", "DNAinfo", "2014-04-21", text)
            .place("Washington")
            .person("Tymisha Washington")
            .place("Chicago")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "shot", null, null, "Sunday", "2014-04-20")
            .build(0);

        assertThat(Incidents.of(STORY, List.of(a)).get(0).location()).isEqualTo("Chicago");
    }

    @Test
    void aStreetTheTextPutsInNoTownLiesInTheNewsroomsTownOfTheTitlesTail() {
        // GVA dev: "Briercrest Lane" alone, the outlet's tail naming Memphis
        String text = "A warrant was issued for a man accused of killing another man on Briercrest Lane.";
        StoryArticle a = new Article("a", "WMC", "2016-01-06", text)
            .place("Briercrest Lane").title("Retaliation after accidental shot - WMC Action News 5 - Memphis, Tennessee")
            .event("V1", EventType.ASSAULT, null, "killing", null, null, null, null)
            .build(0);
        // a town the text gives stands: no tail is read
        StoryArticle b = new Article("b", "WAFF", "2014-12-30",
            "A boy shot himself in his finger at a home in Arab Tuesday. It happened on Cranford Road.")
            .place("Cranford Road").title("Marshall Co. boy accidentally shoots self - WAFF-TV: Huntsville, AL")
            .event("V1", EventType.ASSAULT, null, "shot", null, null, null, null)
            .build(0);

        IncidentReport r = Incidents.of(STORY, List.of(a)).get(0).sources().get(0);
        assertThat(r.location()).isEqualTo("Briercrest Lane, Memphis");
        assertSpansMatchText(text, "location", List.of(r.locationEvidence()));
        assertThat(r.locationEvidence().start()).isEqualTo(text.indexOf("Briercrest Lane"));
        assertThat(Incidents.of(STORY, List.of(b)).get(0).location()).isEqualTo("Cranford Road, Arab");
    }

    @Test
    void aStatesPostalCodeIsNoTown() {
        StoryArticle a = new Article("a", "KWTX", "2014-03-02", "Police in TX said a man was shot near Corsicana.")
            .place("TX").place("Corsicana")
            .event("V1", EventType.ASSAULT, null, "shot", null, "a man was shot", null, null)
            .build(0);

        assertThat(Incidents.of(STORY, List.of(a)).get(0).location()).isEqualTo("Corsicana");
    }

    @Test
    void aClockTimeAloneOrAPageTimeStampNamesNoDay() {
        assertThat(ReportReader.namesDay("about 9:10 p.m.")).isFalse();
        assertThat(ReportReader.namesDay("Monday, February 2, 2015 9:45 PM EST")).isFalse();
        assertThat(ReportReader.namesDay("10 p.m. Wednesday")).isTrue();
        assertThat(ReportReader.namesDay("Sept. 17")).isTrue();
        // GVA dev: a page time stamp with its zone dated a Monday shooting by the Tuesday it was posted
        assertThat(ReportReader.namesDay("14:40 PDT")).isFalse();
        assertThat(ReportReader.namesDay("6:45 p.m. EST Monday")).isTrue();
    }

    @Test
    void anArticleDateBeforePublishedDatesTheReportWhenTheEventHasNone() {
        StoryArticle a = new Article("a", "KSL", "2014-01-18", "At 9 p.m. Thursday a man was shot. He died Saturday.")
            .date("9 p.m. Thursday", TimexType.TIME, "2014-01-16T21:00")
            .date("Saturday", TimexType.DATE, "2014-01-18")
            .event("V1", EventType.ASSAULT, null, "shot", null, "a man was shot", null, null)
            .build(0);

        IncidentReport r = Incidents.of(STORY, List.of(a)).get(0).sources().get(0);
        assertThat(r.date()).isEqualTo("2014-01-16");
        assertThat(r.dateBasis()).isEqualTo("article");
        assertThat(r.dateText()).isEqualTo("9 p.m. Thursday");
        assertThat(r.dateEvidence()).isEqualTo(new Span(3, 18, "9 p.m. Thursday"));
    }

    @Test
    void aBareWeekdayReadAsSixDaysBeforePublishedNamesTheDayAfterItAndDatesNothing() {
        // published Saturday 2014-05-10, "early Sunday" was read as 2014-05-04: the page's date is
        // a day behind the text's, and the happening is no later than the published day
        StoryArticle a = new Article("a", "KCRA", "2014-05-10", "A man was shot early Sunday in Sacramento.")
            .date("early Sunday", TimexType.DATE, "2014-05-04")
            .event("V1", EventType.ASSAULT, null, "shot", null, "A man was shot", null, null)
            .build(0);
        StoryArticle b = new Article("b", "KCRA", "2014-05-10", "A man was shot last Sunday in Sacramento.")
            .date("last Sunday", TimexType.DATE, "2014-05-04")
            .event("V1", EventType.ASSAULT, null, "shot", null, "A man was shot", null, null)
            .build(0);

        IncidentReport bare = Incidents.of(STORY, List.of(a)).get(0).sources().get(0);
        assertThat(bare.date()).isEqualTo("2014-05-10");
        assertThat(bare.dateBasis()).isEqualTo("published");
        assertThat(Incidents.of(STORY, List.of(b)).get(0).date()).isEqualTo("2014-05-04");
    }

    @Test
    void aSourceTellingOnlyOfTheShotCountsTheDeadOthersTellAsDeadNotWounded() {
        // the first outlet writes before the death: "a man was shot"; the second tells he died.
        // The archive's wounded are 0: the one shot is the one dead
        StoryArticle early = new Article("early", "WMC", "2016-03-02", "A man was shot on Crump Road.")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "shot", null, "A man was shot", null, null)
            .build(0);
        StoryArticle later = new Article("later", "WREG", "2016-03-03", "A man died after a shooting on Crump Road.")
            .event("V1", EventType.ASSAULT, null, "died", "A man died", null, null, null)
            .build(1);

        Incident i = Incidents.of(STORY, List.of(early, later)).get(0);

        assertThat(i.killed()).isEqualTo(1);
        assertThat(i.injured()).isEqualTo(0);
        // each source's own account is kept as it reads
        assertThat(i.sources().get(0).injured()).isEqualTo(1);
        assertThat(i.sources().get(0).injuredBasis()).isEqualTo("count");
    }

    @Test
    void aHeadlineTellingOnlyOfTheOneShotCountsTheDeadOthersTellAsDeadNotWounded() {
        // "Man shot on Crump Road" counted one wounded by its headline and outvoted the texts' 0
        StoryArticle early = new Article("early", "WMC", "2016-03-02", "Police are investigating a shooting on Crump Road.")
            .title("Man shot on Crump Road")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "shooting", null, null, null, null)
            .build(0);
        StoryArticle later = new Article("later", "WREG", "2016-03-03", "A man died after a shooting on Crump Road.")
            .event("V1", EventType.ASSAULT, null, "died", "A man died", null, null, null)
            .build(1);
        StoryArticle wounded = new Article("wounded", "WMC", "2016-03-02", "Police are investigating a shooting on Crump Road.")
            .title("Man wounded on Crump Road")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "shooting", null, null, null, null)
            .build(0);

        Incident i = Incidents.of(STORY, List.of(early, later)).get(0);
        Incident w = Incidents.of(STORY, List.of(wounded, later)).get(0);

        assertThat(i.sources().get(0).injured()).isEqualTo(1);
        assertThat(i.sources().get(0).injuredBasis()).isEqualTo("headline");
        assertThat(i.killed()).isEqualTo(1);
        assertThat(i.injured()).isEqualTo(0);
        assertThat(i.basis().injured().rule()).isNotNull();
        assertThat(w.injured()).isEqualTo(1); // a wound word tells of the living
    }

    @Test
    void aHeadlineTellingOfOnePersonAnActWasDoneToOrOfItsFirstPersonHurtCountsOne() {
        // GVA dev: reports whose events count no one and whose headlines name two people
        for (String title : List.of("Uncle arrested for shooting 2-year-old nephew",
                "Woman injured after Lafayette teen discharged a firearm")) {
            StoryArticle a = new Article("a", "KATC", "2015-09-06", "Police are investigating a shooting.")
                .title(title)
                .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "shooting", null, null, null, null)
                .build(0);

            IncidentReport r = Incidents.of(STORY, List.of(a)).get(0).sources().get(0);

            assertThat(r.injured()).as(title).isEqualTo(1);
            assertThat(r.injuredBasis()).isEqualTo("headline");
            assertThat(r.killed()).isEqualTo(0);
            assertThat(r.killedBasis()).isEqualTo("implied");
        }
    }

    @Test
    void aWoundCountStandsBesideAnotherSourcesDeadToldNoLater() {
        StoryArticle wounded = new Article("wounded", "WMC", "2016-03-03", "Two men were wounded on Crump Road.")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "wounded", null, "Two men were wounded", null, null)
            .build(0);
        StoryArticle died = new Article("died", "WREG", "2016-03-03", "A man died after a shooting on Crump Road.")
            .event("V1", EventType.ASSAULT, null, "died", "A man died", null, null, null)
            .build(1);

        assertThat(Incidents.of(STORY, List.of(wounded, died)).get(0).injured()).isEqualTo(2);
    }

    @Test
    void theWoundedOfASourceBeforeAnyDeathWasToldIncludeThoseWhoDiedAfter() {
        // GVA dev: "Boy, 17, injured in Claymont shooting", then "Boy, 17, shot in Claymont has died":
        // the archive's wounded are 0, the one wounded is the one dead
        StoryArticle early = new Article("early", "WMC", "2016-03-02", "A 17-year-old boy was injured on Crump Road.")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "injured", null, "A 17-year-old boy was injured", null, null)
            .build(0);
        StoryArticle later = new Article("later", "WREG", "2016-03-04", "The boy who was shot on Crump Road has died.")
            .event("V1", EventType.ASSAULT, null, "died", null, null, null, null)
            .count("V1", true, 1, "The boy who was shot on Crump Road has died")
            .build(1);

        Incident i = Incidents.of(STORY, List.of(early, later)).get(0);

        assertThat(i.killed()).isEqualTo(1);
        assertThat(i.injured()).isEqualTo(0);
        // the early source's own account is kept as it reads
        assertThat(i.sources().get(0).injured()).isEqualTo(1);
    }

    @Test
    void aHeadlineNamingTheDeadAndTheHurtEachByTheirHarmCountsTheHurtBesideTheTextsDead() {
        // GVA dev: the text counts the dead; the grandmother's "gunshot wound" counted those shot, the dead
        StoryArticle counted = new Article("counted", "WBTV", "2016-03-06", "A girl was killed on Main Street.")
            .title("7-year-old NC girl killed, grandmother injured after shots fired into home")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "killed", "A girl was killed", null, null, null)
            .build(0);
        StoryArticle bare = new Article("bare", "WBTV", "2016-03-06", "Police said the shooting happened on Main Street.")
            .title("Man killed, girl injured in Park Manor shooting")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "shooting", null, null, null, null)
            .build(1);

        IncidentReport withDead = Incidents.of(STORY, List.of(counted)).get(0).sources().get(0);
        IncidentReport alone = Incidents.of(STORY, List.of(bare)).get(0).sources().get(0);

        assertThat(withDead.killed()).isEqualTo(1);
        assertThat(withDead.injured()).isEqualTo(1);
        assertThat(withDead.injuredBasis()).isEqualTo("headline");
        // the one hurt is not the one dead: the headline names them apart, so no one is made the
        // dead from the hurt; the man it opens with is the one dead (Headline.firstPersonDead)
        assertThat(alone.injured()).isEqualTo(1);
        assertThat(alone.injuredBasis()).isEqualTo("headline");
        assertThat(alone.killed()).isEqualTo(1);
        assertThat(alone.killedBasis()).isEqualTo("headline");
    }

    @Test
    void aHeadlinesCountOfTheHurtVotesAsATextsCount() {
        // GVA dev: one outlet's text tells of the girl it names, the other's headline of both hurt
        StoryArticle listed = new Article("listed", "WICS", "2016-06-02", "A 19-year-old woman was shot on Main Street.")
            .title("Police: 10-Year-Old Girl, Teen Shot")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "shot", null, "A 19-year-old woman was shot", null, null)
            .build(0);
        StoryArticle named = new Article("named", "WAND", "2016-06-03", "A bullet struck a girl on Main Street.")
            .title("Springfield police make arrest in shooting of girl")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "struck", null, "struck a girl", null, null)
            .build(1);

        Incident i = Incidents.of(STORY, List.of(listed, named)).get(0);

        assertThat(i.sources().get(0).injured()).isEqualTo(2);
        assertThat(i.sources().get(0).injuredBasis()).isEqualTo("headline");
        assertThat(i.sources().get(1).injured()).isEqualTo(1);
        assertThat(i.injured()).isEqualTo(2); // a tie of one source each: the larger toll
    }

    @Test
    void aHeadlinesLargerCountOfTheHurtOutnumbersTheTextsCountOfOne() {
        // GVA dev: "Four shot outside jazz club", its text telling only of the one "he was shot" it names
        StoryArticle four = new Article("four", "KCTV", "2016-03-06", "A man was shot outside the club on Main Street.")
            .title("Four shot outside jazz club in 18th & Vine District")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "shot", null, "A man was shot", null, null)
            .build(0);
        StoryArticle roundUp = new Article("roundUp", "WXYZ", "2016-03-06", "A man was shot outside the club on Main Street.")
            .title("Violent Weekend Leaves 21 Shot Across The Five Boroughs")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "shot", null, "A man was shot", null, null)
            .build(1);

        IncidentReport told = Incidents.of(STORY, List.of(four)).get(0).sources().get(0);
        IncidentReport counted = Incidents.of(STORY, List.of(roundUp)).get(0).sources().get(0);

        assertThat(told.injured()).isEqualTo(4);
        assertThat(told.injuredBasis()).isEqualTo("headline");
        assertThat(told.injuredEvidence()).isNull(); // the headline is not in the text
        assertThat(told.killed()).isEqualTo(0);
        // a round-up's numbers count other shootings than the one the text tells
        assertThat(counted.injured()).isEqualTo(1);
        assertThat(counted.injuredBasis()).isEqualTo("count");
    }

    @Test
    void anArticleDateInTheEventsSentenceDatesTheReportBeforeAStatementsDay() {
        // published Friday: "Friday" is the day of the charges, "Thursday" of what police said,
        // "Monday" of a birthday the article tells beside the shooting
        StoryArticle a = new Article("a", "WNCT", "2014-01-31",
            "Two men were charged Friday. She had turned one Monday. The girl was shot Wednesday night. "
                + "Police said Thursday she died.")
            .date("Friday", TimexType.DATE, "2014-01-31")
            .date("Monday", TimexType.DATE, "2014-01-27")
            .date("Wednesday night", TimexType.TIME, "2014-01-29TNI")
            .date("Thursday", TimexType.DATE, "2014-01-30")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "shot", null, null, null, null)
            .sentence("V1", "The girl was shot Wednesday night.")
            .build(0);

        IncidentReport r = Incidents.of(STORY, List.of(a)).get(0).sources().get(0);
        assertThat(r.date()).isEqualTo("2014-01-29");
        assertThat(r.dateBasis()).isEqualTo("article");
        assertThat(r.dateText()).isEqualTo("Wednesday night");
    }

    @Test
    void aDayLongBeforePublishedDatesTheReportWhenItsWordsTieItToTheAct() {
        // a charge weeks later: "Friday" is the charging's, the killing's day stands after "killing ... on"
        String text = "A man was charged Friday with murder. He is accused of killing Ernest Edwards at the Nite Owl, "
            + "601 W. Main St., on Jan. 26.";
        StoryArticle a = new Article("a", "Daily News", "2013-03-18", text)
            .date("Friday", TimexType.DATE, "2013-03-15")
            .date("Jan. 26", TimexType.DATE, "2013-01-26")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "killing", null, null, null, null)
            .build(0);
        // and the noun after the day: "the August 14 shooting death"
        StoryArticle b = new Article("b", "Gazette", "2014-08-22", "A man is charged in the August 14 shooting death of a clerk.")
            .date("August 14", TimexType.DATE, "2014-08-14")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "shooting", null, null, null, null)
            .build(0);

        IncidentReport r = Incidents.of(STORY, List.of(a)).get(0).sources().get(0);
        assertThat(r.date()).isEqualTo("2013-01-26");
        assertThat(r.dateBasis()).isEqualTo("act");
        assertThat(r.dateEvidence()).isEqualTo(new Span(text.indexOf("Jan. 26"), text.indexOf("Jan. 26") + 7, "Jan. 26"));
        assertThat(Incidents.of(STORY, List.of(b)).get(0).date()).isEqualTo("2014-08-14");
    }

    @Test
    void aDayLongBeforePublishedDatesNothingUntiedToTheActOrBesideAnotherActsDay() {
        // "released on Jan. 26" is no act's day; a round-up's shootings of two days are none the report's
        StoryArticle released = new Article("a", "Daily News", "2013-03-18",
            "A man was shot Friday. He had been released from prison on Jan. 26.")
            .date("Friday", TimexType.DATE, "2013-03-15")
            .date("Jan. 26", TimexType.DATE, "2013-01-26")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "shot", null, null, null, null)
            .build(0);
        StoryArticle roundUp = new Article("b", "Daily News", "2013-03-18",
            "A man was shot Friday. The Jan. 26 shooting and the Feb. 2 shooting are unsolved.")
            .date("Friday", TimexType.DATE, "2013-03-15")
            .date("Jan. 26", TimexType.DATE, "2013-01-26")
            .date("Feb. 2", TimexType.DATE, "2013-02-02")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "shot", null, null, null, null)
            .build(0);

        for (StoryArticle a : List.of(released, roundUp)) {
            IncidentReport r = Incidents.of(STORY, List.of(a)).get(0).sources().get(0);
            assertThat(r.date()).isEqualTo("2013-03-15");
            assertThat(r.dateBasis()).isEqualTo("article");
        }
    }

    @Test
    void thePublishedDayInTheEventsSentenceIsTheTellingsAndOutranksNoEarlierDay() {
        // GVA dev, published Tuesday: "late Tuesday" is when police spoke, "Saturday" when the four were shot
        StoryArticle a = new Article("a", "NY1", "2014-10-21",
            "Four people were wounded, police said late Tuesday. The shooting outside the club was at 10:45 p.m. Saturday.")
            .date("late Tuesday", TimexType.TIME, "2014-10-21TNI")
            .date("10:45 p.m. Saturday", TimexType.TIME, "2014-10-18T22:45")
            .event("V1", EventType.ASSAULT, null, "wounded", null, null, null, null)
            .sentence("V1", "Four people were wounded, police said late Tuesday.")
            .build(0);

        IncidentReport r = Incidents.of(STORY, List.of(a)).get(0).sources().get(0);
        assertThat(r.date()).isEqualTo("2014-10-18");
        assertThat(r.dateText()).isEqualTo("10:45 p.m. Saturday");
    }

    @Test
    void withoutADateInTheEventsSentenceTheEarliestArticleDateBeforePublishedDatesTheReport() {
        // statements and searches come after the happening: "still on the run Thursday", shot "late Wednesday"
        StoryArticle a = new Article("a", "WSMV", "2014-08-14",
            "A man was still on the run Thursday. Two people were hurt. The shooting was late Wednesday.")
            .date("Thursday", TimexType.DATE, "2014-08-14")
            .date("late Wednesday", TimexType.TIME, "2014-08-13TNI")
            .event("V1", EventType.ASSAULT, null, "hurt", null, null, null, null)
            .sentence("V1", "Two people were hurt.")
            .build(0);

        IncidentReport r = Incidents.of(STORY, List.of(a)).get(0).sources().get(0);
        assertThat(r.date()).isEqualTo("2014-08-13");
        assertThat(r.dateText()).isEqualTo("late Wednesday");
    }

    /**
     * The incident's mode is its type's: the demo's ambush near Khankendi (three killings and the
     * peacekeepers "investigating the shooting", one family) was shown as an ASSAULT of mode
     * "investigate", the only mode any of its events had, which is an ACCUSE's.
     */
    @Test
    void theModeIsOneOfTheTypesOwnEvents() {
        String text = "Two officers were killed near Khankendi. Three more were killed. Peacekeepers are investigating the shooting.";
        StoryArticle ledger = new Article("ledger", "Caspian Ledger", "2023-03-05", text).place("Khankendi")
            .event("V1", EventType.ASSAULT, null, "killed", "Two officers were killed", null, null, null)
            .event("V2", EventType.ASSAULT, null, "were killed", null, null, null, null)
            .event("V3", EventType.ACCUSE, EventMode.INVESTIGATE, "investigating", null, null, null, null)
            .build(0);

        List<Incident> incidents = Incidents.of(STORY, List.of(ledger));

        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).type()).isEqualTo(EventType.ASSAULT);
        assertThat(incidents.get(0).mode()).isNull();
        StoryArticle shot = new Article("ledger", "Caspian Ledger", "2023-03-05", text).place("Khankendi")
            .event("V1", EventType.ASSAULT, EventMode.FIREARMS, "killed", "Two officers were killed", null, null, null)
            .event("V2", EventType.ASSAULT, null, "were killed", null, null, null, null)
            .event("V3", EventType.ACCUSE, EventMode.INVESTIGATE, "investigating", null, null, null, null)
            .build(0);
        assertThat(Incidents.of(STORY, List.of(shot)).get(0).mode()).isEqualTo(EventMode.FIREARMS);
    }

    @Test
    void saintBeforeANameIsNoStreet() {
        assertThat(ReportPlace.kind("Bay St. Louis")).isEqualTo("town");
        assertThat(ReportPlace.kind("St. Paul")).isEqualTo("town");
        assertThat(ReportPlace.kind("Main St.")).isEqualTo("street");
        StoryArticle a = new Article("a", "Sea Coast Echo", "2014-11-22",
            "A boy shot himself in Bay St. Louis and was taken to Gulfport Memorial Hospital.")
            .place("Gulfport Memorial Hospital").place("Bay St. Louis")
            .event("V1", EventType.ASSAULT, null, "shot", null, null, null, null)
            .build(0);

        assertThat(Incidents.of(STORY, List.of(a)).get(0).location()).isEqualTo("Bay St. Louis");
    }

    @Test
    void aDatelineThatIsThePlaceItselfLeavesTheTownToThePolice() {
        StoryArticle a = new Article("a", "DNAinfo", "2014-02-06",
            "ROGERS PARK — A man was shot on Sheridan Road, a Chicago Police spokeswoman said.")
            .place("ROGERS PARK").place("Sheridan Road")
            .event("V1", EventType.ASSAULT, null, "shot", null, null, null, null)
            .build(0);

        assertThat(Incidents.of(STORY, List.of(a)).get(0).location()).isEqualTo("ROGERS PARK, Chicago");
    }

    @Test
    void tiedDaysGoToTheDayMostSourcesNameNotTheEarliest() {
        StoryArticle a = new Article("a", "WPLG", "2014-07-07", "A man was shot late Sunday night.")
            .date("late Sunday night", TimexType.TIME, "2014-07-06TNI")
            .event("V1", EventType.ASSAULT, null, "shot", null, null, "late Sunday night", "2014-07-06TNI")
            .build(0);
        StoryArticle b = new Article("b", "WSVN", "2014-07-07",
            "A man was shot at a party that began on the 4th of July and went on until Sunday.")
            .date("the 4th of July", TimexType.DATE, "2014-07-04")
            .date("Sunday", TimexType.DATE, "2014-07-06")
            .event("V1", EventType.ASSAULT, null, "shot", null, null, "the 4th of July", "2014-07-04")
            .build(1);

        Incident i = Incidents.of(STORY, List.of(a, b)).get(0);

        assertThat(i.date()).isEqualTo("2014-07-06");
        assertThat(i.basis().date().rule()).isEqualTo("most-named");
        assertThat(i.disagreements()).extracting(Disagreement::field).contains("date");
    }

    @Test
    void tiedTownsGoToTheTownMostSourcesNameWholeThenToTheFirstReport() {
        StoryArticle a = new Article("a", "KUSA", "2016-12-31", "A man was shot, Denver police said.")
            .place("Denver").event("V1", EventType.ASSAULT, null, "shot", null, null, null, null).build(0);
        StoryArticle b = new Article("b", "Daily Camera", "2016-12-31", "A man was shot in Boulder.")
            .place("Boulder").event("V1", EventType.ASSAULT, null, "shot", null, null, null, null).build(1);
        StoryArticle c = new Article("c", "KDVR", "2016-12-31", "A man was shot on Pearl Street in Boulder.")
            .place("Pearl Street").event("V1", EventType.ASSAULT, null, "shot", null, null, null, null).build(2);
        StoryArticle d = new Article("d", "KWGN", "2016-12-31", "A man was shot near Boulder Creek.")
            .place("Boulder Creek").event("V1", EventType.ASSAULT, null, "shot", null, null, null, null).build(2);

        Incident named = Incidents.of(STORY, List.of(a, b, c)).get(0);
        assertThat(named.location()).isEqualTo("Boulder");
        assertThat(named.basis().location().rule()).isEqualTo("most-named");
        // "Boulder" in "Boulder Creek" is part of another name: the tie stays, the first report's town wins
        Incident first = Incidents.of(STORY, List.of(a, b, d)).get(0);
        assertThat(first.location()).isEqualTo("Denver");
        assertThat(first.basis().location().rule()).isEqualTo("first-report");
    }

    /** A hand-built record: spans are found in the text, so the shared span assertion holds them to it. */
    private static final class Article {
        private final String name;
        private final String outlet;
        private final String published;
        private final String text;
        private final List<Entity> entities = new ArrayList<>();
        private final List<DateFact> dates = new ArrayList<>();
        private final List<Event> events = new ArrayList<>();
        private String copyOf;
        private String title;

        Article(String name, String outlet, String published, String text) {
            this.name = name;
            this.outlet = outlet;
            this.published = published;
            this.text = text;
        }

        Article place(String words) {
            entities.add(new Entity("E" + (entities.size() + 1), words, EntityType.LOCATION, List.of(), null, null, null,
                List.of(span(words))));
            return this;
        }

        /** A place entity of this name whose mentions are these words (the coreference stage's "Santa Cruz County"). */
        Article place(String name, String... mentions) {
            entities.add(new Entity("E" + (entities.size() + 1), name, EntityType.LOCATION, List.of(), null, null, null,
                java.util.Arrays.stream(mentions).map(this::span).toList()));
            return this;
        }

        Article date(String words, TimexType type, String value) {
            Span s = span(words);
            dates.add(new DateFact(s.start(), s.end(), s.text(), type, value));
            return this;
        }

        Article event(String id, EventType type, EventMode mode, String trigger, String killed, String injured,
                      String dateWords, String dateValue) {
            events.add(new Event(id, type, mode, List.of(), null, List.of(), List.of(),
                dateWords == null ? null : new Event.When(dateValue, dateWords), null,
                killed == null ? null : new Event.Count(number(killed), span(killed)),
                injured == null ? null : new Event.Count(number(injured), span(injured)),
                Factuality.ASSERTED, null, span(trigger), new Span(0, text.length(), text), 0.8));
            return this;
        }

        /** An organisation these words name, the event's actor (else its recipient). */
        Article party(String id, boolean actor, String words) {
            return party(id, actor, words, null);
        }

        /** As {@link #party(String, boolean, String)}, of the country the entity stage coded. */
        Article party(String id, boolean actor, String words, String country) {
            String entity = "E" + (entities.size() + 1);
            entities.add(new Entity(entity, words, EntityType.ORGANIZATION, List.of(), country, null, null,
                List.of(span(words))));
            replace(id, e -> new Event(e.id(), e.type(), e.mode(), e.context(), e.acled(),
                actor ? with(e.actors(), entity) : e.actors(), actor ? e.recipients() : with(e.recipients(), entity),
                e.date(), e.location(), e.fatalities(), e.injured(), e.factuality(), e.claimedBy(), e.trigger(),
                e.evidence(), e.confidence()));
            return this;
        }

        /** A person these words name (entity "E" + its place in the list). */
        Article person(String words) {
            entities.add(new Entity("E" + (entities.size() + 1), words, EntityType.PERSON, List.of(), null, null, null,
                List.of(span(words))));
            return this;
        }

        /** An entity already added, a recipient of the event. */
        Article recipient(String id, String entity) {
            replace(id, e -> new Event(e.id(), e.type(), e.mode(), e.context(), e.acled(), e.actors(),
                with(e.recipients(), entity), e.date(), e.location(), e.fatalities(), e.injured(), e.factuality(),
                e.claimedBy(), e.trigger(), e.evidence(), e.confidence()));
            return this;
        }

        private static List<String> with(List<String> ids, String id) {
            List<String> out = new ArrayList<>(ids);
            out.add(id);
            return out;
        }

        Article count(String id, boolean killed, Integer value, String words) {
            Event.Count c = new Event.Count(value, span(words));
            replace(id, e -> new Event(e.id(), e.type(), e.mode(), e.context(), e.acled(), e.actors(), e.recipients(),
                e.date(), e.location(), killed ? c : e.fatalities(), killed ? e.injured() : c, e.factuality(),
                e.claimedBy(), e.trigger(), e.evidence(), e.confidence()));
            return this;
        }

        Article factuality(String id, Factuality f) {
            replace(id, e -> new Event(e.id(), e.type(), e.mode(), e.context(), e.acled(), e.actors(), e.recipients(),
                e.date(), e.location(), e.fatalities(), e.injured(), f, e.claimedBy(), e.trigger(), e.evidence(),
                e.confidence()));
            return this;
        }

        /** The event's evidence is these words of the text, its sentence, instead of the whole text. */
        Article sentence(String id, String words) {
            replace(id, e -> new Event(e.id(), e.type(), e.mode(), e.context(), e.acled(), e.actors(), e.recipients(),
                e.date(), e.location(), e.fatalities(), e.injured(), e.factuality(), e.claimedBy(), e.trigger(),
                span(words), e.confidence()));
            return this;
        }

        /** The headline, which is not part of the text. */
        Article title(String words) {
            title = words;
            return this;
        }

        Article copyOf(String id) {
            copyOf = id;
            return this;
        }

        StoryArticle build(long seq) {
            ArticleRecord r = new ArticleRecord(ArticleRecord.SCHEMA, ArticleRecord.contentId(name + text),
                InputRef.of(name + ".html", InputRef.Format.HTML), "https://example.org/" + name,
                new Source(outlet, name + ".example.org", List.of()), title, List.of(), Published.parse(published), "en",
                text, entities, dates, List.of(), events, List.of(), copyOf);
            assertSpansMatchText(r);
            return new StoryArticle(r, Map.of(), seq);
        }

        private void replace(String id, java.util.function.UnaryOperator<Event> change) {
            events.replaceAll(e -> e.id().equals(id) ? change.apply(e) : e);
        }

        private Span span(String words) {
            int at = text.indexOf(words);
            if (at < 0) {
                throw new IllegalArgumentException("'" + words + "' is not in: " + text);
            }
            return new Span(at, at + words.length(), words);
        }

        private static Integer number(String words) {
            for (String w : words.toLowerCase().split(" ")) {
                Integer n = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "a", 1, "killing", 1).get(w);
                if (n != null) {
                    return n;
                }
            }
            return null;
        }
    }
}
