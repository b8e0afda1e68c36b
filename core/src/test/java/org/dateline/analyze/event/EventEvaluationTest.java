package org.dateline.analyze.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Floors on the event gold ({@code eval/events}), set a little under the figures the stage reached
 * when they were written, so that a change that loses ground fails here. Each report goes to
 * stdout and {@code target/event-eval-NAME.txt}.
 */
class EventEvaluationTest {
    /**
     * The wire set's floors. Its first, blind run gave type F1 0.639 and actor country among parties
     * 0.500 (see the README beside the gold); issue 12's first round 0.617 and 0.583; the second
     * round's fixes for spurious violence events (result adjuncts, mentioned violence, riots, speech
     * verbs' patterns) 0.655 and 0.571, ACLED sub-event accuracy 0.645 and fatalities accuracy 0.667
     * (8 of 12). The floors sit a little under the latest figures, so a change that loses ground fails.
     */
    private static final double WIRE_F1_FLOOR = 0.64;
    private static final double WIRE_COUNTRY_FLOOR = 0.55;
    private static final double WIRE_ACLED_FLOOR = 0.60;
    private static final double WIRE_FATALITIES_FLOOR = 0.60;

    private static EventEvaluation.Score run(String file) throws IOException {
        EventEvaluation.Score s = EventEvaluation.score(EventEvaluation.gold(file));
        String report = "== " + file + "\n" + s.report();
        System.out.print(report);
        if (Boolean.getBoolean("events.verbose")) {
            s.errors.forEach(System.out::println);
        }
        String name = file.substring(0, file.indexOf('.'));
        Files.writeString(Path.of("target", "event-eval-" + name + ".txt"), report + String.join("\n", s.errors) + "\n");
        return s;
    }

    @Test
    void categorySetStaysAboveItsFloors() throws IOException {
        EventEvaluation.Score s = run("sentences.jsonl");
        assertThat(s.f1()).as("type F1").isGreaterThanOrEqualTo(0.90);
        assertThat(s.actorAccuracy()).as("actor accuracy").isGreaterThanOrEqualTo(0.80);
        assertThat(s.recipientAccuracy()).as("recipient accuracy").isGreaterThanOrEqualTo(0.70);
        assertThat(s.factualityAccuracy()).as("factuality accuracy").isGreaterThanOrEqualTo(0.90);
        assertThat(s.countryAmongParties()).as("actor country among parties").isGreaterThanOrEqualTo(0.75);
    }

    @Test
    void newsSetStaysAboveItsFloors() throws IOException {
        EventEvaluation.Score s = run("news.jsonl");
        assertThat(s.f1()).as("type F1").isGreaterThanOrEqualTo(0.60);
        assertThat(s.countryAmongParties()).as("actor country among parties").isGreaterThanOrEqualTo(0.50);
    }

    @Test
    void wireSetStaysAboveItsBlindFigures() throws IOException {
        EventEvaluation.Score s = run("wire.jsonl");
        assertThat(s.f1()).as("type F1").isGreaterThanOrEqualTo(WIRE_F1_FLOOR);
        assertThat(s.countryAmongParties()).as("actor country among parties").isGreaterThanOrEqualTo(WIRE_COUNTRY_FLOOR);
        assertThat(s.acledAccuracy()).as("ACLED sub-event accuracy").isGreaterThanOrEqualTo(WIRE_ACLED_FLOOR);
        assertThat(s.fatalities.accuracy()).as("fatalities accuracy").isGreaterThanOrEqualTo(WIRE_FATALITIES_FLOOR);
    }
}
