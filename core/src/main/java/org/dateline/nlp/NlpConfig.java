package org.dateline.nlp;

/**
 * What the CoreNLP pipeline runs, and how much of a text it takes on. Typed, so that a stage asks
 * for "dependencies" rather than knowing CoreNLP's property names.
 *
 * <p>The two bounds keep one document's work in proportion to what it can give: a scraped table or
 * a page of tags without sentence punctuation is one "sentence" to CoreNLP's splitter, and the
 * tagger's time and the record's size grow faster than its length (a 300 KB one exhausted a 3 GB
 * heap). No news sentence comes near them, so ordinary articles are analysed exactly as without.
 *
 * @param dependencies run the neural dependency parser (statements and events need it)
 * @param maxSentenceTokens sentences longer than this are not parsed (boilerplate lists, tables)
 * @param maxTaggedSentenceTokens a sentence longer than this is split at safe places (line breaks,
 *     semicolons, list separators, else spaces) before tagging; see {@link TextLimits#sentenceBreaks}
 * @param maxTextChars only this many characters of a text are analysed, cut at a safe place
 *     before it ({@link TextLimits#cut}); the record says so in a warning
 */
public record NlpConfig(boolean dependencies, int maxSentenceTokens, int maxTaggedSentenceTokens, int maxTextChars) {
    /** A sentence of more tokens is not prose: split before tagging. */
    public static final int MAX_TAGGED_SENTENCE_TOKENS = 250;
    /** About 35,000 words, a long report; a minute or two of tagging on one core. */
    public static final int MAX_TEXT_CHARS = 200_000;

    public static final NlpConfig DEFAULT = new NlpConfig(true, 120);
    public static final NlpConfig TAGGING_ONLY = new NlpConfig(false, 0);

    public NlpConfig {
        if (maxTaggedSentenceTokens < 1 || maxTextChars < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxTaggedSentenceTokens + ", " + maxTextChars);
        }
    }

    /** With the standard bounds on sentence and text length. */
    public NlpConfig(boolean dependencies, int maxSentenceTokens) {
        this(dependencies, maxSentenceTokens, MAX_TAGGED_SENTENCE_TOKENS, MAX_TEXT_CHARS);
    }
}
