package org.dateline.store.query;

import static org.dateline.model.Vocabularies.wireNames;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.dateline.model.NameFold;
import org.dateline.store.Fields;
import org.dateline.store.TextAnalyzer;
import org.dateline.table.EntityKey;

/**
 * Lucene queries from user input. Text goes through {@link SimpleQueryParser}, which never throws
 * on odd input (quotes, {@code +}, {@code -}, {@code *} work; anything else is just words), and
 * every word must match.
 */
final class Queries {
    private static final TextAnalyzer ANALYZER = new TextAnalyzer();

    private Queries() {}

    static Query of(String kind, StoreQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(Fields.KIND, kind)), BooleanClause.Occur.FILTER);
        if (!q.text().isEmpty()) {
            b.add(text(q.text()), BooleanClause.Occur.MUST);
        }
        filter(b, q.filters());
        return b.build();
    }

    static Query text(String text) {
        SimpleQueryParser parser = new SimpleQueryParser(ANALYZER, Map.of(Fields.TEXT, 1f, Fields.TITLE, 2f));
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query parsed = parser.parse(text);
        return parsed == null ? new MatchNoDocsQuery("no searchable words") : parsed;
    }

    static void filter(BooleanQuery.Builder b, Filters f) {
        anyOf(b, Fields.TYPE, wireNames(f.types()), UnaryOperator.identity());
        anyOf(b, Fields.FACTUALITY, wireNames(f.factualities()), UnaryOperator.identity());
        anyOf(b, Fields.SECTOR, wireNames(f.sectors()), UnaryOperator.identity());
        anyOf(b, Fields.ACLED, wireNames(f.acledTypes()), UnaryOperator.identity());
        anyOf(b, Fields.ACLED_SUB_EVENT, wireNames(f.acledSubEvents()), UnaryOperator.identity());
        anyOf(b, Fields.SOURCE, f.sources(), UnaryOperator.identity());
        anyOf(b, Fields.ACTOR, f.actors(), Queries::actorTerm);
        if (f.from() != null || f.to() != null) {
            long from = f.from() == null ? Long.MIN_VALUE : f.from().toEpochDay();
            long to = f.to() == null ? Long.MAX_VALUE : f.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(Fields.DAY_N, from, to), BooleanClause.Occur.FILTER);
        }
    }

    /** The indexed form of an actor as a user names it: a key, a name or a code. */
    static String actorTerm(String value) {
        if (EntityKey.isKey(value)) {
            int colon = value.indexOf(':');
            return value.substring(0, colon) + ":" + NameFold.forEntityKey(value.substring(colon + 1));
        }
        return NameFold.forEntityKey(value);
    }

    private static void anyOf(BooleanQuery.Builder b, String field, List<String> values, UnaryOperator<String> norm) {
        if (values.isEmpty()) {
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String v : values) {
            any.add(new TermQuery(new Term(field, norm.apply(v.strip()))), BooleanClause.Occur.SHOULD);
        }
        b.add(any.build(), BooleanClause.Occur.FILTER);
    }
}
