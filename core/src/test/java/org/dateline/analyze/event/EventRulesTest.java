package org.dateline.analyze.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.analyze.event.EventChecks.only;

import java.util.List;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.EventMode;
import org.dateline.model.EventType;
import org.dateline.model.Factuality;
import org.dateline.testing.Parses;
import org.junit.jupiter.api.Test;

/**
 * The event stage's rules (parties from the parse, factuality, places, allegations), each read
 * from a recorded CoreNLP parse (see {@link Parses}) so that no test here loads CoreNLP. Every
 * record's spans are checked against its text before these assertions run.
 */
class EventRulesTest {
    /** The seed article's first paragraph and the first sentence of its fourth. */
    private static final String SEED_FIRST_AND_FOURTH = "Azerbaijani Deputy Foreign Minister Elnur Mammadov and UN High "
        + "Human Rights Commissioner Volker Türk discussed the current agenda of cooperation between Azerbaijan and the UN "
        + "in human rights, as well as the regional situation and the protests on the Lachin-Khankandi road.\\n\\n"
        + "Besides, the Azerbaijani official noted that the country’s peace and construction efforts are facing "
        + "continuous political and military provocations by Armenia.";

    private static List<String> names(ArticleRecord r, List<String> ids) {
        return ids.stream().map(id -> r.entities().stream().filter(e -> e.id().equals(id)).map(Entity::name)
            .findFirst().orElseThrow()).toList();
    }

    @Test
    void subjectActsOnTheObject() {
        ArticleRecord r = Parses.analyze("Russia attacked Ukraine on Tuesday.");
        Event e = only(r);
        assertThat(e.type()).isEqualTo(EventType.ASSAULT);
        assertThat(names(r, e.actors())).containsExactly("Russia");
        assertThat(names(r, e.recipients())).containsExactly("Ukraine");
        assertThat(e.factuality()).isEqualTo(Factuality.ASSERTED);
        assertThat(e.trigger().text()).isEqualTo("attacked");
        assertThat(e.evidence().text()).isEqualTo("Russia attacked Ukraine on Tuesday.");
    }

    @Test
    void meetingWithoutAHostMakesEveryPartyAnActorAndFindsThePlace() {
        ArticleRecord r = Parses.analyze("Elnur Mammadov met Volker Türk in Geneva.");
        Event e = only(r);
        assertThat(e.type()).isEqualTo(EventType.CONSULT);
        assertThat(names(r, e.actors())).containsExactly("Elnur Mammadov", "Volker Türk");
        assertThat(e.recipients()).isEmpty();
        assertThat(e.location().name()).isEqualTo("Geneva");
    }

    /**
     * What a party denies did not happen as told, by that party's word: "denied that its forces had
     * shelled", "denied attacking" and the demo's "denied that the attack had been carried out by
     * Armenian armed groups" were `reported` (the last "according to" the very ministry that denied
     * it) or `asserted`.
     */
    @Test
    void whatIsDeniedIsNegated() {
        for (String sentence : List.of("The ministry denied that its forces had shelled the village.",
            "Azerbaijan denied attacking the convoy.",
            "The Armenian Foreign Ministry denied that the attack had been carried out by Armenian armed groups.",
            "Police said the gunman denied that he fired at officers.")) {
            Event e = only(Parses.analyze(sentence));
            assertThat(e.factuality()).as(sentence).isEqualTo(Factuality.NEGATED);
        }
    }

    /** A car is no explosive: "killed when their car was ambushed" was an ASSAULT by explosives on the demo's page. */
    @Test
    void aCarAloneSaysNothingOfTheWeapon() {
        ArticleRecord r = Parses.analyze("Three police officers were killed on Sunday when their car was ambushed near Stepanakert.");
        assertThat(r.events()).isNotEmpty().allSatisfy(e -> assertThat(e.mode()).isNotEqualTo(EventMode.EXPLOSIVES));
    }

    @Test
    void didNotMeetIsNegated() {
        Event e = only(Parses.analyze("Elnur Mammadov did not meet Volker Türk."));
        assertThat(e.factuality()).isEqualTo(Factuality.NEGATED);
        assertThat(e.trigger().text()).isEqualTo("meet");
    }

    @Test
    void willMeetIsFuture() {
        assertThat(only(Parses.analyze("Elnur Mammadov will meet Volker Türk in Geneva.")).factuality()).isEqualTo(Factuality.FUTURE);
    }

    @Test
    void wasToVisitIsAFutureVisitOfThePlace() {
        ArticleRecord r = Parses.analyze("A delegation from the Ministry of Economy was to visit Karabakh.");
        Event e = only(r);
        assertThat(e.factuality()).isEqualTo(Factuality.FUTURE);
        assertThat(e.mode()).isEqualTo(EventMode.VISIT);
        assertThat(names(r, e.actors())).containsExactly("Ministry of Economy");
        assertThat(e.location().name()).isEqualTo("Karabakh");
    }

