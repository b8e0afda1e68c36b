package org.dateline.store.query;

import static org.dateline.model.Vocabularies.wireNames;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.dateline.model.NameFold;
import org.dateline.store.Fields;
import org.dateline.store.TextAnalyzer;
import org.dateline.table.EntityKey;

/**
 * Lucene queries from user input. Text goes through Lucene's SimpleQueryParser, which never throws
 * on odd input (quotes, {@code +}, {@code -}, {@code *}, {@code ~} work; anything else is just
 * words), with its costly forms bounded ({@link BoundedQueryParser}), and every word must match.
 */
final class Queries {
    private static final TextAnalyzer ANALYZER = new TextAnalyzer();

    private Queries() {}

    static Query of(String kind, StoreQuery q) {
        return of(kind, q, q.text().isEmpty() ? null : text(q.text()));
    }

    /** The query of {@code q} with its words already parsed ({@code words}; null when there are none). */
    static Query of(String kind, StoreQuery q, Query words) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(Fields.KIND, kind)), BooleanClause.Occur.FILTER);
        if (words != null) {
            b.add(words, BooleanClause.Occur.MUST);
        }
        filter(b, q.filters());
        return b.build();
    }

    /**
     * The article query of {@code q} through words already moved to {@link Fields#ARTICLE_TEXT}
     * ({@link #articleWords}): when every field the words name is ARTICLE_TEXT or TITLE, which only
     * article documents carry, the words match articles alone and the kind filter is left out (it
     * scores nothing, so scores are the same, and each match no longer steps the filter's postings);
     * otherwise {@link #of(String, StoreQuery, Query)}. A top-k search skips far more without the
     * filter: with it Lucene visited nearly every match of a common word.
     */
    static Query ofArticleWords(StoreQuery q, Query articleWords) {
        if (!onArticleFieldsOnly(articleWords)) {
            return of(Fields.ARTICLE, q, articleWords);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(articleWords, BooleanClause.Occur.MUST);
        filter(b, q.filters());
        return b.build();
    }

    /**
     * Whether every document {@code words} matches carries ARTICLE_TEXT or TITLE (so is an article),
     * judged from its structure: a term or phrase on one of them; a boolean query with a required
     * clause that is so, or without required clauses, whose optional clauses all are (or that has
     * none: a purely negative query matches nothing). Anything else, a match-all among them
     * (SimpleQueryParser writes "-word" as "*:* -word"), is not judged so unless a required clause
     * beside it is.
     */
    static boolean onArticleFieldsOnly(Query words) {
        if (words instanceof TermQuery t) {
            return isArticleField(t.getTerm().field());
        }
        if (words instanceof PhraseQuery p) {
            return isArticleField(p.getField());
        }
        if (words instanceof BoostQuery b) {
            return onArticleFieldsOnly(b.getQuery());
        }
        if (words instanceof MatchNoDocsQuery) {
            return true;
        }
        if (words instanceof BooleanQuery b) {
            boolean required = false;
            boolean optional = false;
            boolean allOptional = true;
            for (BooleanClause c : b.clauses()) {
                if (c.isRequired()) {
                    required = true;
                    if (onArticleFieldsOnly(c.getQuery())) {
                        return true;
                    }
                } else if (c.getOccur() == BooleanClause.Occur.SHOULD) {
                    optional = true;
                    allOptional &= onArticleFieldsOnly(c.getQuery());
                }
            }
            return !required && (!optional || allOptional);
        }
        return false;
    }

    private static boolean isArticleField(String field) {
        return field.equals(Fields.ARTICLE_TEXT) || field.equals(Fields.TITLE);
    }

    static Query text(String text) {
        Query parsed = new BoundedQueryParser(ANALYZER, Map.of(Fields.TEXT, 1f, Fields.TITLE, 2f)).parse(text);
        return parsed == null ? new MatchNoDocsQuery("no searchable words") : parsed;
    }

    /**
     * The article query's words searched through {@link Fields#ARTICLE_TEXT} instead of
     * {@link Fields#TEXT} when {@code s} can score that field as TEXT ({@link ArticleTextSearcher})
     * and the words are only terms and phrases; otherwise {@code words} itself. Fuzzy and prefix
     * forms stay on TEXT: they expand to the words a field holds and blend those words' counts.
     */
    static Query articleWords(org.apache.lucene.search.IndexSearcher s, Query words) {
        if (words == null || !(s instanceof ArticleTextSearcher a) || !a.articleTextComplete()) {
            return words;
        }
        Query swapped = onArticleText(words);
        return swapped == null ? words : swapped;
    }

    /** {@code q} with every TEXT term on ARTICLE_TEXT, or null when it holds a form that cannot move. */
    private static Query onArticleText(Query q) {
        if (q instanceof TermQuery t) {
            return t.getTerm().field().equals(Fields.TEXT) ? new TermQuery(new Term(Fields.ARTICLE_TEXT, t.getTerm().bytes())) : q;
        }
        if (q instanceof BoostQuery b) {
            Query inner = onArticleText(b.getQuery());
            return inner == null ? null : new BoostQuery(inner, b.getBoost());
        }
        if (q instanceof PhraseQuery p) {
            if (!p.getField().equals(Fields.TEXT)) {
                return q;
            }
            PhraseQuery.Builder out = new PhraseQuery.Builder().setSlop(p.getSlop());
            for (int i = 0; i < p.getTerms().length; i++) {
                out.add(new Term(Fields.ARTICLE_TEXT, p.getTerms()[i].bytes()), p.getPositions()[i]);
            }
            return out.build();
        }
        if (q instanceof BooleanQuery b) {
            BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
            for (BooleanClause c : b.clauses()) {
                Query inner = onArticleText(c.getQuery());
                if (inner == null) {
                    return null;
                }
                out.add(inner, c.getOccur());
            }
            return out.build();
        }
        if (q instanceof MatchNoDocsQuery) {
            return q;
        }
        boolean[] text = {false};
        q.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                text[0] |= field.equals(Fields.TEXT);
                return false;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return text[0] ? null : q;
    }

    /**
     * Whether the words use a form that expands to many indexed words or walks positions (fuzzy,
     * prefix, near), so the server can keep such queries from crowding out plain ones.
     */
    static boolean expensive(String text) {
        // Every costly form is written with ~ or *: without them there is nothing to parse for.
        if (text == null || text.isBlank() || (text.indexOf('~') < 0 && text.indexOf('*') < 0)) {
            return false;
        }
        Forms forms = Forms.of(text(text));
        return forms.expanding() || forms.near();
    }

    /**
     * Whether the words hold a form that expands to the words an index holds (fuzzy, prefix): which
     * words it becomes, and their counts, are that index's, so its answer depends on the index.
     */
    static boolean expands(Query words) {
        return words != null && Forms.of(words).expanding();
    }

    /** The costly forms a parsed query holds: words that expand, phrases that walk positions. */
    private record Forms(boolean expanding, boolean near) {
        static Forms of(Query words) {
            boolean[] found = {false, false};
            words.visit(new QueryVisitor() {
                @Override
                public void consumeTermsMatching(Query query, String field, java.util.function.Supplier<ByteRunAutomaton> automaton) {
                    found[0] = true;
                }

                @Override
                public void consumeTerms(Query query, Term... terms) {
                    if (query instanceof PhraseQuery p && p.getSlop() > 0) {
                        found[1] = true;
                    }
                }

                @Override
                public void visitLeaf(Query query) {
                    if (query instanceof MultiTermQuery) {
                        found[0] = true;
                    }
                }

                @Override
                public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                    return this;
                }
            });
            return new Forms(found[0], found[1]);
        }
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
            b.add(dayRange(from, to), BooleanClause.Occur.FILTER);
        }
    }

    /**
     * Documents filed under a day from {@code from} to {@code to} (epoch days, inclusive). Every
     * document with a day carries it both as a point and as a doc value ({@code RecordDocuments}),
     * so either can answer: the points when the range leads the search, the doc values, checked one
     * candidate at a time, when rarer clauses (a word, an actor) lead. Points alone would collect
     * every document of a six-month range into a bit set before matching a single word.
     */
    static Query dayRange(long from, long to) {
        return new IndexOrDocValuesQuery(LongPoint.newRangeQuery(Fields.DAY_N, from, to),
            NumericDocValuesField.newSlowRangeQuery(Fields.DAY_N, from, to));
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
