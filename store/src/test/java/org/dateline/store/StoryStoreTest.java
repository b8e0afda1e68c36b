package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.InputRef;
import org.dateline.model.Published;
import org.dateline.model.Source;
import org.dateline.store.query.Stories;
import org.dateline.story.BatchStories;
import org.dateline.story.KnownStories;
import org.dateline.story.StoryArticle;
import org.dateline.story.StoryDecision;
import org.dateline.story.StoryLink;
import org.dateline.story.StoryPass;
import org.dateline.store.testing.SampleRecords;
import org.dateline.testing.MergingStory;
import org.dateline.table.StorySummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stories in a real store, on hand-built records (no CoreNLP): the index answers as the in-memory
 * pass does, whenever commits fall, and ids survive reopening, re-ingest and a run cut short.
 */
class StoryStoreTest {
    private static final String[] SYLLABLES = {"ka", "lo", "mer", "vin", "tas", "dor", "quil", "ben", "ruz", "fen"};
    private static final int INCIDENTS = 36;
    private static final int REPORTS = 4;

    @TempDir
    Path tmp;

    /** A pronounceable word of its own for each number, so every incident has rare words. */
    private static String word(int n) {
        StringBuilder b = new StringBuilder();
        int x = n + 11;
        while (x > 0) {
            b.append(SYLLABLES[x % SYLLABLES.length]);
            x /= SYLLABLES.length;
        }
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    private static ArticleRecord record(String name, String published, String title, String text, String person,
                                        String place) {
        List<Entity> entities = new ArrayList<>();
        entities.add(new Entity("E1", person, EntityType.PERSON, List.of(), null, null, null, false,
            List.of(SampleRecords.span(text, person))));
        entities.add(new Entity("E2", place, EntityType.LOCATION, List.of(), null, null, null, false,
            List.of(SampleRecords.span(text, place))));
        return new ArticleRecord(ArticleRecord.SCHEMA, ArticleRecord.contentId(name + " " + text),
            InputRef.of(name + ".txt", InputRef.Format.TEXT), "https://example.org/" + name,
            new Source(name.substring(0, 1) + " Herald", null, List.of()), title, List.of(),
            published == null ? null : Published.parse(published), "en", text, entities, List.of(), List.of(),
            List.of(), List.of(), null);
    }

    /**
     * {@link #INCIDENTS} shootings in one town, {@link #REPORTS} reports each, all naming the town:
     * far more articles share its anchor than {@link KnownStories#MAX_CANDIDATES}; every seventh
     * report is undated, and reports of one incident come a few articles apart.
     */
    private static List<ArticleRecord> corpus() {
        List<ArticleRecord> out = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String topic = word(900 + i);
            out.add(record("bg" + i, "2016-01-0" + (i + 1), "News of the " + topic,
                "The " + topic + " opened on schedule, officials in Town" + word(i) + " said, and Ann " + word(800 + i)
                    + " welcomed it. The council met on Monday to discuss the budget for road repairs.",
                "Ann " + word(800 + i), "Town" + word(i)));
        }
        int n = 0;
        for (int r = 0; r < REPORTS; r++) {
            for (int k = 0; k < INCIDENTS; k++) {
                String victim = word(k) + " " + word(100 + k);
                String street = word(200 + k);
                String day = String.format("2016-%02d-%02d", 2 + k / 28, 1 + k % 28);
                String published = n++ % 7 == 3 ? null : day;
                String title = r % 2 == 0 ? victim + " shot on " + street + " Street" : "Millbrook police seek " + street + " gunman";
                String text = "MILLBROOK - Police say " + victim + ", " + (20 + k) + ", was shot outside a "
                    + word(300 + k).toLowerCase() + " on " + street + " Street in Millbrook. Report " + r
                    + " adds that the " + word(400 + k).toLowerCase() + " was closed and detectives questioned witnesses"
                    + (r == 3 ? " again; the " + word(500 + k).toLowerCase() + " reopened later." : ".");
                out.add(record("i" + k + "r" + r, published, title, text, victim, "Millbrook"));
            }
        }
        return out;
    }

    /** Every stored article's story id and links by article id, read back through the store's readers. */
    private static Map<String, StoryDecisionView> stored(Path dir) throws IOException {
        Map<String, StoryDecisionView> out = new LinkedHashMap<>();
        try (Store s = Store.open(dir)) {
            for (String story : s.read(Stories::ids)) {
                for (StorySummary.Member m : s.read(x -> Stories.members(x, story))) {
                    out.put(m.record().id(), new StoryDecisionView(story, m.seq(), m.links(), m.merged()));
                }
            }
        }
        return out;
    }

