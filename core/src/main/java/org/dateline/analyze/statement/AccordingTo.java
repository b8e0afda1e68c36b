package org.dateline.analyze.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.StatementKind;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;
import org.dateline.nlp.TokenSpan;

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
            TokenSpan content = contentRange(text, sentence, i, sourceTo);
            if (content == null) {
                continue;
            }
            found.add(new Attribution(sentence.index(), text.span(sourceFrom, sourceTo).toSpan(), sourceFrom,
                text.span(i, i + 2).toSpan(), content.toSpan(), StatementKind.ACCORDING_TO));
        }
        return found;
    }

    /**
     * The clause the phrase attributes: what follows "According to X," at the start of a sentence,
     * what precedes ", according to X" after a comma; elsewhere the longer side.
     */
    private static TokenSpan contentRange(AnnotatedText text, Sentence sentence, int phraseStart, int phraseEnd) {
        TokenSpan before = trimmed(text.span(sentence.tokenStart(), phraseStart));
        TokenSpan after = trimmed(text.span(phraseEnd, sentence.tokenEnd()));
        TokenSpan best;
        if (before.isEmpty()) {
            best = after;
        } else if (phraseStart > sentence.tokenStart() && text.tokens().get(phraseStart - 1).word().equals(",")) {
            best = before;
        } else {
            best = after.size() >= before.size() ? after : before;
        }
        return best.size() >= 3 ? best : null;
    }

    /** Without stops at either edge; a closing quotation mark stays, as it ends quoted content. */
    private static TokenSpan trimmed(TokenSpan side) {
        return side.stripStart(t -> STOPS.contains(t.word()))
            .stripEnd(t -> STOPS.contains(t.word()) && !isClosingQuote(t));
    }

    private static boolean isClosingQuote(Token t) {
        return t.word().equals("”") || t.word().equals("\"");
    }
}
