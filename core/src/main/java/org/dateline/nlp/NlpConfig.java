package org.dateline.nlp;

/**
 * What the CoreNLP pipeline runs. Typed, so that a stage asks for "dependencies" rather than
 * knowing CoreNLP's property names.
 *
 * @param dependencies run the neural dependency parser (statements and events need it)
 * @param maxSentenceTokens sentences longer than this are not parsed (boilerplate lists, tables)
 */
public record NlpConfig(boolean dependencies, int maxSentenceTokens) {
    public static final NlpConfig DEFAULT = new NlpConfig(true, 120);
    public static final NlpConfig TAGGING_ONLY = new NlpConfig(false, 0);
}