    private record StoryDecisionView(String storyId, long seq, List<StoryLink> links, List<StoryLink> merged) {}

    private static Map<String, StoryDecisionView> batch(List<ArticleRecord> records) {
        BatchStories batch = new BatchStories(StoryPass.standard());
        Map<String, StoryDecisionView> out = new LinkedHashMap<>();
        long seq = 0;
        for (ArticleRecord r : records) {
            StoryDecision d = batch.add(new StoryArticle(r, Map.of(), seq));
            out.put(r.id(), new StoryDecisionView(d.storyId(), seq++, d.links(), d.merged()));
        }
        // The story each id names at the end, as the store's readers answer.
        out.replaceAll((id, v) -> new StoryDecisionView(batch.current(v.storyId()), v.seq(), v.links(), v.merged()));
        return out;
    }

    private void putAll(Path dir, boolean identities, List<ArticleRecord> records, int commitEvery) throws IOException {
        try (StoreWriter w = StoreWriter.open(dir, identities, true)) {
            int n = 0;
            for (ArticleRecord r : records) {
                w.put(r);
                if (commitEvery > 0 && ++n % commitEvery == 0) {
                    w.commit();
                }
            }
        }
    }

    @Test
    void theIndexDecidesAsTheInMemoryPassWhereverCommitsFall() throws IOException {
        List<ArticleRecord> records = corpus();
        Map<String, StoryDecisionView> memory = batch(records);
        assertThat(records.size()).isGreaterThan(KnownStories.MAX_CANDIDATES + 20);
        long joined = memory.values().stream().filter(v -> !v.links().isEmpty()).count();
        assertThat(joined).as("the corpus groups something, or the parity says little").isGreaterThan(INCIDENTS);
        // Name keys on both sides (identities off): the parity is of the index, not of identities.
        for (int commitEvery : new int[] {0, 1, 13}) {
            Path dir = tmp.resolve("every" + commitEvery);
            putAll(dir, false, records, commitEvery);
            assertThat(stored(dir)).as("committing every %d", commitEvery).isEqualTo(memory);
        }
    }

    /**
     * A report that fits two stories merges them: the index decides as the in-memory pass does
     * (the merge held in memory, then read from the index after a commit), and every reader answers
     * the merged story's id as the story it was merged into.
     */
    @Test
    void aMergedStoryAnswersAsTheStoryItWasMergedInto() throws IOException {
        List<ArticleRecord> records = MergingStory.all("2016-03-11");
        Map<String, StoryDecisionView> memory = batch(records);
        ArticleRecord victim = records.get(8);
        ArticleRecord gunman = records.get(9);
        ArticleRecord both = records.get(10);
        StoryDecisionView bridging = memory.get(both.id());
        assertThat(bridging.merged()).as("the fixture merges").hasSize(1);
        String merged = bridging.merged().get(0).storyId();
        String story = bridging.storyId();
        assertThat(merged).isIn(victim.id(), gunman.id()).isNotEqualTo(story);
        for (int commitEvery : new int[] {0, 1, 10}) {
            Path dir = tmp.resolve("merge" + commitEvery);
            putAll(dir, true, records, commitEvery);
            assertThat(stored(dir)).as("committing every %d", commitEvery).isEqualTo(memory);
            try (Store s = Store.open(dir)) {
                assertThat(s.read(Stories::ids)).contains(story).doesNotContain(merged);
                Stories.View v = s.story(merged).orElseThrow();
                assertThat(v.summary().storyId()).isEqualTo(story);
                assertThat(v.summary().articleIds()).contains(victim.id(), gunman.id(), both.id(), records.get(11).id());
                assertThat(v.summary().mergedStoryIds()).containsExactly(merged);
                assertThat(v.articles()).filteredOn(a -> a.articleId().equals(both.id()))
                    .singleElement().extracting(Stories.ArticleRef::merged).isEqualTo(bridging.merged());
                assertThat(s.storyOf(victim.id())).isEqualTo(story);
                assertThat(s.storyOf(gunman.id())).isEqualTo(story);
                assertThat(s.search(org.dateline.store.query.StoreQuery.of("Ortiz")).hits())
                    .isNotEmpty().allMatch(h -> h.storyId().equals(story));
                List<String> exported = new ArrayList<>();
                s.forEachArticleWithStory((r, keys, id) -> exported.add(id));
                assertThat(exported).doesNotContain(merged).contains(story);
                assertThat(s.stories(Stories.Filter.ALL, 0, 100).stories()).extracting(Stories.Listed::storyId)
                    .contains(story).doesNotContain(merged);
            }
        }
    }

