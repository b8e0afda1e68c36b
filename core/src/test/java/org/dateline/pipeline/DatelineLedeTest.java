package org.dateline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.dateline.model.Article;
import org.dateline.model.ArticleRecord;
import org.dateline.model.EntityType;
import org.dateline.model.InputRef;
import org.dateline.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** A dateline with its state before the lede, end to end: the lede's count and the dateline's place both kept. */
class DatelineLedeTest {
    @Test
    void theLedeAfterAStateDatelineCountsItsPeople() {
        // parsed as one sentence, "MEMPHIS" was the subject of "wounded" and the lede counted 1
        ArticleRecord r = Fixtures.analyze(Article.bodyOnly(InputRef.of("memphis.txt", InputRef.Format.TEXT),
            "MEMPHIS, Tenn. - Three people were wounded in a shooting on Friday night.\n"));
        assertThat(r.events()).anySatisfy(e -> {
            assertThat(e.type().name()).isEqualTo("ASSAULT");
            assertThat(e.injured().value()).isEqualTo(3);
        });
        assertThat(r.entities()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EntityType.LOCATION);
            assertThat(e.name()).isEqualToIgnoringCase("Memphis");
        });
    }
}
