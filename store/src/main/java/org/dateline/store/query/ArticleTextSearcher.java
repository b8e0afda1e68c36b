package org.dateline.store.query;

import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.TermStatistics;
import org.dateline.store.Fields;

/**
 * A searcher that scores {@link Fields#ARTICLE_TEXT} with the statistics of {@link Fields#TEXT}
 * (document counts, lengths and each word's frequency), so a word scores on an article exactly as
 * it does through TEXT: the same tokens give the same frequency and length norm, and BM25 reads
 * nothing else. It also knows, once per commit, whether every article document carries
 * ARTICLE_TEXT ({@link #articleTextComplete()}); a store written before the field, or holding
 * articles from before it, is searched through TEXT as it always was.
 */
public final class ArticleTextSearcher extends IndexSearcher {
    /** For the store's SearcherManager: one searcher per commit. */
    public static final SearcherFactory FACTORY = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
            return new ArticleTextSearcher(reader, SLICES);
        }
    };

    /**
     * Where a search's slices of segments (Lucene's default: up to 250,000 documents or 5 segments
     * each) run beside the searching thread, which takes its share too (Lucene 9.12), so one
     * search uses every core: a common word's page at 1,000,000 articles must score most of the
     * store. One thread fewer than the cores; none on one core. Measured with SearchLoad, side by
     * side: one client at 1,000,000 articles p99 0.78x, 50 clients at 100,000 as many searches/s
     * (answers byte-identical, SearchCost --dump).
     */
    static final Executor SLICES = slices(Runtime.getRuntime().availableProcessors() - 1);

    private final boolean complete;

    public ArticleTextSearcher(IndexReader reader) throws IOException {
        this(reader, null);
    }

    private ArticleTextSearcher(IndexReader reader, Executor executor) throws IOException {
        super(reader, executor);
        this.complete = complete(reader);
    }

    private static Executor slices(int threads) {
        if (threads < 1) {
            return null;
        }
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "search-slice");
            t.setDaemon(true); // idle between searches; never keeps a finished command alive
            return t;
        });
    }

    /** Whether every article document of every segment was written with ARTICLE_TEXT. */
    public boolean articleTextComplete() {
        return complete;
    }

    private static boolean complete(IndexReader reader) throws IOException {
        Term articles = new Term(Fields.KIND, Fields.ARTICLE);
        Term marked = new Term(Fields.ARTICLE_TEXT_MARK, Fields.ARTICLE);
        for (LeafReaderContext leaf : reader.leaves()) {
            // Both terms sit on exactly the same documents when the segment is complete; deleted
            // documents count in both until a merge drops them from both.
            if (leaf.reader().docFreq(articles) != leaf.reader().docFreq(marked)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public CollectionStatistics collectionStatistics(String field) throws IOException {
        return super.collectionStatistics(field.equals(Fields.ARTICLE_TEXT) ? Fields.TEXT : field);
    }

    @Override
    public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
        if (!term.field().equals(Fields.ARTICLE_TEXT)) {
            return super.termStatistics(term, docFreq, totalTermFreq);
        }
        // TEXT holds every ARTICLE_TEXT posting (and more), so its counts are never zero here.
        Term text = new Term(Fields.TEXT, term.bytes());
        return super.termStatistics(text, getIndexReader().docFreq(text), getIndexReader().totalTermFreq(text));
    }
}
