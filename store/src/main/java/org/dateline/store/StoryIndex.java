package org.dateline.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.dateline.store.query.Stories;
import org.dateline.store.query.StoryAliases;
import org.dateline.story.KnownStories;
import org.dateline.story.MemoryStories;
import org.dateline.story.StoryDecision;
import org.dateline.story.StoryLink;
import org.dateline.story.StoryMember;
import org.dateline.story.StoryProfile;

/**
 * The store's stories as {@link org.dateline.story.StoryPass} asks for them, answering exactly as
 * {@link MemoryStories} does (same counts, same candidates in the same order), through the index:
 * each article document carries its story fields ({@link Fields#STORY_TERM} and the rest), read
 * through a near-real-time reader of the writer, plus the articles put since that reader was
 * opened, held in a {@link MemoryStories} (so an answer never depends on when the last commit or
 * refresh happened). Only the writing thread uses it.
 */
final class StoryIndex implements KnownStories {
    /** Articles held in memory before the reader is refreshed: a bound on memory, not on correctness. */
    private static final int MAX_PENDING = 5_000;
    /** Profiles of stored articles kept by seq: candidates are mostly recent articles, asked again and again. */
    private static final int CACHED_MEMBERS = 20_000;
    /** Index document frequencies remembered per reader: most words of a new article were asked before. */
    private static final int CACHED_FREQS = 500_000;