    @Test
    void eventInsideANamedSpeakersStatementIsReportedAndClaimedByThem() {
        ArticleRecord r = Parses.analyze("Elnur Mammadov said Armenia attacked Azerbaijan.");
        Event e = only(r);
        assertThat(e.factuality()).isEqualTo(Factuality.REPORTED);
        assertThat(names(r, List.of(e.claimedBy()))).containsExactly("Elnur Mammadov");
        assertThat(names(r, e.actors())).containsExactly("Armenia");
        assertThat(names(r, e.recipients())).containsExactly("Azerbaijan");
    }

    @Test
    void eventAnOfficialReportsIsReportedWithoutAClaimant() {
        Event e = only(Parses.analyze("Officials said Armenia attacked Azerbaijan."));
        assertThat(e.factuality()).isEqualTo(Factuality.REPORTED);
        assertThat(e.claimedBy()).isNull();
    }

    @Test
    void modalCouldIsHypothetical() {
        assertThat(only(Parses.analyze("Armenia could attack Azerbaijan.")).factuality()).isEqualTo(Factuality.HYPOTHETICAL);
    }

    @Test
    void bothSidesOfAConditionalAreHypothetical() {
        ArticleRecord r = Parses.analyze("If Armenia attacked Azerbaijan, Russia would condemn it.");
        assertThat(r.events()).extracting(Event::type).containsExactly(EventType.ASSAULT, EventType.ACCUSE);
        assertThat(r.events()).extracting(Event::factuality).containsOnly(Factuality.HYPOTHETICAL);
    }

    @Test
    void eventNounTakesNegationFromItsLightVerb() {
        Event e = only(Parses.analyze("However, due to the inaction of the peacekeepers, the monitoring did not take place."));
        assertThat(e.trigger().text()).isEqualTo("monitoring");
        assertThat(e.factuality()).isEqualTo(Factuality.NEGATED);
    }

    @Test
    void protestIsPlacedOnTheRoadItsLocativeNames() {
        ArticleRecord r = Parses.analyze("Azerbaijani eco-activists protested on the Lachin road.");
        Event e = only(r);
        assertThat(e.type()).isEqualTo(EventType.PROTEST);
        assertThat(names(r, e.actors())).containsExactly("Azerbaijani eco-activists");
        assertThat(e.location().name()).isEqualTo("Lachin road");
    }

    @Test
    void imposedSanctionsLendsTheNounItsLightVerbsSubject() {
        ArticleRecord r = Parses.analyze("The United States imposed sanctions on Iran.");
        Event e = only(r);
        assertThat(e.type()).isEqualTo(EventType.SANCTION);
        assertThat(e.trigger().text()).isEqualTo("sanctions");
        assertThat(names(r, e.actors())).containsExactly("United States");
        assertThat(names(r, e.recipients())).containsExactly("Iran");
    }

    @Test
    void accusingIsItselfTheActNotAReport() {
        ArticleRecord r = Parses.analyze("Azerbaijan accused Armenia of provocations.");
        Event e = only(r);
        assertThat(e.type()).isEqualTo(EventType.ACCUSE);
        assertThat(e.factuality()).isEqualTo(Factuality.ASSERTED);
        assertThat(names(r, e.recipients())).containsExactly("Armenia");
    }

    @Test
    void clauseACueCommentsOnIsReportedByTheSpeaker() {
        ArticleRecord r = Parses.analyze("The talks were useful, Mammadov said.");
        Event e = only(r);
        assertThat(e.trigger().text()).isEqualTo("talks");
        assertThat(e.factuality()).isEqualTo(Factuality.REPORTED);
        assertThat(names(r, List.of(e.claimedBy()))).containsExactly("Mammadov");
    }

    @Test
    void provocationsBySomeoneInAStatementAreTheSpeakersAccusation() {
        ArticleRecord r = Parses.analyze(SEED_FIRST_AND_FOURTH);
        Event e = r.events().stream().filter(v -> v.trigger().text().equals("provocations")).findFirst().orElseThrow();
        assertThat(e.type()).isEqualTo(EventType.ACCUSE);
        assertThat(names(r, e.actors())).containsExactly("Elnur Mammadov");
        assertThat(names(r, e.recipients())).containsExactly("Armenia");
        assertThat(e.factuality()).isEqualTo(Factuality.REPORTED);
    }

    @Test
    void withoutANamedSpeakerProvocationsAreTheArticlesDescription() {
        ArticleRecord r = Parses.analyze("Besides, the Azerbaijani official noted that the country’s peace and construction "
            + "efforts are facing continuous political and military provocations by Armenia.");
        assertThat(r.events()).isEmpty();
    }
}
