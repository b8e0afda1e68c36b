package org.dateline.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.dateline.json.RecordJson;
import org.dateline.model.ArticleRecord;
import org.dateline.store.testing.SampleRecords;
import org.junit.jupiter.api.Test;

/** A hit's head is read from the stored record without binding its facts, and reads what binding would. */
class ViewsTest {
    private static Views.Head expected(ArticleRecord r) {
        return new Views.Head(r.id(), r.title(), r.source(), r.published(), r.text());
    }

    @Test
    void theHeadOfEveryRecordIsItsIdTitleSourcePublishedAndText() throws IOException {
        for (ArticleRecord r : SampleRecords.all()) {
            assertThat(Views.head(RecordJson.toLine(r))).isEqualTo(expected(r));
        }
    }

    @Test
    void missingValuesAreNullAndFieldOrderDoesNotMatter() throws IOException {
        ArticleRecord r = SampleRecords.lachin();
        ArticleRecord bare = new ArticleRecord(r.schema(), r.id(), r.input(), null, null, null, List.of(), null, null,
            r.text(), r.entities(), r.dates(), r.statements(), r.events(), List.of(), null);
        assertThat(Views.head(RecordJson.toLine(bare))).isEqualTo(expected(bare));
        String reordered = "{\"entities\":[{\"a\":[1,{\"b\":2}]}],\"text\":\"Body.\",\"published\":null,"
            + "\"source\":{\"name\":\"Outlet\",\"domain\":null,\"handles\":[]},\"extra\":{\"id\":\"not this\"},\"title\":\"T\",\"id\":\"x1\"}";
        Views.Head h = Views.head(reordered);
        assertThat(h.id()).isEqualTo("x1");
        assertThat(h.title()).isEqualTo("T");
        assertThat(h.text()).isEqualTo("Body.");
        assertThat(h.source().name()).isEqualTo("Outlet");
        assertThat(h.published()).isNull();
    }
}
