package org.dateline.store.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.dateline.json.RecordJson;
import org.dateline.model.ArticleRecord;
import org.dateline.store.Fields;
import org.dateline.story.StoryArticle;
import org.dateline.story.StoryLink;
import org.dateline.story.StoryMember;
import org.dateline.story.StoryProfile;
import org.dateline.table.StorySummary;

/**
 * Stories as readers see them: a story is the articles whose documents carry its id
 * ({@link Fields#STORY_ID}, given when each was added and never rewritten) or the id of a story
 * merged into it ({@link StoryAliases}); every id read is answered as the story it names now. Its summary (title,
 * span, parties) is computed from its articles when read ({@link StorySummary}), so it never goes
 * stale as reports arrive; so will its incidents and claims (the {@link #articles} seam).
 */
public final class Stories {
    /** Articles of one story read at most: far more reports than one happening gets. */
    public static final int MAX_ARTICLES = 10_000;
    private static final TypeReference<List<StoryLink>> LINKS = new TypeReference<>() {};

    private Stories() {}

    /** Which stories to list: those with an article naming the entity (any key of its identity), published in the days. */
    public record Filter(String entityKey, LocalDate from, LocalDate to) {
        public static final Filter ALL = new Filter(null, null, null);
    }

    /** One line of a story list. */
    public record Listed(String storyId, String title, String firstPublished, String lastPublished, int articles,
                         List<String> sources) {}

    /** A page of stories, newest last published first, and how many match in all. */
    public record Page(int total, List<Listed> stories) {}

    /**
     * One article of a story page, in the order the story got them, with why it joined and, when it
     * merged stories into this one, the link to each.
     *
     * @param lead the text's first {@link #LEAD_WORDS} words (and " …" when it goes on) when the
     *     article has no title, so a page can name it; null for a titled article
     */
    public record ArticleRef(String articleId, long seq, String title, String lead, String source, String published,
                             String url, List<StoryLink> links, List<StoryLink> merged) {}

    /** How many of an untitled article's first words name it ({@link ArticleRef#lead}). */
    static final int LEAD_WORDS = 12;

    /** A story page: its summary and its articles. */
    public record View(StorySummary summary, String titleRule, List<ArticleRef> articles) {}

    /** How {@link StorySummary#title} is chosen, for readers of a story page. */
    public static final String TITLE_RULE = "the title of the article the story's other reports were linked to most,"
        + " the earliest on a tie";

    /** The stored profile and story of an article document. */
    public static StoryMember member(Document d) {
        try {
            return new StoryMember(RecordJson.mapper().readValue(d.get(Fields.STORY_PROFILE), StoryProfile.class),
                d.get(Fields.STORY_ID));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored story profile does not read back", e);
        }
    }

    /** The stored links of an article document (empty when it started its story). */
    public static List<StoryLink> links(Document d) {
        return links(d, Fields.STORY_LINKS);
    }

    /** The stored links by which an article document merged stories into its own (empty for most). */
    public static List<StoryLink> merges(Document d) {
        return links(d, Fields.STORY_MERGES);
    }

    private static List<StoryLink> links(Document d, String field) {
        String json = d.get(field);
        if (json == null) {
            return List.of();
        }
        try {
            return RecordJson.mapper().readValue(json, LINKS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored story links do not read back", e);
        }
    }

    /**
     * Every current story's id (none merged into another), in id order (for exports: the same
     * store exports the same files, whatever segments its writes and merges happened to make).
     */
    public static List<String> ids(IndexSearcher s) throws IOException {
        StoryAliases aliases = StoryAliases.of(s.getIndexReader());
        Set<String> ids = new java.util.TreeSet<>();
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            SortedDocValues v = leaf.reader().getSortedDocValues(Fields.STORY_ID);
            if (v != null) {
                for (int ord = 0; ord < v.getValueCount(); ord++) {
                    String id = v.lookupOrd(ord).utf8ToString();
                    if (aliases.mergedInto(id) == null) {
                        ids.add(id);
                    }
                }
            }
        }
        return List.copyOf(ids);
    }

    /** The story of an article as it is now, or null (no such article, or stored before stories). */
    public static String storyOf(IndexSearcher s, String articleId) throws IOException {
        ScoreDoc[] docs = s.search(articleDocs(new TermQuery(new Term(Fields.ARTICLE_ID, articleId))), 1).scoreDocs;
        return docs.length == 0 ? null
            : current(s, s.storedFields().document(docs[0].doc, Set.of(Fields.STORY_ID)).get(Fields.STORY_ID));
    }

