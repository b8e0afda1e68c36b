package org.dateline.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dateline.model.ArticleRecord;
import org.dateline.store.Store;
import org.dateline.store.testing.SampleRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two kinds of synthetic store: copies of one record differ by three appended sentences, or,
 * varied, by how much of their own text they repeat and how much they take from others; both keep
 * every copy's own text (so its spans) at its start.
 */
class SyntheticStoreTest {
    private static final int ARTICLES = 160;

    private static List<ArticleRecord> build(Path dir, SyntheticStore.Mode mode) throws IOException {
        SyntheticStore.build(SampleRecords.all(), dir, ARTICLES, 7, mode);
        List<ArticleRecord> out = new ArrayList<>();
        try (Store s = Store.open(dir)) {
            s.forEachArticle(out::add);
        }
        return out;
    }

    /** Per seed title, the spread (longest minus shortest) of its copies' text lengths. */
    private static Map<String, Integer> lengthSpread(List<ArticleRecord> records) {
        Map<String, int[]> minMax = new TreeMap<>();
        for (ArticleRecord r : records) {
            int[] mm = minMax.computeIfAbsent(r.title(), k -> new int[] {Integer.MAX_VALUE, 0});
            mm[0] = Math.min(mm[0], r.text().length());
            mm[1] = Math.max(mm[1], r.text().length());
        }
        Map<String, Integer> out = new TreeMap<>();
        minMax.forEach((title, mm) -> out.put(title, mm[1] - mm[0]));
        return out;
    }

    @Test
    void variedCopiesDifferInLengthFarMoreThanPlainCopies(@TempDir Path copiesDir, @TempDir Path variedDir) throws IOException {
        List<ArticleRecord> copies = build(copiesDir, SyntheticStore.Mode.COPIES);
        List<ArticleRecord> varied = build(variedDir, SyntheticStore.Mode.VARIED);
        assertThat(copies).hasSize(ARTICLES);
        assertThat(varied).hasSize(ARTICLES);
        List<String> seedTexts = SampleRecords.all().stream().map(ArticleRecord::text).toList();
        assertThat(varied).allSatisfy(r -> assertThat(seedTexts.stream().anyMatch(t -> r.text().startsWith(t + "\n\n")))
            .as("a copy begins with its seed's text").isTrue());
        double copiesSpread = lengthSpread(copies).values().stream().mapToInt(Integer::intValue).average().orElseThrow();
        double variedSpread = lengthSpread(varied).values().stream().mapToInt(Integer::intValue).average().orElseThrow();
        assertThat(variedSpread).isGreaterThan(2 * copiesSpread);
    }
}
