package org.dateline.analyze.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * "According to X, CLAUSE." and "CLAUSE, according to X.": the source is the phrase after "to",
 * the content the rest of the sentence. Read from tokens alone, since the parser is not needed.
 */
final class AccordingTo {
    private static final int MAX_SOURCE_TOKENS = 12;
    private static final Set<String> STOPS = Set.of(",", ".", ";", ":", "!", "?", "—", "–", "--", "''", "\"", "”");

    List<Attribution> find(AnnotatedText text, Sentence sentence) {
        List<Attribution> found = new ArrayList<>();
        List<Token> tokens = text.tokens();
        for (int i = sentence.tokenStart(); i + 2 < sentence.tokenEnd(); i++) {
            if (!tokens.get(i).word().toLowerCase(Locale.ROOT).equals("according") || !tokens.get(i + 1).word().equals("to")) {
                continue;
            }
            int sourceFrom = i + 2;
            int sourceTo = sourceFrom;
            while (sourceTo < sentence.tokenEnd() && sourceTo - sourceFrom < MAX_SOURCE_TOKENS
                && !STOPS.contains(tokens.get(sourceTo).word())) {
                sourceTo++;
            }
            if (sourceTo == sourceFrom) {
                continue;
            }
            int[] content = contentRange(tokens, sentence, i, sourceTo);
            if (content == null) {
                continue;
            }
            found.add(new Attribution(sentence.index(),
                new int[] {tokens.get(sourceFrom).start(), tokens.get(sourceTo - 1).end()}, sourceFrom,
                new int[] {tokens.get(i).start(), tokens.get(i + 1).end()},
                new int[] {tokens.get(content[0]).start(), tokens.get(content[1] - 1).end()}, "according_to"));
        }
        return found;
    }

    /**
     * The clause the phrase attributes: what follows "According to X," at the start of a sentence,
     * what precedes ", according to X" after a comma; elsewhere the longer side.
     */
    private static int[] contentRange(List<Token> tokens, Sentence sentence, int phraseStart, int phraseEnd) {
        int[] before = trimmed(tokens, sentence.tokenStart(), phraseStart);
        int[] after = trimmed(tokens, phraseEnd, sentence.tokenEnd());
        int[] best;
        if (before[1] - before[0] == 0) {
            best = after;
        } else if (phraseStart > sentence.tokenStart() && tokens.get(phraseStart - 1).word().equals(",")) {
            best = before;
        } else {
            best = after[1] - after[0] >= before[1] - before[0] ? after : before;
        }
        return best[1] - best[0] >= 3 ? best : null;
    }

    private static int[] trimmed(List<Token> tokens, int from, int to) {
        int a = from;
        int b = to;
        while (a < b && STOPS.contains(tokens.get(a).word())) {
            a++;
        }
        while (b > a && STOPS.contains(tokens.get(b - 1).word()) && !isClosingQuote(tokens.get(b - 1))) {
            b--;
        }
        return new int[] {a, b};
    }

    private static boolean isClosingQuote(Token t) {
        return t.word().equals("”") || t.word().equals("\"");
    }
}