    @Test
    void storiesSurviveReopeningAndASecondIngestChangesNothing() throws IOException {
        List<ArticleRecord> records = corpus();
        Path dir = tmp.resolve("store");
        putAll(dir, true, records, 0);
        Map<String, StoryDecisionView> first = stored(dir);
        assertThat(first).hasSize(records.size());
        putAll(dir, true, records, 0);
        assertThat(stored(dir)).isEqualTo(first);
        try (Store s = Store.open(dir)) {
            String story = first.get(records.get(8).id()).storyId();
            Stories.View v = s.story(story).orElseThrow();
            assertThat(v.summary().articleIds()).contains(records.get(8).id());
            assertThat(v.summary().parties()).isNotEmpty();
            assertThat(s.storyOf(records.get(8).id())).isEqualTo(story);
            assertThat(s.storyArticles(story)).extracting(StoryArticle::id).isEqualTo(v.summary().articleIds());
            Stories.Page page = s.stories(Stories.Filter.ALL, 0, 5);
            assertThat(page.total()).isEqualTo(first.values().stream().map(StoryDecisionView::storyId).distinct().count());
            assertThat(page.stories()).hasSize(5);
            assertThat(page.stories().get(0).lastPublished()).isGreaterThanOrEqualTo(page.stories().get(4).lastPublished());
        }
    }

    /**
     * The story list reads its articles' heads and links, not their records (a page of twenty
     * stories read 10,000 records of one); it shows what each story's page says of it.
     */
    @Test
    void theStoryListSaysWhatEachStorysPageSays() throws IOException {
        List<ArticleRecord> records = new ArrayList<>(corpus());
        // an untitled report and one from no outlet: neither may be the title, nor a source
        ArticleRecord untitled = records.get(9);
        records.set(9, new ArticleRecord(untitled.schema(), untitled.id(), untitled.input(), untitled.url(), null, null,
            untitled.authors(), untitled.published(), untitled.language(), untitled.text(), untitled.entities(),
            untitled.dates(), untitled.statements(), untitled.events(), untitled.warnings(), untitled.duplicateOf()));
        Path dir = tmp.resolve("store");
        putAll(dir, true, records, 0);
        try (Store s = Store.open(dir)) {
            List<Stories.Listed> listed = s.stories(Stories.Filter.ALL, 0, 100).stories();
            assertThat(listed).hasSizeGreaterThan(8);
            assertThat(listed).anyMatch(l -> l.articles() > 2);
            for (Stories.Listed l : listed) {
                StorySummary page = s.story(l.storyId()).orElseThrow().summary();
                assertThat(l).isEqualTo(new Stories.Listed(page.storyId(), page.title(), page.firstPublished(),
                    page.lastPublished(), page.articleIds().size(), page.sources()));
            }
        }
    }

    @Test
    void aRunCutShortAndRunAgainGivesTheStoriesOfACleanRun() throws IOException {
        List<ArticleRecord> records = corpus();
        putAll(tmp.resolve("clean"), true, records, 0);
        Path cut = tmp.resolve("cut");
        putAll(cut, true, records.subList(0, records.size() / 2), 0);
        putAll(cut, true, records, 0);
        assertThat(stored(cut)).isEqualTo(stored(tmp.resolve("clean")));
    }

    @Test
    void aStoryListFiltersByEntityAndDays() throws IOException {
        List<ArticleRecord> records = corpus();
        Path dir = tmp.resolve("store");
        putAll(dir, true, records, 0);
        long background = stored(dir).entrySet().stream()
            .filter(e -> records.subList(0, 8).stream().anyMatch(r -> r.id().equals(e.getKey())))
            .map(e -> e.getValue().storyId()).distinct().count();
        try (Store s = Store.open(dir)) {
            Stories.Page ann = s.stories(new Stories.Filter("PERSON:ann " + word(803).toLowerCase(), null, null), 0, 10);
            assertThat(ann.total()).isEqualTo(1);
            assertThat(ann.stories().get(0).title()).isEqualTo("News of the " + word(903));
            Stories.Page january = s.stories(new Stories.Filter(null, java.time.LocalDate.parse("2016-01-01"),
                java.time.LocalDate.parse("2016-01-31")), 0, 100);
            assertThat(january.stories()).extracting(Stories.Listed::title).allMatch(t -> t.startsWith("News of the"));
            assertThat(january.total()).isEqualTo(background);
        }
    }
}
