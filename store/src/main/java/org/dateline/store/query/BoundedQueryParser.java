package org.dateline.store.query;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/**
 * The search box's syntax with its costly forms bounded. {@code word~N} (fuzzy) and {@code wor*}
 * (prefix) expand to every indexed word they match, and on a large store a few of them cost more
 * than hundreds of plain searches; {@code "a b"~N} (near) walks positions. So:
 * <ul>
 *   <li>fuzzy: edits by the word's length as Elasticsearch's AUTO fuzziness has them (none up to 2
 *       letters, 1 up to 5, at most 2), the first letter fixed, at most {@link #MAX_EXPANSIONS} words;</li>
 *   <li>prefix: at least {@link #MIN_PREFIX} letters (a shorter one is the word itself), expanded to
 *       the {@link MostFrequentTerms#MAX_TERMS} most frequent words it matches;</li>
 *   <li>near: a slop of at most {@link #MAX_SLOP};</li>
 *   <li>at most {@link #MAX_EXPANDING} fuzzy or prefix words per query; later ones are plain words.</li>
 * </ul>
 * Leading wildcards and regular expressions do not exist in this syntax (the tokenizer drops a
 * leading {@code *}; {@code /re/} is words). A word left out beside words required ({@code
 * protest -mining}) excludes without a match-all ({@link #negationsBeside}). One parser per parse:
 * it counts.
 */
final class BoundedQueryParser extends SimpleQueryParser {
    static final int MAX_EXPANSIONS = 50;
    static final int MIN_PREFIX = 3;
    static final int MAX_SLOP = 10;
    static final int MAX_EXPANDING = 3;
    private static final int FUZZY_PREFIX_LENGTH = 1;

    private int expanding;

    BoundedQueryParser(Analyzer analyzer, Map<String, Float> weights) {
        super(analyzer, weights);
        setDefaultOperator(BooleanClause.Occur.MUST);
    }

    @Override
    public Query parse(String text) {
        Query parsed = super.parse(text);
        return parsed == null ? null : negationsBeside(parsed);
    }

    /**
     * SimpleQueryParser writes {@code a -b} as {@code +a +(-b *:*)}: the match-all scores 1 on every
     * document, so Lucene can never tell that a document cannot make the page, and a common word's
     * page visited every match ("protest -mining" at 1,000,000 articles: 60 ms of CPU, 26 ms without
     * it). Where a required clause that is no such negation stands beside it, {@code +a -b} has the
     * same matches, and scores lower by the same 1 on every match, so the same order (but for two
     * scores that only rounding at the larger sum had made equal). Only along required clauses from
     * the top: inside an optional group ({@code (a -b) | c}) the 1 is what a match of the group
     * scores above one of {@code c}. A query of negations alone ({@code -b}) keeps its match-all: it
     * has nothing else to match.
     */
    static Query negationsBeside(Query q) {
        if (!(q instanceof BooleanQuery b)) {
            return q;
        }
        boolean positive = b.clauses().stream()
            .anyMatch(c -> c.getOccur() == BooleanClause.Occur.MUST && !isNegation(c.getQuery()));
        BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
        for (BooleanClause c : b.clauses()) {
            Query inner = c.getOccur() == BooleanClause.Occur.MUST ? negationsBeside(c.getQuery()) : c.getQuery();
            if (positive && c.getOccur() == BooleanClause.Occur.MUST && isNegation(inner)) {
                for (BooleanClause n : ((BooleanQuery) inner).clauses()) {
                    if (n.getOccur() == BooleanClause.Occur.MUST_NOT) {
                        out.add(n.getQuery(), BooleanClause.Occur.MUST_NOT);
                    }
                }
            } else {
                out.add(inner, c.getOccur());
            }
        }
        return out.build();
    }

    /** Whether {@code q} is the parser's negation: clauses MUST_NOT and one SHOULD match-all, nothing else. */
    private static boolean isNegation(Query q) {
        if (!(q instanceof BooleanQuery b) || b.getMinimumNumberShouldMatch() != 0) {
            return false;
        }
        int all = 0;
        int not = 0;
        for (BooleanClause c : b.clauses()) {
            if (c.getOccur() == BooleanClause.Occur.SHOULD && c.getQuery() instanceof MatchAllDocsQuery) {
                all++;
            } else if (c.getOccur() == BooleanClause.Occur.MUST_NOT) {
                not++;
            } else {
                return false;
            }
        }
        return all == 1 && not > 0;
    }

    /** AUTO fuzziness: the edits a word of this many characters may take, never more than asked. */
    static int edits(String word, int asked) {
        int n = word.codePointCount(0, word.length());
        int auto = n <= 2 ? 0 : n <= 5 ? 1 : 2;
        return Math.min(asked, auto);
    }

    @Override
    protected Query newFuzzyQuery(String text, int fuzziness) {
        int edits = edits(text, fuzziness);
        if (edits == 0 || expanding >= MAX_EXPANDING) {
            return newDefaultQuery(text);
        }
        expanding++;
        return perField(text, term -> new FuzzyQuery(term, edits, FUZZY_PREFIX_LENGTH, MAX_EXPANSIONS, true));
    }

    @Override
    protected Query newPrefixQuery(String text) {
        if (text.codePointCount(0, text.length()) < MIN_PREFIX || expanding >= MAX_EXPANDING) {
            return newDefaultQuery(text);
        }
        expanding++;
        return perField(text, term -> new PrefixQuery(term, MostFrequentTerms.REWRITE));
    }

    @Override
    protected Query newPhraseQuery(String text, int slop) {
        return super.newPhraseQuery(text, Math.min(slop, MAX_SLOP));
    }

    private Query perField(String text, java.util.function.Function<Term, Query> make) {
        BooleanQuery.Builder bq = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> field : weights.entrySet()) {
            BytesRef normal = getAnalyzer().normalize(field.getKey(), text);
            Query q = make.apply(new Term(field.getKey(), normal));
            float boost = field.getValue();
            bq.add(boost == 1f ? q : new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
        }
        return simplify(bq.build());
    }
}
