package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dateline.model.ArticleRecord;
import org.dateline.store.testing.OlderStores;
import org.dateline.store.testing.SampleRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredArticlesTest {
    private static ArticleRecord retitled(ArticleRecord r, String title) {
        return new ArticleRecord(r.schema(), r.id(), r.input(), r.url(), r.source(), title, r.authors(), r.published(),
            r.language(), r.text(), r.entities(), r.dates(), r.statements(), r.events(), r.warnings(), null);
    }

    @Test
    void anotherPublicationOfAStoredBodyIsStoredUnderItsOwnIdAcrossWriters(@TempDir Path dir) throws Exception {
        ArticleRecord first = SampleRecords.lachin();
        ArticleRecord other = retitled(first, "Another outlet's headline");
        try (StoreWriter w = StoreWriter.open(dir)) {
            assertThat(w.put(first)).isTrue();
        }
        try (StoreWriter w = StoreWriter.open(dir)) {
            assertThat(w.put(first)).isFalse();
            assertThat(w.put(other)).isTrue();
            assertThat(w.put(other)).isFalse();
            assertThat(w.contains(other.publicationKey())).isTrue();
            assertThat(w.size()).isEqualTo(2);
        }
        try (Store s = Store.open(dir)) {
            assertThat(s.article(other.publicationKey())).hasValueSatisfying(r -> {
                assertThat(r.title()).isEqualTo("Another outlet's headline");
                assertThat(r.duplicateOf()).isEqualTo(first.id());
            });
        }
    }

    /** A store written before publication keys: its bodies count as stored under any title, as they did then. */
    @Test
    void aBodyStoredWithoutAPublicationKeyIsStoredWhateverItsTitle(@TempDir Path dir) throws Exception {
        ArticleRecord first = SampleRecords.lachin();
        OlderStores.writeWithout(dir, first, Fields.PUBLICATION);
        try (StoreWriter w = StoreWriter.open(dir)) {
            assertThat(w.put(retitled(first, "Another outlet's headline"))).isFalse();
            assertThat(w.size()).isEqualTo(1);
        }
    }
}
