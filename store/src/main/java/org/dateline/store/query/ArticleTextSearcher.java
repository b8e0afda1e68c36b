package org.dateline.store.query;

import java.io.IOException;
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
            return new ArticleTextSearcher(reader);
        }
    };

    private final boolean complete;

    public ArticleTextSearcher(IndexReader reader) throws IOException {
        super(reader);
        this.complete = complete(reader);
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