    /** The story {@code storyId} names now: itself, or the story it was merged into (null stays null). */
    public static String current(IndexSearcher s, String storyId) throws IOException {
        return StoryAliases.of(s.getIndexReader()).current(storyId);
    }

    /**
     * The story's articles as the cross-article stages read them (records, entity keys as they
     * are now, seq), in the order they were added: what incidents and claims of a story are
     * computed from ({@code Incidents.of(storyId, articles)}, {@code Claims.of(storyId, articles)}).
     */
    public static List<StoryArticle> articles(IndexSearcher s, String storyId) throws IOException {
        return members(s, storyId).stream()
            .map(m -> new StoryArticle(m.record(), m.entityKeys(), m.seq())).toList();
    }

    /**
     * The articles of the story {@code storyId} names now ({@link #current}) with the links that put
     * each in it, in the order they were added.
     */
    public static List<StorySummary.Member> members(IndexSearcher s, String storyId) throws IOException {
        List<StorySummary.Member> out = new ArrayList<>();
        for (ScoreDoc sd : memberDocs(s, storyId)) {
            Document d = s.storedFields().document(sd.doc);
            ArticleRecord r = RecordJson.fromLine(d.get(Fields.JSON));
            out.add(new StorySummary.Member(r, Identities.articleKeys(s, r.id()),
                d.getField(Fields.STORY_SEQ).numericValue().longValue(), links(d), merges(d)));
        }
        out.sort(Comparator.comparingLong(StorySummary.Member::seq));
        return out;
    }

    /** The article documents of the story {@code storyId} names now, at most {@link #MAX_ARTICLES}. */
    private static ScoreDoc[] memberDocs(IndexSearcher s, String storyId) throws IOException {
        StoryAliases aliases = StoryAliases.of(s.getIndexReader());
        List<BytesRef> ids = aliases.ids(aliases.current(storyId)).stream().sorted().map(BytesRef::new).toList();
        return AllHits.of(s, articleDocs(new TermInSetQuery(Fields.STORY_ID, ids)), MAX_ARTICLES);
    }

