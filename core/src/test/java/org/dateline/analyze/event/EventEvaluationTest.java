package org.dateline.analyze.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Floors on the event gold ({@code eval/events}), set a little under the figures the stage reached
 * when they were written, so that a change that loses ground fails here. The report goes to stdout
 * and {@code target/event-eval.txt}.
 */
class EventEvaluationTest {
    @Test
    void figuresStayAboveTheirFloors() throws IOException {
        EventEvaluation.Score s = EventEvaluation.score(EventEvaluation.gold());
        String report = s.report();
        System.out.print(report);
        if (Boolean.getBoolean("events.verbose")) {
            s.errors.forEach(System.out::println);
        }
        Files.writeString(Path.of("target", "event-eval.txt"), report + String.join("\n", s.errors) + "\n");
        assertThat(s.f1()).as("type F1").isGreaterThanOrEqualTo(0.90);
        assertThat(s.actorAccuracy()).as("actor accuracy").isGreaterThanOrEqualTo(0.80);
        assertThat(s.recipientAccuracy()).as("recipient accuracy").isGreaterThanOrEqualTo(0.70);
        assertThat(s.factualityAccuracy()).as("factuality accuracy").isGreaterThanOrEqualTo(0.90);
        assertThat(s.countryAmongParties()).as("actor country among parties").isGreaterThanOrEqualTo(0.75);
    }
}
