package org.dateline.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.model.TimexType;
import org.dateline.model.Vocabularies;

/**
 * An {@link AnnotatedText} from a table, so that a rule of an analysis stage can be tested on a
 * parse written down as data, without loading CoreNLP. One token a line, columns apart by spaces:
 *
 * <pre>
 * word  POS  head  relation  [lemma  [NER]]
 * </pre>
 *
 * {@code head} counts tokens from 1 within the sentence, 0 for the root; {@code -} for head and
 * relation leaves the sentence unparsed. The lemma defaults to the word (lower-cased unless a
 * proper noun), the NER label to {@code O}; {@code -} in either column means the default. A blank
 * line ends a sentence, a line holding only {@code ¶} also ends the paragraph. The text is the
 * words joined by single spaces, none before closing punctuation nor after an opening mark, and
 * every offset is computed from it; a hyphen-minus tagged HYPH joins its neighbours (a dash so tagged does not). Runs of one NER label become the text's entity mentions.
 */
public final class TextBuilder {
    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ":", ";", "!", "?", ")", "”", "’", "'s",
        "’s", "'", "n't", "%");
    private static final Set<String> NO_SPACE_AFTER = Set.of("“", "(", "‘", "$");
    private static final Set<String> TEMPORAL = Set.copyOf(Vocabularies.wireNames(TimexType.class));

    private final StringBuilder text = new StringBuilder();
    private final List<Token> tokens = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Row> pending = new ArrayList<>();
    private boolean straightQuoteOpen;
    private String separator = "";

    private record Row(String word, String pos, int head, String relation, String lemma, String ner) {}

    private TextBuilder() {}

    /** The annotated text the table describes. */
    public static AnnotatedText parse(String table) {
        TextBuilder b = new TextBuilder();
        for (String line : table.strip().split("\n")) {
            String row = line.strip();
            if (row.isEmpty()) {
                b.endSentence(" ");
            } else if (row.equals("¶")) {
                b.endSentence("\n\n");
            } else {
                b.pending.add(row(row));
            }
        }
        b.endSentence("");
        return b.build();
    }

    private static Row row(String line) {
        String[] c = line.split("\\s+");
        if (c.length < 4) {
            throw new IllegalArgumentException("want: word POS head relation [lemma [NER]], got: " + line);
        }
        String lemma = c.length > 4 && !c[4].equals("-") ? c[4] : c[1].startsWith("NNP") ? c[0] : c[0].toLowerCase();
        String ner = c.length > 5 && !c[5].equals("-") ? c[5] : "O";
        int head = c[2].equals("-") ? -2 : Integer.parseInt(c[2]);
        return new Row(c[0], c[1], head, c[3], lemma, ner);
    }

    private void endSentence(String next) {
        if (pending.isEmpty()) {
            if (!separator.isEmpty() && next.equals("\n\n")) {
                separator = next;
            }
            return;
        }
        text.append(separator);
        int first = tokens.size();
        List<Dependency> dependencies = new ArrayList<>();
        for (Row r : pending) {
            boolean space = spaceBefore(r, tokens.isEmpty() ? null : tokens.get(tokens.size() - 1));
            if (space && tokens.size() > first) {
                text.append(' ');
            }
            int start = codePoints();
            text.append(r.word);
            int index = tokens.size();
            tokens.add(new Token(index, sentences.size(), start, codePoints(), r.word, r.pos, r.lemma, r.ner));
            if (r.head == 0) {
                dependencies.add(new Dependency(-1, index, "root"));
            } else if (r.head > 0) {
                dependencies.add(new Dependency(first + r.head - 1, index, r.relation));
            }
        }
        sentences.add(new Sentence(sentences.size(), tokens.get(first).start(), codePoints(), first, tokens.size(),
            dependencies));
        pending.clear();
        separator = next;
    }

    /** Whether a space goes before the token; tracks straight quotes, which open and close alike. */
    private boolean spaceBefore(Row token, Token previous) {
        if (token.word.equals("\"")) {
            straightQuoteOpen = !straightQuoteOpen;
            return straightQuoteOpen;
        }
        if (previous == null) {
            return false;
        }
        boolean afterOpeningQuote = previous.word().equals("\"") && straightQuoteOpen;
        // "Lachin-Khankandi"; the tagger also calls a spaced dash HYPH ("YEREVAN, March 12, 2023 — Azerbaijani")
        boolean hyphenated = token.pos.equals("HYPH") && token.word.equals("-")
            || previous.pos().equals("HYPH") && previous.word().equals("-");
        return !NO_SPACE_BEFORE.contains(token.word) && !NO_SPACE_AFTER.contains(previous.word()) && !afterOpeningQuote
            && !hyphenated;
    }

    private int codePoints() {
        return text.codePointCount(0, text.length());
    }

    private AnnotatedText build() {
        String joined = text.toString();
        List<NerMention> mentions = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            Token t = tokens.get(i);
            int j = i + 1;
            while (j < tokens.size() && tokens.get(j).ner().equals(t.ner()) && tokens.get(j).sentence() == t.sentence()) {
                j++;
            }
            if (!t.ner().equals("O") && !TEMPORAL.contains(t.ner())) {
                int end = tokens.get(j - 1).end();
                mentions.add(new NerMention(t.start(), end, i, j, t.ner(),
                    joined.substring(joined.offsetByCodePoints(0, t.start()), joined.offsetByCodePoints(0, end))));
            }
            i = j;
        }
        return new AnnotatedText(joined, tokens, sentences, mentions, List.of());
    }
}
