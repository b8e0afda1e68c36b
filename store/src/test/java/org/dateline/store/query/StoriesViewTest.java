package org.dateline.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dateline.model.ArticleRecord;
import org.dateline.store.testing.SampleRecords;
import org.dateline.table.StorySummary;
import org.junit.jupiter.api.Test;

/** A story page's articles: an article without a title is named by its first words, not "(untitled)". */
class StoriesViewTest {
    private static StorySummary.Member member(ArticleRecord r, long seq) {
        return new StorySummary.Member(r, Map.of(), seq, List.of(), List.of());
    }

    @Test
    void anUntitledArticleCarriesItsLead() {
        ArticleRecord titled = SampleRecords.meeting();
        ArticleRecord seed = SampleRecords.lachin();
        ArticleRecord untitled = new ArticleRecord(seed.schema(), seed.id(), seed.input(), seed.url(), seed.source(), null,
            seed.authors(), seed.published(), seed.language(), seed.text(), seed.entities(), seed.dates(), seed.statements(),
            seed.events(), seed.warnings(), null);

        Stories.View view = Stories.view("S", List.of(member(titled, 0), member(untitled, 1)));

        assertThat(view.articles().get(0).lead()).isNull();
        String lead = view.articles().get(1).lead();
        assertThat(seed.text()).startsWith(lead.replace(" …", ""));
        assertThat(lead.split(" ").length).isLessThanOrEqualTo(Stories.LEAD_WORDS + 1);
    }
}
