package org.dateline.analyze.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.dateline.model.EventContext;
import org.dateline.model.EventMode;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

class ContextAndModeCuesTest {
    private final ContextLexicon contexts = ContextLexicon.standard();
    private final ModeCues modes = ModeCues.standard();

    @Test
    void contextFromTheSentence() {
        assertThat(contexts.contexts(Set.of("human rights", "council"), List.of())).contains(EventContext.HUMAN_RIGHTS);
        assertThat(contexts.contexts(Set.of("peacekeeper", "road"), List.of())).contains(EventContext.PEACEKEEPING, EventContext.TERRITORY);
    }

    @Test
    void contextFromWordsThatRecurInTheArticle() {
        List<Set<String>> article = List.of(Set.of("eco-activist"), Set.of("environmental"), Set.of("x"));
        assertThat(contexts.contexts(Set.of("meet"), article)).contains(EventContext.ENVIRONMENT);
        assertThat(contexts.contexts(Set.of("meet"), List.of(Set.of("environmental")))).doesNotContain(EventContext.ENVIRONMENT);
    }

    @Test
    void modeFromThePhraseBeforeTheSentence() {
        assertThat(modes.mode(EventType.ASSAULT, Set.of("drone"), Set.of("artillery"))).isEqualTo(EventMode.AERIAL);
        assertThat(modes.mode(EventType.ASSAULT, Set.of(), Set.of("artillery"))).isEqualTo(EventMode.HEAVY_WEAPONS);
        assertThat(modes.mode(EventType.AID, Set.of("food"), Set.of())).isEqualTo(EventMode.HUMANITARIAN);
        assertThat(modes.mode(EventType.AGREE, Set.of("deal"), Set.of())).isNull();
    }
}
