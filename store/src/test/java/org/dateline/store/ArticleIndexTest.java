package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.dateline.model.ArticleRecord;
import org.dateline.model.EventType;
import org.dateline.store.query.Filters;
import org.dateline.store.query.SearchResult;
import org.dateline.store.query.StoreQuery;
import org.dateline.store.testing.OlderStores;
import org.dateline.store.testing.SampleRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The article index beside the store's: it holds exactly the stored articles, answers searches as
 * the store's index does, is used only when the two agree, and is rebuilt by a writer after a
 * crash left it ahead or on a store written before it.
 */
class ArticleIndexTest {
    private static final List<String> OUTLETS = List.of("Azatutyun", "Trend", "Reuters");

    /** Queries of every form a search takes: words, phrases, prefixes, fuzzy and negated words, filters, none, pages. */
    private static List<StoreQuery> queries() {
        List<StoreQuery> out = new ArrayList<>();
        for (String text : List.of("", "Lachin", "road", "\"Lachin road\"", "blockade", "Lachn~1", "prot*", "protest -mining",
                "council meeting", "shelling", "Copy", "minister", "Baku OR Yerevan")) {
            out.add(new StoreQuery(text, Filters.NONE, 0, 20));
            out.add(new StoreQuery(text, Filters.NONE, 3, 4));
            out.add(new StoreQuery(text, new Filters(List.of(), List.of(), List.of("Trend"), List.of(), List.of(), null, null), 0, 20));
            out.add(new StoreQuery(text, new Filters(List.of(EventType.ASSAULT), List.of(), List.of(), List.of(), List.of(), null, null),
                0, 20));
        }
        return out;
    }

    private static void fill(Path dir, int from, int to) throws IOException {
        try (StoreWriter w = StoreWriter.open(dir)) {
            for (int i = from; i < to; i++) {
                w.put(record(i));
            }
        }
    }

    /** The i-th of many records that differ in text, source and facets; every third has no title. */
    private static ArticleRecord record(int i) {
        ArticleRecord r = SampleRecords.variant(i, OUTLETS);
        return i % 3 != 0 ? r : new ArticleRecord(r.schema(), r.id(), r.input(), r.url(), r.source(), null, r.authors(),
            r.published(), r.language(), r.text(), r.entities(), r.dates(), r.statements(), r.events(), r.warnings(), r.duplicateOf());
    }

    /** How many documents the article index holds, each an article that stores nothing (its head shows it). */
    private static int articleIndexDocs(Path dir) throws IOException {
        try (var d = FSDirectory.open(ArticleIndex.folder(dir)); DirectoryReader r = DirectoryReader.open(d)) {
            assertThat(r.numDocs()).isEqualTo(r.docFreq(new Term(Fields.KIND, Fields.ARTICLE)));
            for (int doc = 0; doc < r.maxDoc(); doc++) {
                assertThat(r.storedFields().document(doc).getFields()).isEmpty();
            }
            return r.numDocs();
        }
    }

    private static List<SearchResult> answers(Path dir) throws IOException {
        List<SearchResult> out = new ArrayList<>();
        try (Store store = Store.open(dir, 0)) {
            for (StoreQuery q : queries()) {
                out.add(store.search(q));
            }
        }
        return out;
    }

