package org.dateline.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.dateline.store.Fields;
import org.junit.jupiter.api.Test;

/** An article's facts are the documents after it up to the next article or the segment's end. */
class DocRangesTest {
    private static Document doc(String kind) {
        Document d = new Document();
        d.add(new StringField(Fields.KIND, kind, Field.Store.NO));
        return d;
    }

    @Test
    void factsUpToTheNextArticleAndNothingPastTheEnd() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
                // 0 article, 1-2 its facts, 3 an identity document, 4 article without facts, 5 article, 6 its fact
                for (String k : List.of(Fields.ARTICLE, Fields.STATEMENT, Fields.EVENT, Fields.IDENTITY, Fields.ARTICLE,
                        Fields.ARTICLE, Fields.STATEMENT)) {
                    w.addDocument(doc(k));
                }
            }
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                IndexSearcher s = new IndexSearcher(r);
                DocRanges facts = DocRanges.factsOf(s, new int[] {5, 0, 4});
                assertThat(s.count(facts)).isEqualTo(4); // 1, 2, 3 (an identity: the kind filter drops it) and 6
                assertThat(facts.articleOf(2)).isEqualTo(0);
                assertThat(facts.articleOf(6)).isEqualTo(5);
                assertThat(facts.articleOf(4)).isEqualTo(-1);
                DocIdSetIterator it = s.createWeight(s.rewrite(facts), ScoreMode.COMPLETE_NO_SCORES, 1f)
                    .scorer(r.leaves().get(0)).iterator();
                assertThat(it.advance(4)).as("the empty range of 4 is skipped").isEqualTo(6);
                // before the fix, advance(NO_MORE_DOCS) overflowed and started over, so a search never ended
                assertThat(it.advance(DocIdSetIterator.NO_MORE_DOCS)).isEqualTo(DocIdSetIterator.NO_MORE_DOCS);
            }
        }
    }
}