    private final IndexWriter writer;
    private MemoryStories pending = new MemoryStories();
    private DirectoryReader reader;
    private IndexSearcher searcher;
    private StoryAliases aliases;
    private int indexed;
    private final Map<String, Integer> freqs = new HashMap<>();
    private final Map<Long, StoryMember> members = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, StoryMember> eldest) {
            return size() > CACHED_MEMBERS;
        }
    };

    StoryIndex(IndexWriter writer) throws IOException {
        this.writer = writer;
        open(DirectoryReader.open(writer));
    }

    private void open(DirectoryReader r) throws IOException {
        reader = r;
        searcher = new IndexSearcher(r);
        indexed = searcher.count(new FieldExistsQuery(Fields.STORY_SEQ));
        aliases = StoryAliases.of(r);
        freqs.clear();
    }

    /** Adds the story fields of {@code d} to its article's document. */
    static void addFields(Document article, StoryDecision d) {
        StoryProfile p = d.profile();
        for (String t : d.terms()) {
            article.add(new StringField(Fields.STORY_TERM, t, Field.Store.NO));
        }
        for (String a : p.anchors()) {
            article.add(new StringField(Fields.STORY_ANCHOR, a, Field.Store.NO));
        }
        article.add(new NumericDocValuesField(Fields.STORY_SEQ, p.seq()));
        article.add(new StoredField(Fields.STORY_SEQ, p.seq()));
        if (p.published() == null) {
            article.add(new StringField(Fields.STORY_UNDATED, "1", Field.Store.NO));
        } else {
            long day = LocalDate.parse(p.published()).toEpochDay();
            article.add(new LongPoint(Fields.STORY_DAY, day));
            article.add(new NumericDocValuesField(Fields.STORY_DAY, day));
        }
        article.add(new StoredField(Fields.STORY_PROFILE, RecordDocuments.json(p)));
        article.add(new StringField(Fields.STORY_ID, d.storyId(), Field.Store.YES));
        article.add(new SortedDocValuesField(Fields.STORY_ID, new BytesRef(d.storyId())));
        article.add(new StoredField(Fields.STORY_LINKS, RecordDocuments.json(d.links())));
        for (StoryLink merge : d.merged()) {
            article.add(new SortedSetDocValuesField(Fields.STORY_MERGED, new BytesRef(merge.storyId())));
        }
        if (!d.merged().isEmpty()) {
            article.add(new StoredField(Fields.STORY_MERGES, RecordDocuments.json(d.merged())));
        }
    }

    /** Remembers a decided article whose document was just given to the writer. */
    void added(StoryDecision d) {
        pending.add(d);
        if (pending.articles() > MAX_PENDING) {
            try {
                refresh();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reads the index anew (after a commit, or when memory holds many articles) and empties memory. */
    void refresh() throws IOException {
        DirectoryReader newer = DirectoryReader.openIfChanged(reader, writer);
        if (newer != null) {
            reader.close();
            open(newer);
        }
        pending = new MemoryStories();
    }

    void close() throws IOException {
        reader.close();
    }

    @Override
    public int articles() {
        return indexed + pending.articles();
    }

    @Override
    public int docFreq(String term) {
        Integer f = freqs.get(term);
        if (f == null) {
            try {
                f = reader.docFreq(new Term(Fields.STORY_TERM, term));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (freqs.size() >= CACHED_FREQS) {
                freqs.clear();
            }
            freqs.put(term, f);
        }
        return f + pending.docFreq(term);
    }

    @Override
    public List<StoryMember> candidates(List<String> anchors, long publishedEpochDay) {
        if (anchors.isEmpty()) {
            return List.of();
        }
        List<Candidate> all = new ArrayList<>();
        for (StoryMember m : pending.candidates(anchors, publishedEpochDay)) {
            Set<String> shared = new TreeSet<>(m.profile().anchors());
            shared.retainAll(anchors);
            all.add(new Candidate(m, shared.size()));
        }
        try {
            all.addAll(indexed(anchors, publishedEpochDay));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.stream()
            .sorted(Comparator.comparingInt(Candidate::shared).reversed()
                .thenComparing(Comparator.comparingLong((Candidate c) -> c.member().profile().seq()).reversed()))
            .limit(MAX_CANDIDATES)
            .map(Candidate::member)
            .toList();
    }

    private record Candidate(StoryMember member, int shared) {}

    /** The index's best candidates: a constant 1 per anchor shared, so the score is the count; then latest first. */
    private List<Candidate> indexed(List<String> anchors, long day) throws IOException {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String a : anchors) {
            any.add(new ConstantScoreQuery(new TermQuery(new Term(Fields.STORY_ANCHOR, a))), BooleanClause.Occur.SHOULD);
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(any.build(), BooleanClause.Occur.MUST);
        if (day != Long.MIN_VALUE) {
            q.add(new BooleanQuery.Builder()
                .add(LongPoint.newRangeQuery(Fields.STORY_DAY, day - WINDOW_DAYS, day + WINDOW_DAYS), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(Fields.STORY_UNDATED, "1")), BooleanClause.Occur.SHOULD)
                .build(), BooleanClause.Occur.FILTER);
        }
        Sort sort = new Sort(SortField.FIELD_SCORE, new SortField(Fields.STORY_SEQ, SortField.Type.LONG, true));
        List<Candidate> out = new ArrayList<>();
        List<LeafReaderContext> leaves = reader.leaves();
        for (ScoreDoc sd : searcher.search(q.build(), MAX_CANDIDATES, sort, true).scoreDocs) {
            out.add(new Candidate(member(leaves, sd.doc), Math.round(sd.score)));
        }
        return out;
    }

    private StoryMember member(List<LeafReaderContext> leaves, int doc) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues seqs = leaf.reader().getNumericDocValues(Fields.STORY_SEQ);
        Long seq = seqs != null && seqs.advanceExact(doc - leaf.docBase) ? seqs.longValue() : null;
        StoryMember m = seq == null ? null : members.get(seq);
        if (m == null) {
            m = Stories.member(searcher.storedFields().document(doc, Set.of(Fields.STORY_PROFILE, Fields.STORY_ID)));
            if (seq != null) {
                members.put(seq, m);
            }
        }
        return m;
    }

    @Override
    public String current(String storyId) {
        return MemoryStories.current(storyId, id -> {
            String held = pending.mergedInto(id);
            return held != null ? held : aliases.mergedInto(id);
        });
    }

    @Override
    public StoryMember byArticle(String articleId) {
        StoryMember held = pending.byArticle(articleId);
        if (held != null) {
            return held;
        }
        try {
            BooleanQuery q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.ARTICLE_ID, articleId)), BooleanClause.Occur.FILTER)
                .add(new FieldExistsQuery(Fields.STORY_SEQ), BooleanClause.Occur.FILTER)
                .build();
            ScoreDoc[] docs = searcher.search(q, 1).scoreDocs;
            return docs.length == 0 ? null : member(reader.leaves(), docs[0].doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
