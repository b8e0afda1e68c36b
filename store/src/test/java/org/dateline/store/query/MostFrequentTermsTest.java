package org.dateline.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class MostFrequentTermsTest {
    @Test
    void aPrefixKeepsItsMostFrequentWordsOnly() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            // word k (k = 0..99) is in k + 1 documents; two segments, so frequencies are summed across them
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                for (int doc = 0; doc < 100; doc++) {
                    StringBuilder text = new StringBuilder("other");
                    for (int k = 99 - doc; k < 100; k++) {
                        text.append(" w").append(String.format("%03d", k));
                    }
                    Document d = new Document();
                    d.add(new TextField("text", text.toString(), Field.Store.NO));
                    w.addDocument(d);
                    if (doc == 50) {
                        w.commit();
                    }
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(reader.leaves()).hasSizeGreaterThan(1);
                Query rewritten = new IndexSearcher(reader).rewrite(new PrefixQuery(new Term("text", "w"), MostFrequentTerms.REWRITE));
                BooleanQuery any = (BooleanQuery) ((ConstantScoreQuery) rewritten).getQuery();
                Set<String> words = new HashSet<>();
                for (BooleanClause c : any.clauses()) {
                    words.add(((TermQuery) c.getQuery()).getTerm().text());
                }
                assertThat(words).hasSize(MostFrequentTerms.MAX_TERMS);
                for (int k = 100 - MostFrequentTerms.MAX_TERMS; k < 100; k++) {
                    assertThat(words).contains(String.format("w%03d", k));
                }
                // every document holds w099, the most frequent word, so the bounded prefix still finds them all
                assertThat(new IndexSearcher(reader).count(rewritten)).isEqualTo(100);
            }
        }
    }
}
