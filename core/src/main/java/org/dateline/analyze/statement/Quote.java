package org.dateline.analyze.statement;

/**
 * A quotation in the text: code points [start, end) from its opening mark through its closing
 * mark. {@code words} counts the words between the marks.
 */
record Quote(int start, int end, int words) {
    boolean contains(int position) {
        return start <= position && position < end;
    }

    /** One to four words with no clause: a term set off in scare quotes, not a quotation of speech. */
    boolean isTerm() {
        return words <= 4;
    }
}
