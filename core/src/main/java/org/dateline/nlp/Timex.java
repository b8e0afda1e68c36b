package org.dateline.nlp;

import org.dateline.model.TimexType;

/**
 * A temporal expression as SUTime normalised it, before Dateline's own resolution.
 *
 * @param value TIMEX3 value, possibly underspecified (XXXX-02-28) or null
 */
public record Timex(int start, int end, int tokenStart, int tokenEnd, String text, TimexType type,
                    String value) {}
