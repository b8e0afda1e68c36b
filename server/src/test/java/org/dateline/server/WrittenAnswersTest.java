package org.dateline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dateline.store.query.SearchResult;
import org.junit.jupiter.api.Test;

class WrittenAnswersTest {
    private static SearchResult answer(long total) {
        return new SearchResult(total, false, List.of(), Map.of());
    }

    @Test
    void theSameAnswerIsWrittenOnceAndAnEqualOneAgain() throws Exception {
        WrittenAnswers w = new WrittenAnswers(2);
        SearchResult a = answer(3);
        byte[] first = w.json(a);
        assertThat(new String(first, java.nio.charset.StandardCharsets.UTF_8)).contains("\"total\":3", "\"estimated\":false");
        assertThat(w.json(a)).isSameAs(first);
        SearchResult equal = answer(3);
        assertThat(w.json(equal)).isEqualTo(first).isNotSameAs(first);
    }

    @Test
    void itKeepsOnlyTheLastFew() throws Exception {
        WrittenAnswers w = new WrittenAnswers(2);
        SearchResult a = answer(1);
        byte[] first = w.json(a);
        w.json(answer(2));
        w.json(answer(3));
        assertThat(w.size()).isEqualTo(2);
        assertThat(w.json(a)).as("pushed out, written again").isNotSameAs(first).isEqualTo(first);
    }

    /** With the store's cache off no answer comes back as the same object, so nothing is kept. */
    @Test
    void withoutAStoreCacheItKeepsNothing() throws Exception {
        WrittenAnswers w = new WrittenAnswers(0);
        SearchResult a = answer(1);
        byte[] first = w.json(a);
        assertThat(w.json(a)).isEqualTo(first).isNotSameAs(first);
        assertThat(w.size()).isZero();
    }
}
