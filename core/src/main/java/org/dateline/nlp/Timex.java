package org.dateline.nlp;

/**
 * A temporal expression as SUTime normalised it, before Dateline's own resolution.
 *
 * @param type TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value TIMEX3 value, possibly underspecified (XXXX-02-28) or null
 */
public record Timex(int start, int end, int tokenStart, int tokenEnd, String text, String type,
                    String value) {}
