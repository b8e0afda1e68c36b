package org.dateline.analyze.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dateline.model.Acled;
import org.dateline.model.AcledSubEventType;
import org.dateline.model.Article;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Factuality;
import org.dateline.model.InputRef;
import org.dateline.model.Span;
import org.junit.jupiter.api.Test;

/**
 * The scorer's ACLED and casualty counting, on hand-made records (no pipeline), and the checks
 * that keep the gold files honest when they load.
 */
class EventEvaluationScoreTest {
    private static final String TEXT = "Gunmen killed 5 people and wounded dozens in Goma.";

    private static EventEvaluation.Gold gold(String type, EventEvaluation.Coded coded) {
        return new EventEvaluation.Gold(type, null, List.of(), List.of(), "asserted", null, coded);
    }

    private static Event event(EventType type, AcledSubEventType acled, Integer dead, Integer hurt) {
        Span sentence = new Span(0, TEXT.length(), TEXT);
        Span killed = new Span(7, 13, "killed");
        return new Event("V1", type, null, List.of(), acled == null ? null : Acled.of(acled), List.of(), List.of(),
            null, null, dead == null ? null : new Event.Count(dead, new Span(14, 22, "5 people")),
            hurt == null ? null : new Event.Count(hurt, new Span(35, 41, "dozens")), Factuality.ASSERTED, null,
            killed, sentence, 0.5);
    }

    private static EventEvaluation.Score score(List<EventEvaluation.Gold> golds, List<Event> events) {
        EventEvaluation.Case c = new EventEvaluation.Case("t", TEXT, "2025-03-18", golds);
        Article a = Article.bodyOnly(InputRef.of("t", InputRef.Format.TEXT), TEXT);
        EventEvaluation.Score s = new EventEvaluation.Score();
        EventEvaluation.add(s, c, ArticleRecord.of(a, List.of(), List.of(), List.of(), events, List.of()));
        return s;
    }

    @Test
    void aRightSubEventAndCountScore() {
        EventEvaluation.Score s = score(List.of(gold("ASSAULT", new EventEvaluation.Coded(AcledSubEventType.ATTACK, 5, null))),
            List.of(event(EventType.ASSAULT, AcledSubEventType.ATTACK, 5, null)));
        assertThat(s.acledAccuracy()).isEqualTo(1.0);
        assertThat(s.fatalities.accuracy()).isEqualTo(1.0);
        assertThat(s.injured.gold).isZero();
        assertThat(s.report()).contains("acled sub-event accuracy 1.000", "fatalities accuracy 1.000");
    }

    @Test
    void aMissedEventCountsWrongForAcledAndCasualties() {
        EventEvaluation.Score s = score(List.of(gold("ASSAULT", new EventEvaluation.Coded(AcledSubEventType.ATTACK, 5, 2))),
            List.of(event(EventType.PROTEST, AcledSubEventType.PEACEFUL_PROTEST, null, null)));
        assertThat(s.acledGold).isEqualTo(1);
        assertThat(s.acledOk).isZero();
        assertThat(s.acledMatched).isZero();
        assertThat(s.acledSpurious).isEqualTo(1);
        assertThat(s.fatalities.gold).isEqualTo(1);
        assertThat(s.fatalities.ok).isZero();
        assertThat(s.injured.gold).isEqualTo(1);
    }

    @Test
    void anAcledNameOrNumberWhereGoldHasNoneIsAFalsePositive() {
        EventEvaluation.Score s = score(List.of(gold("ASSAULT", new EventEvaluation.Coded(null, null, null))),
            List.of(event(EventType.ASSAULT, AcledSubEventType.ARMED_CLASH, 5, null)));
        assertThat(s.acledFalse).isEqualTo(1);
        assertThat(s.acledGold).isZero();
        assertThat(s.fatalities.falseCount).isEqualTo(1);
        assertThat(s.injured.falseCount).isZero();
    }

    @Test
    void aWrongSubEventOrValueIsWrong() {
        EventEvaluation.Score s = score(List.of(gold("ASSAULT", new EventEvaluation.Coded(AcledSubEventType.ATTACK, 5, 12))),
            List.of(event(EventType.ASSAULT, AcledSubEventType.ARMED_CLASH, 4, 12)));
        assertThat(s.acledAccuracy()).isZero();
        assertThat(s.fatalities.accuracy()).isZero();
        assertThat(s.injured.accuracy()).isEqualTo(1.0);
    }

    @Test
    void filesWithoutTheFieldsReportAsBefore() {
        EventEvaluation.Score s = score(List.of(gold("ASSAULT", null)),
            List.of(event(EventType.ASSAULT, AcledSubEventType.ATTACK, 5, null)));
        assertThat(s.coded()).isFalse();
        assertThat(s.report()).doesNotContain("acled", "fatalities");
    }

    @Test
    void theWireGoldCodesEveryEventAndCoversEveryCategory() {
        List<EventEvaluation.Case> wire = EventEvaluation.gold("wire.jsonl");
        List<EventEvaluation.Gold> events = wire.stream().flatMap(c -> c.events().stream()).toList();
        assertThat(events).allSatisfy(g -> assertThat(g.coded()).isNotNull());
        for (EventType t : EventType.values()) {
            assertThat(events.stream().filter(g -> g.type().equals(t.wireName())).count()).as(t.wireName()).isGreaterThanOrEqualTo(3);
        }
        assertThat(wire.stream().filter(c -> c.events().isEmpty()).count()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void theOlderGoldFilesCodeNoAcled() {
        for (String file : List.of("sentences.jsonl", "news.jsonl")) {
            assertThat(EventEvaluation.gold(file)).flatMap(EventEvaluation.Case::events)
                .allSatisfy(g -> assertThat(g.coded()).isNull());
        }
    }

    private static String line(String extra) {
        return "{\"id\": \"x\", \"published\": \"2025-03-18\", \"text\": \"" + TEXT + "\", \"events\": [{\"type\": \"ASSAULT\", "
            + "\"actors\": [], \"recipients\": [], \"factuality\": \"asserted\", \"actorCode\": null" + extra + "}]}";
    }

    @Test
    void aGoldLineReadsItsAcledAndCounts() throws Exception {
        EventEvaluation.Gold g = EventEvaluation.parse("t", line(", \"mode\": \"firearms\", \"acled\": \"Attack\", \"fatalities\": 5, \"injured\": null"))
            .events().get(0);
        assertThat(g.mode()).isEqualTo("firearms");
        assertThat(g.coded()).isEqualTo(new EventEvaluation.Coded(AcledSubEventType.ATTACK, 5, null));
    }

    @Test
    void aGoldLineTheContractWouldRefuseFailsAtLoad() {
        assertThatThrownBy(() -> EventEvaluation.parse("t", line(", \"acled\": \"Airstrike\", \"fatalities\": 5, \"injured\": null")))
            .hasMessageContaining("Airstrike");
        assertThatThrownBy(() -> EventEvaluation.parse("t", line(", \"mode\": \"arrest\"")))
            .hasMessageContaining("has no mode arrest");
        assertThatThrownBy(() -> EventEvaluation.parse("t", line(", \"acled\": \"Attack\"")))
            .hasMessageContaining("together");
        assertThatThrownBy(() -> EventEvaluation.parse("t", line(", \"acled\": null, \"fatalities\": \"dozens\", \"injured\": null")))
            .hasMessageContaining("whole number");
    }
}
