package org.dateline.analyze.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Floors on the event gold ({@code eval/events}), set a little under the figures the stage reached
 * when they were written, so that a change that loses ground fails here. Each report goes to
 * stdout and {@code target/event-eval-NAME.txt}.
 */
class EventEvaluationTest {
    /**
     * The wire set's floors. Its first, blind run gave type F1 0.639 and actor country among parties
     * 0.500 (see the README beside the gold). Issue 12's second round brought the missing kinds
     * (0.791, 0.636) and the fixes for spurious violence events (result adjuncts, mentioned violence,
     * riots, speech verbs' patterns: ACLED sub-event accuracy 0.645, fatalities 8 of 12 on their own).
     * Merged: type F1 0.830, actor country 0.627, ACLED 0.710, fatalities 0.667. The floors sit a
     * little under those figures, so a change that loses ground fails.
     */
    private static final double WIRE_F1_FLOOR = 0.80;
    private static final double WIRE_COUNTRY_FLOOR = 0.60;
    private static final double WIRE_ACLED_FLOOR = 0.68;
    private static final double WIRE_FATALITIES_FLOOR = 0.60;

    private static EventEvaluation.Score run(String file) throws IOException {
        return report(file, EventEvaluation.score(EventEvaluation.gold(file)));
    }

    private static EventEvaluation.Score report(String file, EventEvaluation.Score s) throws IOException {
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
    void wireSetStaysAboveItsFloors() throws IOException {
        EventEvaluation.Score s = run("wire.jsonl");
        assertThat(s.f1()).as("type F1").isGreaterThanOrEqualTo(WIRE_F1_FLOOR);
        assertThat(s.countryAmongParties()).as("actor country among parties").isGreaterThanOrEqualTo(WIRE_COUNTRY_FLOOR);
        assertThat(s.acledAccuracy()).as("ACLED sub-event accuracy").isGreaterThanOrEqualTo(WIRE_ACLED_FLOOR);
        assertThat(s.fatalities.accuracy()).as("fatalities accuracy").isGreaterThanOrEqualTo(WIRE_FATALITIES_FLOOR);
    }

    /**
     * Scores a gold file from outside the repository ({@code -Devents.file=PATH}): the real-news set
     * that {@code scripts/eval-events-real.sh} assembles from shared texts the project may not
     * redistribute. Its floor, if any, comes with it ({@code -Devents.minF1}): the script is where
     * that set is read, never the suite.
     */
    @Test
    @EnabledIfSystemProperty(named = "events.file", matches = ".+")
    void fileNamedOnTheCommandLineIsScored() throws IOException {
        Path file = Path.of(System.getProperty("events.file"));
        EventEvaluation.Score s = report(file.getFileName().toString(), EventEvaluation.score(EventEvaluation.gold(file)));
        double floor = Double.parseDouble(System.getProperty("events.minF1", "0"));
        assertThat(s.f1()).as("type F1 on " + file).isGreaterThanOrEqualTo(floor);
    }
}
