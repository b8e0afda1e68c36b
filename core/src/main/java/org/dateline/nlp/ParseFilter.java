package org.dateline.nlp;

/**
 * Which sentences are worth the dependency parser, decided on the tagged text (tokens, POS,
 * lemmas, NER) before parsing: the parser is the pipeline's most expensive step and most news
 * sentences carry neither a statement nor an event.
 */
@FunctionalInterface
public interface ParseFilter {
    ParseFilter ALL = (text, sentence) -> true;

    boolean wantsParse(AnnotatedText tagged, Sentence sentence);
}
