package org.dateline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.testing.SpanAssertions.assertSpansMatchText;

import java.util.List;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.EventMode;
import org.dateline.model.Factuality;
import org.dateline.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article's PLOVER events, end to end: the event issue's done-when. */
class SeedEventsTest {
    private static ArticleRecord record;

    @BeforeAll
    static void analyse() {
        record = Fixtures.analyze(Fixtures.seed(), InputFormat.AUTO);
    }

    @Test
    void everySpanMatchesTheText() {
        assertSpansMatchText(record);
    }

    @Test
    void mammadovAndTurkConsultAtTheCouncilSessionOnFebruary28() {
        String mammadov = id("Elnur Mammadov");
        String turk = id("Volker Türk");
        List<Event> meetings = events("CONSULT").stream()
            .filter(e -> e.actors().containsAll(List.of(mammadov, turk))).toList();
        assertThat(meetings).isNotEmpty().allSatisfy(e -> assertThat(e.date().value()).isEqualTo("2023-02-28"));
        assertThat(meetings).anySatisfy(e -> {
            assertThat(e.mode()).isEqualTo(EventMode.MULTILATERAL);
            assertThat(e.trigger().text()).isEqualTo("met");
            assertThat(e.evidence().text()).contains("52nd session of the UN Human Rights Council");
        });
    }

    @Test
    void mammadovAccusesArmeniaInHisOwnWords() {
        String mammadov = id("Elnur Mammadov");
        assertThat(events("ACCUSE")).anySatisfy(e -> {
            assertThat(e.actors()).containsAnyOf(mammadov, id("Azerbaijan"));
            assertThat(e.recipients()).contains(id("Armenia"));
            assertThat(e.factuality()).isEqualTo(Factuality.REPORTED);
            assertThat(e.claimedBy()).isEqualTo(mammadov);
        });
    }

    @Test
    void civilSocietyProtestsOnTheLachinRoad() {
        Entity protesters = record.entities().stream().filter(e -> e.name().contains("civil society")
            || e.name().contains("eco-activists")).findFirst().orElseThrow();
        assertThat(events("PROTEST")).anySatisfy(e -> {
            assertThat(e.actors()).contains(protesters.id());
            assertThat(e.location()).isNotNull();
            assertThat(e.location().name()).contains("Lachin");
            assertThat(e.location().entity()).isEqualTo(id("Lachin-Khankandi road"));
        });
    }

    @Test
    void decemberTalksWithThePeacekeepingCommandOnThe3rdAndThe7th() {
        String peacekeepers = record.entities().stream().filter(e -> e.name().contains("peacekeeping"))
            .findFirst().orElseThrow().id();
        List<Event> talks = events("CONSULT").stream()
            .filter(e -> e.actors().contains(peacekeepers) || e.recipients().contains(peacekeepers)).toList();
        assertThat(talks).extracting(e -> e.date().value()).contains("2022-12-03", "2022-12-07");
        assertThat(talks).allSatisfy(e -> assertThat(e.trigger().text()).isEqualTo("talks"));
    }

    @Test
    void thePlannedMonitoringNeverHappened() {
        assertThat(record.events()).filteredOn(e -> e.trigger().text().equals("monitoring")).isNotEmpty()
            .allSatisfy(e -> assertThat(e.factuality()).isIn(Factuality.NEGATED, Factuality.FUTURE));
    }

    @Test
    void nothingAfterPublicationAndNoFlood() {
        assertThat(record.events()).hasSizeBetween(5, 12);
        assertThat(record.events()).filteredOn(e -> e.date() != null)
            .allSatisfy(e -> assertThat(e.date().value().compareTo("2023-03-01")).isLessThanOrEqualTo(0));
    }

    @Test
    void evidenceIsTheTriggersSentence() {
        assertThat(record.events()).allSatisfy(e -> {
            assertThat(e.evidence().contains(e.trigger())).isTrue();
            assertThat(e.confidence()).isBetween(0.0, 1.0);
            assertThat(e.id()).matches("V\\d+");
        });
    }

    private static List<Event> events(String type) {
        return record.events().stream().filter(e -> e.type().wireName().equals(type)).toList();
    }

    private static String id(String name) {
        return record.entities().stream().filter(e -> e.name().equals(name)).findFirst()
            .orElseThrow(() -> new AssertionError("no entity " + name)).id();
    }
}
