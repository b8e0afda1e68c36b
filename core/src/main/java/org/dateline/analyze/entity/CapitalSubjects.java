package org.dateline.analyze.entity;

import java.util.List;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.DependencyTree;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Where the capital rule looks ("Baku said": a capital that is a verb's active subject stands for
 * its government, docs/CONTRACT.md) and what it sees there. It chooses its own sentences: those in
 * which a capital's name is followed by a verb within {@link #VERB_WINDOW} tokens, which the
 * pipeline has parsed for this reason, and it reads the parse of no other sentence. So whether a
 * capital is coded does not depend on whether the statement or event stage happened to want its
 * sentence parsed.
 *
 * <p>Why the parse and not the tags alone: over the capitals of the shared evaluation texts (the
 * 121 extraction pages, the demo, ECB+ and CASE 2021 texts: 195 mentions in sentences this rule
 * reads), a tag pattern (the name, then adverbs and auxiliaries, then a verb) and the parse
 * disagreed on 17, and the parse was right on 12 ("an accusation Yerevan denies", "after Quito
 * stripped him", "Washington and the Taliban had been holding"; the tags also take copulas, "Paris
 * has been the scene"), the tags on 4 (parser slips such as "... and Seoul plans to install").
 * The parses it adds cost about one sentence in 400.
 */
final class CapitalSubjects {
    /**
     * How far after a capital's name its verb may come: "Baku rejected" (1), "Moscow has
     * repeatedly said" (3), "Washington and the Taliban had been holding" (4), "Washington and its
     * allies have agreed" (5). Every capital subject in the survey above had a verb within 4 but
     * two datelines the parser made subjects ("BEIRUT (Reuters) - Protesters hurled", 6), which
     * are left out.
     */
    static final int VERB_WINDOW = 5;
    /** The longest capital name in tokens: "Washington , D.C.", "Bandar Seri Begawan". */
    private static final int MAX_NAME_TOKENS = 4;

    private final ActorCodes codes;

    CapitalSubjects(ActorCodes codes) {
        this.codes = codes;
    }

    /** The parse filter's test, on the tagged text: a capital's name with a verb close after it. */
    boolean mayHaveOne(AnnotatedText text, Sentence s) {
        List<Token> tokens = text.tokens();
        for (int i = s.tokenStart(); i < s.tokenEnd(); i++) {
            if (!tokens.get(i).isCapitalised()) {
                continue;
            }
            for (int end = i + 1; end <= Math.min(s.tokenEnd(), i + MAX_NAME_TOKENS); end++) {
                // a name ends in a capitalised word: "BEIRUT (" folds to "beirut" but ends nearer a verb
                if (tokens.get(end - 1).isCapitalised() && verbWithin(tokens, end, s.tokenEnd())
                    && codes.capitalCode(text.index().slice(tokens.get(i).start(), tokens.get(end - 1).end())).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the mention is the active subject of a verb in a sentence this rule reads: "Baku said", "Moscow rejected". */
    boolean actsAsSubject(AnnotatedText text, Mention m) {
        Sentence sentence = text.sentences().get(text.tokens().get(m.tokenStart()).sentence());
        if (!sentence.parsed() || !mayHaveOne(text, sentence)) {
            return false;
        }
        DependencyTree tree = sentence.tree();
        for (int i = m.tokenStart(); i < m.tokenEnd(); i++) {
            int predicate = tree.predicateOfSubject(i);
            if (predicate >= 0 && text.tokens().get(predicate).isVerb()) {
                return true;
            }
        }
        return false;
    }

    private static boolean verbWithin(List<Token> tokens, int from, int sentenceEnd) {
        for (int k = from; k < Math.min(sentenceEnd, from + VERB_WINDOW); k++) {
            if (tokens.get(k).isVerb()) {
                return true;
            }
        }
        return false;
    }
}
