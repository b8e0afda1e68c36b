package org.dateline.analyze.quote;

/**
 * A quotation in the text: code points [start, end) from its opening mark through its closing
 * mark. {@code words} counts the words between the marks.
 */
public record Quote(int start, int end, int words) {
    public boolean contains(int position) {
        return start <= position && position < end;
    }

    /** One to four words with no clause: a term set off in scare quotes, not a quotation of speech. */
    public boolean isTerm() {
        return words <= 4;
    }
}
