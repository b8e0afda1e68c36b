package org.dateline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.dateline.pipeline.DocumentFailures.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The time budget of one document's work, which the batch and the Spark job share. */
class DocumentBudgetTest {
    @Test
    void workWithinTheBudgetGivesItsValue() {
        Outcome<String> o = DocumentFailures.run("a.txt", Duration.ofSeconds(30), () -> "record");
        assertThat(o.value()).isEqualTo("record");
    }

    @Test
    @Timeout(30)
    void workOverTheBudgetIsStoppedAndFailsNamed() {
        long start = System.nanoTime();
        Outcome<String> o = DocumentFailures.run("news.jsonl:7", Duration.ofMillis(500), () -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                throw new IllegalStateException("stopped", e);
            }
            return "never";
        });
        assertThat(o.failure().toString())
            .isEqualTo("news.jsonl:7: analysis stopped: it took longer than the time budget of 500 ms");
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(20));
    }

    @Test
    @Timeout(30)
    void workDeafToInterruptionIsAbandoned() {
        Outcome<String> o = DocumentFailures.run("page.html", Duration.ofSeconds(1), () -> {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (System.nanoTime() < until) {
                Thread.interrupted();
            }
            return "too late";
        });
        assertThat(o.failure().reason()).isEqualTo("analysis stopped: it took longer than the time budget of 1 second");
    }

    @Test
    void theRulesAreTheSameWithABudget() {
        assertThat(DocumentFailures.run("a.txt", Duration.ofSeconds(30), () -> {
            throw new IllegalStateException("no verb");
        }).failure().reason()).isEqualTo("analysis failed: java.lang.IllegalStateException: no verb");
        assertThat(DocumentFailures.run("a.txt", Duration.ofSeconds(30), () -> {
            throw new StackOverflowError();
        }).failure().reason()).isEqualTo("analysis failed: java.lang.StackOverflowError");
        assertThatThrownBy(() -> DocumentFailures.run("a.txt", Duration.ofSeconds(30), () -> {
            throw new NoClassDefFoundError("edu/stanford/nlp/Foo");
        })).isInstanceOf(NoClassDefFoundError.class);
    }

    @Test
    void theBudgetIsSaidAsAPersonSaysIt() {
        assertThat(DocumentFailures.say(Duration.ofMinutes(10))).isEqualTo("10 minutes");
        assertThat(DocumentFailures.say(Duration.ofMinutes(1))).isEqualTo("1 minute");
        assertThat(DocumentFailures.say(Duration.ofSeconds(90))).isEqualTo("90 seconds");
        assertThat(DocumentFailures.say(Duration.ofSeconds(1))).isEqualTo("1 second");
        assertThat(DocumentFailures.say(Duration.ofMillis(1500))).isEqualTo("1500 ms");
    }
}
