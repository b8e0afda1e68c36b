package org.dateline.nlp;

import java.util.List;
import java.util.Locale;

/**
 * One token. Offsets are code points into the annotated text; {@code index} counts tokens across
 * the whole text, not per sentence.
 *
 * @param ner CoreNLP's fine-grained entity tag (PERSON, COUNTRY, TITLE, DATE, ...) or "O"
 */
public record Token(int index, int sentence, int start, int end, String word, String pos, String lemma,
                    String ner) {
    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    /** The lemma in lower case, the word where no lemma was given: what the lexicons are matched on. */
    public String foldedLemma() {
        return (lemma == null ? word : lemma).toLowerCase(Locale.ROOT);
    }

    public boolean isCapitalised() {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    /** The words of {@code tokens} {@code from} to {@code to}, one space between them. */
    public static String joinWords(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(i > from ? " " : "").append(tokens.get(i).word());
        }
        return b.toString();
    }
}