    /** A copy of the store's own index, without its article index (a store as written before it). */
    private static Path withoutArticleIndex(Path dir, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> all = Files.walk(p)) {
            for (Path f : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    @Test
    void itHoldsEveryStoredArticleAndNoOtherDocument(@TempDir Path dir) throws IOException {
        List<String> notices = new ArrayList<>();
        StoreWriter.open(dir, notices::add).close();
        assertThat(notices).as("a new store has nothing to build").isEmpty();
        fill(dir, 0, 12);
        fill(dir, 12, 20); // a second writer, a second segment
        assertThat(articleIndexDocs(dir)).isEqualTo(20);
        try (Store store = Store.open(dir)) {
            assertThat(store.stats().articles()).isEqualTo(20);
            assertThat(store.searchesArticleIndex()).isTrue();
        }
    }

    @Test
    void searchesAnswerAsTheStoresOwnIndexAnswersThem(@TempDir Path dir, @TempDir Path plain) throws IOException {
        fill(dir, 0, 20);
        fill(dir, 20, 35);
        List<SearchResult> withIndex = answers(dir);
        List<SearchResult> without = answers(withoutArticleIndex(dir, plain));
        assertThat(withIndex).isEqualTo(without);
        assertThat(withIndex).anySatisfy(r -> assertThat(r.hits()).anySatisfy(h -> assertThat(h.statements()).isNotEmpty()));
        assertThat(withIndex.get(1).total()).isEqualTo(35);
    }

    /**
     * A fuzzy word becomes the words it is near, each scored with the highest count among them
     * (Lucene blends them), counts an index of articles alone holds otherwise: "teen~1" ranked the
     * one long article with "teen" above four short ones with "then" there, below them in the
     * store's index. Words that expand are answered from the store's index.
     */
    @Test
    void wordsThatExpandAreAnsweredAsTheStoresIndexAnswersThem(@TempDir Path dir, @TempDir Path plain) throws IOException {
        ArticleRecord seed = SampleRecords.lachin();
        List<String> texts = List.of("A long report on a teen who walked home from school along the river in the rain that day.",
            "We met, then left.", "Then we left.", "We ate, then slept.", "Then it rained.");
        try (StoreWriter w = StoreWriter.open(dir)) {
            for (String text : texts) {
                w.put(new ArticleRecord(seed.schema(), ArticleRecord.contentId(text), seed.input(), null, seed.source(), null,
                    List.of(), seed.published(), seed.language(), text, List.of(), List.of(), List.of(), List.of(), List.of(), null));
            }
        }
        StoreQuery fuzzy = new StoreQuery("teen~1", Filters.NONE, 0, 20);
        try (Store withIndex = Store.open(dir, 0); Store without = Store.open(withoutArticleIndex(dir, plain), 0)) {
            assertThat(withIndex.searchesArticleIndex()).isTrue();
            SearchResult answer = withIndex.search(fuzzy);
            assertThat(answer.total()).isEqualTo(5);
            assertThat(answer).isEqualTo(without.search(fuzzy));
        }
    }

    @Test
    void aReaderNeverBuildsItAndAWriterBuildsItOnAStoreWrittenBeforeIt(@TempDir Path dir, @TempDir Path old) throws IOException {
        fill(dir, 0, 10);
        Path before = withoutArticleIndex(dir, old);
        List<SearchResult> plain = answers(before);
        try (Store s = Store.open(before)) {
            assertThat(s.searchesArticleIndex()).isFalse();
        }
        assertThat(ArticleIndex.folder(before)).doesNotExist();
        List<String> notices = new ArrayList<>();
        try (StoreWriter w = StoreWriter.open(before, notices::add)) {
            assertThat(w.size()).isEqualTo(10);
        }
        assertThat(notices).singleElement().asString().contains("building the article index", "from its 10 articles");
        assertThat(articleIndexDocs(before)).isEqualTo(10);
        notices.clear();
        try (StoreWriter w = StoreWriter.open(before, notices::add)) {
            assertThat(w.size()).isEqualTo(10);
        }
        assertThat(notices).as("nothing to build when the two agree").isEmpty();
        assertThat(answers(before)).isEqualTo(plain);
    }

    @Test
    void aCrashBetweenTheTwoCommitsLeavesItAheadUnusedUntilAWriterRebuildsIt(@TempDir Path dir, @TempDir Path crashed)
            throws IOException {
        fill(dir, 0, 8);
        Path store = withoutArticleIndex(dir, crashed); // the store's index as of its commit of 8 articles
        fill(dir, 8, 12);
        // the article index committed the next 4 articles, then the process died before the store's commit
        try (Stream<Path> index = Files.walk(ArticleIndex.folder(dir))) {
            index.forEach(f -> copy(f, ArticleIndex.folder(store).resolve(ArticleIndex.folder(dir).relativize(f))));
        }
        assertThat(articleIndexDocs(store)).isEqualTo(12);
        try (Store s = Store.open(store)) {
            assertThat(s.searchesArticleIndex()).isFalse();
        }
        List<SearchResult> ahead = answers(store);
        Path plainCopy = crashed.resolveSibling(crashed.getFileName() + "-plain");
        try {
            assertThat(ahead).isEqualTo(answers(withoutArticleIndex(store, plainCopy)));
        } finally {
            deleteTree(plainCopy);
        }
        try (StoreWriter w = StoreWriter.open(store)) {
            assertThat(w.size()).isEqualTo(8);
        }
        assertThat(articleIndexDocs(store)).isEqualTo(8);
        try (Store s = Store.open(store)) {
            assertThat(s.searchesArticleIndex()).isTrue();
        }
        assertThat(answers(store)).isEqualTo(ahead);
    }

    @Test
    void anArticleWrittenBeforeHeadsKeepsItsRecordThereAndIsShownFromIt(@TempDir Path dir) throws IOException {
        ArticleRecord r = SampleRecords.lachin();
        OlderStores.writeWithout(dir, r, Fields.HEAD);
        StoreQuery lachin = new StoreQuery("Lachin", Filters.NONE, 0, 20);
        SearchResult before;
        try (Store store = Store.open(dir)) {
            before = store.search(lachin);
        }
        try (StoreWriter w = StoreWriter.open(dir)) {
            assertThat(w.size()).isEqualTo(1);
        }
        try (var d = FSDirectory.open(ArticleIndex.folder(dir)); DirectoryReader reader = DirectoryReader.open(d)) {
            assertThat(reader.storedFields().document(0).get(Fields.JSON)).isNotNull();
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.searchesArticleIndex()).isTrue();
            SearchResult after = store.search(lachin);
            assertThat(after).isEqualTo(before);
            assertThat(after.hits()).singleElement().satisfies(h -> assertThat(h.title()).isEqualTo(r.title()));
        }
    }

    private static void copy(Path from, Path to) {
        try {
            if (Files.isDirectory(from)) {
                Files.createDirectories(to);
            } else {
                Files.copy(from, to);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void newArticlesReachBothIndexesAtEachCommit(@TempDir Path dir) throws IOException {
        fill(dir, 0, 5);
        try (Store store = Store.open(dir, 0); StoreWriter w = StoreWriter.open(dir)) {
            StoreQuery all = new StoreQuery("Copy", Filters.NONE, 0, 50);
            assertThat(store.search(all).total()).isEqualTo(5);
            for (int i = 5; i < 9; i++) {
                w.put(record(i));
            }
            w.commit();
            store.refreshNow();
            assertThat(store.searchesArticleIndex()).isTrue();
            assertThat(store.search(all).total()).isEqualTo(9);
            assertThat(store.search(all).hits()).hasSize(9);
        }
    }
}