    /**
     * What a story list shows of the story {@code storyId} names now, from its articles' heads and
     * stored links, without reading their records: parsing each article's record and looking up its
     * entity keys took about 3 ms an article, and a list of twenty stories read every article of
     * each (26-36 s a page with one story of 10,000 articles, docs/EVALUATION.md).
     */
    static StorySummary.Listing listing(IndexSearcher s, String storyId) throws IOException {
        ScoreDoc[] found = memberDocs(s, storyId);
        int[] docs = new int[found.length];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = found[i].doc;
        }
        List<Heads.Shown> heads = Heads.of(s, docs);
        StoredFields stored = s.storedFields();
        Set<String> fields = Set.of(Fields.STORY_SEQ, Fields.STORY_LINKS);
        List<StorySummary.Headline> headlines = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            Document d = stored.document(docs[i], fields);
            Views.Head h = heads.get(i).head();
            headlines.add(new StorySummary.Headline(h.id(), h.title(), h.published() == null ? null : h.published().date().toString(),
                h.source() == null ? null : h.source().outlet(), d.getField(Fields.STORY_SEQ).numericValue().longValue(), links(d)));
        }
        return StorySummary.listing(headlines);
    }

    /** The page of the story {@code storyId} names now, or null when no article is in a story of this id. */
    public static View story(IndexSearcher s, String storyId) throws IOException {
        return view(current(s, storyId), members(s, storyId));
    }

    /**
     * The page of the story {@code storyId} of {@code members} ({@link #members}), or null when it has
     * none: a reader that also computes incidents and claims reads the members once.
     */
    public static View view(String storyId, List<StorySummary.Member> members) {
        if (members.isEmpty()) {
            return null;
        }
        List<ArticleRef> refs = new ArrayList<>();
        for (StorySummary.Member m : members) {
            ArticleRecord r = m.record();
            refs.add(new ArticleRef(r.id(), m.seq(), r.title(), lead(r), r.source() == null ? null : r.source().name(),
                r.published() == null ? null : r.published().toIso(), r.url(), m.links(), m.merged()));
        }
        return new View(StorySummary.of(storyId, members), TITLE_RULE, refs);
    }

    /** An untitled article's first words ({@link ArticleRef#lead}); null when it has a title or no words. */
    private static String lead(ArticleRecord r) {
        if (r.title() != null && !r.title().isBlank()) {
            return null;
        }
        String[] words = r.text().strip().split("\\s+", LEAD_WORDS + 1);
        if (words[0].isEmpty()) {
            return null;
        }
        return words.length > LEAD_WORDS
            ? String.join(" ", java.util.Arrays.asList(words).subList(0, LEAD_WORDS)) + " …"
            : String.join(" ", words);
    }

    /**
     * A page of the stories matching {@code f}, newest last published day first (undated stories
     * last), ties by story id. A story matches when one of its articles does; its span and size
     * count all its articles.
     */
    public static Page list(IndexSearcher s, Filter f, int offset, int limit) throws IOException {
        StoryAliases aliases = StoryAliases.of(s.getIndexReader());
        Set<String> wanted = matching(s, f, aliases);
        Map<String, Span> spans = new HashMap<>();
        Weight w = s.createWeight(s.rewrite(articleDocs(new FieldExistsQuery(Fields.STORY_SEQ))),
            ScoreMode.COMPLETE_NO_SCORES, 1);
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            var scorer = w.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            SortedDocValues ids = leaf.reader().getSortedDocValues(Fields.STORY_ID);
            NumericDocValues days = leaf.reader().getNumericDocValues(Fields.STORY_DAY);
            var it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (ids == null || !ids.advanceExact(doc)) {
                    continue;
                }
                String id = aliases.current(ids.lookupOrd(ids.ordValue()).utf8ToString());
                if (wanted != null && !wanted.contains(id)) {
                    continue;
                }
                Long day = days != null && days.advanceExact(doc) ? days.longValue() : null;
                spans.computeIfAbsent(id, k -> new Span()).add(day);
            }
        }
        List<Map.Entry<String, Span>> sorted = new ArrayList<>(spans.entrySet());
        sorted.sort(Comparator.comparing((Map.Entry<String, Span> e) -> e.getValue().last == null ? Long.MIN_VALUE : e.getValue().last)
            .reversed().thenComparing(Map.Entry::getKey));
        List<Listed> page = new ArrayList<>();
        for (Map.Entry<String, Span> e : sorted.subList(Math.min(offset, sorted.size()), Math.min(offset + limit, sorted.size()))) {
            StorySummary.Listing l = listing(s, e.getKey());
            page.add(new Listed(e.getKey(), l.title(), l.firstPublished(), l.lastPublished(), l.articles(), l.sources()));
        }
        return new Page(sorted.size(), page);
    }

    /** Article count and last published epoch day of a story. */
    private static final class Span {
        Long last;
        int articles;

        void add(Long day) {
            articles++;
            if (day != null && (last == null || day > last)) {
                last = day;
            }
        }
    }

    /** The ids of the stories with an article matching the filter, or null for every story. */
    private static Set<String> matching(IndexSearcher s, Filter f, StoryAliases aliases) throws IOException {
        if (f.entityKey() == null && f.from() == null && f.to() == null) {
            return null;
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder()
            .add(new FieldExistsQuery(Fields.STORY_SEQ), BooleanClause.Occur.FILTER);
        if (f.entityKey() != null) {
            Set<String> articles = new HashSet<>();
            List<BytesRef> keys = Identities.memberKeys(s, f.entityKey().strip()).stream().map(BytesRef::new).toList();
            Query entities = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.ENTITY)), BooleanClause.Occur.FILTER)
                .add(new TermInSetQuery(Fields.ENTITY_KEY, keys), BooleanClause.Occur.FILTER).build();
            for (ScoreDoc sd : AllHits.of(s, entities, Integer.MAX_VALUE)) {
                articles.add(s.storedFields().document(sd.doc, Set.of(Fields.ARTICLE_ID)).get(Fields.ARTICLE_ID));
            }
            q.add(new TermInSetQuery(Fields.ARTICLE_ID, articles.stream().map(BytesRef::new).toList()),
                BooleanClause.Occur.FILTER);
        }
        if (f.from() != null || f.to() != null) {
            long from = f.from() == null ? Long.MIN_VALUE : f.from().toEpochDay();
            long to = f.to() == null ? Long.MAX_VALUE : f.to().toEpochDay();
            q.add(org.apache.lucene.document.LongPoint.newRangeQuery(Fields.STORY_DAY, from, to), BooleanClause.Occur.FILTER);
        }
        Set<String> out = new HashSet<>();
        for (ScoreDoc sd : AllHits.of(s, articleDocs(q.build()), Integer.MAX_VALUE)) {
            out.add(aliases.current(s.storedFields().document(sd.doc, Set.of(Fields.STORY_ID)).get(Fields.STORY_ID)));
        }
        return out;
    }

    private static Query articleDocs(Query q) {
        return new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE)), BooleanClause.Occur.FILTER)
            .add(q, BooleanClause.Occur.FILTER).build();
    }
}
