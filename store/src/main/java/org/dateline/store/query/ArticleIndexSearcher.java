package org.dateline.store.query;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.dateline.store.Fields;

/**
 * A searcher over the store's article index (articles alone, {@code org.dateline.store.ArticleIndex})
 * that scores with the statistics of the store's own index at the same commit ({@code main}, an
 * {@link ArticleTextSearcher}): a word's document count and frequency, a field's document count and
 * length. The article documents are copies of the store's, so their norms are the same too, and a
 * hit scores exactly as the same search of the store's index scores it.
 */
public final class ArticleIndexSearcher extends IndexSearcher {
    private final ArticleTextSearcher main;

    public ArticleIndexSearcher(IndexReader articles, ArticleTextSearcher main) {
        super(articles, ArticleTextSearcher.SLICES);
        this.main = main;
    }

    @Override
    public CollectionStatistics collectionStatistics(String field) throws IOException {
        return main.collectionStatistics(field);
    }

    @Override
    public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
        if (term.field().equals(Fields.ARTICLE_TEXT)) {
            return main.termStatistics(term, docFreq, totalTermFreq); // it reads TEXT's, whatever the counts given
        }
        IndexReader store = main.getIndexReader();
        int storeFreq = store.docFreq(term);
        // a word of the articles is in the store's index too; after a crash the article index may
        // hold an article the store's does not, and this searcher is then not used (Store pairs them)
        return storeFreq == 0
            ? super.termStatistics(term, docFreq, totalTermFreq)
            : main.termStatistics(term, storeFreq, store.totalTermFreq(term));
    }
}
