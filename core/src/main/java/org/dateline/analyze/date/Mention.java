package org.dateline.analyze.date;

import org.dateline.model.TimexType;

/**
 * A temporal expression while the resolver works on it: code-point extent, the tokens it covers
 * ([tokenStart, tokenEnd); a piece of a split token keeps that token's index) and its TIMEX3
 * type and value. Immutable: each rule returns new mentions, so rules cannot disturb each other.
 */
record Mention(int start, int end, int tokenStart, int tokenEnd, TimexType type, String value) {
    Mention withValue(String v) {
        return new Mention(start, end, tokenStart, tokenEnd, type, v);
    }

    Mention with(TimexType t, String v) {
        return new Mention(start, end, tokenStart, tokenEnd, t, v);
    }

    boolean isDate() {
        return type == TimexType.DATE;
    }

    boolean overlaps(int s, int e) {
        return start < e && s < end;
    }
}
