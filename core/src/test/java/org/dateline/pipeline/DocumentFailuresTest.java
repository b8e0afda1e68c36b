package org.dateline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dateline.ingest.InputException;
import org.dateline.ingest.InputFailure;
import org.dateline.pipeline.DocumentFailures.Outcome;
import org.junit.jupiter.api.Test;

class DocumentFailuresTest {
    private static Outcome<String> failing(Throwable t) {
        return DocumentFailures.run("news.jsonl:7", () -> {
            if (t instanceof InputException e) {
                throw e;
            }
            if (t instanceof RuntimeException e) {
                throw e;
            }
            throw (Error) t;
        });
    }

    @Test
    void aSuccessCarriesItsValue() {
        Outcome<String> o = DocumentFailures.run("a.txt", () -> "record");
        assertThat(o.value()).isEqualTo("record");
        assertThat(o.failure()).isNull();
    }

    @Test
    void aBadInputFailsWithItsOwnMessage() {
        assertThat(failing(new InputException("not HTML")).failure())
            .isEqualTo(new InputFailure("news.jsonl:7", "not HTML"));
    }

    @Test
    void aDefectFailsThisDocumentOnly() {
        Outcome<String> o = failing(new IllegalStateException("no verb"));
        assertThat(o.value()).isNull();
        assertThat(o.failure().reason()).isEqualTo("analysis failed: java.lang.IllegalStateException: no verb");
    }

    @Test
    void aDocumentBeyondTheAnalysersLimitsFailsAlone() {
        assertThat(failing(new StackOverflowError()).failure().reason())
            .isEqualTo("analysis failed: java.lang.StackOverflowError");
        assertThat(failing(new OutOfMemoryError("Java heap space")).failure().reason())
            .isEqualTo("analysis failed: java.lang.OutOfMemoryError: Java heap space");
    }

    @Test
    void aBrokenRunIsNotADocumentsFailure() {
        assertThatThrownBy(() -> failing(new NoClassDefFoundError("edu/stanford/nlp/Foo")))
            .isInstanceOf(NoClassDefFoundError.class);
        assertThatThrownBy(() -> failing(new InternalError("jvm"))).isInstanceOf(InternalError.class);
    }
}
