package org.dateline.nlp;

/**
 * A named-entity mention as the tagger saw it: tokens [tokenStart, tokenEnd), code-point extent,
 * and its fine-grained type (PERSON, ORGANIZATION, COUNTRY, CITY, NATIONALITY, TITLE, MISC, ...).
 */
public record NerMention(int start, int end, int tokenStart, int tokenEnd, String type, String text) {}
