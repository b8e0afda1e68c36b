package org.dateline.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FunctionWordsTest {
    @Test
    void unionHoldsEverySetAndTheExtraWords() {
        Set<String> s = FunctionWords.union(List.of(FunctionWords.ARTICLES, FunctionWords.DEMONSTRATIVES), "its");
        assertThat(s).containsExactlyInAnyOrder("the", "a", "an", "this", "that", "these", "those", "its");
        assertThatThrownBy(() -> s.add("their")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void wordsAreLowerCaseAsTokensAreCompared() {
        Stream.of(FunctionWords.FUTURE_MODALS, FunctionWords.HEDGING_MODALS, FunctionWords.NEGATORS,
                FunctionWords.ARTICLES, FunctionWords.DEMONSTRATIVES)
            .flatMap(Set::stream)
            .forEach(w -> assertThat(w).isEqualTo(w.toLowerCase(Locale.ROOT)));
    }
}
