package org.dateline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Where a text too long is cut and a sentence too long is split: generated inputs, no CoreNLP. */
class TextLimitsTest {
    /** Tokens as a simple tokenizer would make them: runs of letters or digits, and each other visible character. */
    private static List<TextLimits.Extent> tokens(String text) {
        List<TextLimits.Extent> tokens = new ArrayList<>();
        Matcher m = Pattern.compile("[\\p{L}\\p{N}]+|\\S").matcher(text);
        while (m.find()) {
            tokens.add(new TextLimits.Extent(m.start(), m.end(), m.group()));
        }
        return tokens;
    }

    /** The parts a sentence is split into, as text. */
    private static List<String> parts(String text, int max) {
        List<TextLimits.Extent> tokens = tokens(text);
        List<Integer> starts = TextLimits.sentenceBreaks(text, tokens, max);
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int from = tokens.get(starts.get(k)).begin();
            int to = k + 1 < starts.size() ? tokens.get(starts.get(k + 1) - 1).end() : tokens.get(tokens.size() - 1).end();
            parts.add(text.substring(from, to));
        }
        return parts;
    }

    private static String words(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append("w").append(i);
        }
        return b.toString();
    }

    @Test
    void aSentenceThatFitsIsOnePart() {
        String text = words(10);
        assertThat(TextLimits.sentenceBreaks(text, tokens(text), 10)).containsExactly(0);
        assertThat(TextLimits.sentenceBreaks(text, tokens(text), 50)).containsExactly(0);
    }

    @Test
    void everyLineOfALongListIsItsOwnPart() {
        String text = "Home\nWorld news\nPolitics\nSport\nBaku police said\nWeather";
        assertThat(parts(text, 4)).containsExactly("Home", "World news", "Politics", "Sport", "Baku police said", "Weather");
    }

    @Test
    void semicolonsComeBeforeCommasAndCommasBeforeSpaces() {
        String text = "a b c; d e, f g; h i j";
        assertThat(parts(text, 6)).containsExactly("a b c;", "d e, f g;", "h i j");
        assertThat(parts(text, 5)).containsExactly("a b c;", "d e,", "f g;", "h i j");
        assertThat(parts("a b, c d, e f, g h", 6)).containsExactly("a b, c d,", "e f, g h");
        assertThat(parts("a b c d e f g", 3)).containsExactly("a b c", "d e f", "g");
    }

    @Test
    void listSeparatorsAreBarsBulletsAndDashesButNotBracketsOrQuotes() {
        assertThat(parts("news | sport | weather | travel", 4)).containsExactly("news | sport |", "weather | travel");
        assertThat(parts("tag1 • tag2 • tag3 • tag4", 4)).containsExactly("tag1 • tag2 •", "tag3 • tag4");
        assertThat(TextLimits.separator("–")).isTrue();
        assertThat(TextLimits.separator("/")).isTrue();
        assertThat(TextLimits.separator("(")).isFalse();
        assertThat(TextLimits.separator("\"")).isFalse();
        assertThat(TextLimits.separator("“")).isFalse();
        assertThat(TextLimits.separator("word")).isFalse();
    }

    @Test
    void aRunWithoutSpacesIsCutEveryMaxTokens() {
        String text = "a,b,c,d,e,f".replace(",", "");
        List<TextLimits.Extent> letters = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            letters.add(new TextLimits.Extent(i, i + 1, text.substring(i, i + 1)));
        }
        assertThat(TextLimits.sentenceBreaks(text, letters, 4)).containsExactly(0, 4);
    }

    @Test
    void noPartIsLongerThanTheLimitAndNoTokenIsLost() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            b.append("w").append(i).append(i % 7 == 0 ? ", " : i % 97 == 0 ? "\n" : i % 31 == 0 ? "; " : " ");
        }
        String text = b.toString();
        List<TextLimits.Extent> tokens = tokens(text);
        List<Integer> starts = TextLimits.sentenceBreaks(text, tokens, 250);
        assertThat(starts.get(0)).isZero();
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : tokens.size();
            assertThat(end - starts.get(k)).isBetween(1, 250);
        }
    }

    @Test
    void aTextThatFitsIsNotCut() {
        assertThat(TextLimits.cut("short text", 100)).isEqualTo(10);
    }

    @Test
    void aLongTextIsCutAtTheLastParagraphThenLineThenSentenceThenSpace() {
        String para = "First paragraph, which is long enough to count. It ends.\n\nSecond one goes on. And on\nand on and on";
        assertThat(para.substring(0, TextLimits.cut(para, para.length() - 3))).endsWith("It ends.\n\n");
        String lines = "x".repeat(30) + " first line\nsecond line. more words here";
        assertThat(lines.substring(0, TextLimits.cut(lines, lines.length() - 3))).endsWith("first line\n");
        String sentences = "x".repeat(30) + " One sentence. Another one without end";
        assertThat(sentences.substring(0, TextLimits.cut(sentences, sentences.length() - 3))).endsWith("One sentence. ");
        String spaces = "x".repeat(30) + " words without any end at all";
        assertThat(spaces.substring(0, TextLimits.cut(spaces, spaces.length() - 3))).endsWith("any end at");
    }

    @Test
    void aCutWithoutAnySpaceNeverSplitsASurrogatePair() {
        String emoji = "🇦🇿".repeat(100);
        int cut = TextLimits.cut(emoji, 51);
        assertThat(cut).isEqualTo(50);
        assertThat(Character.isHighSurrogate(emoji.charAt(cut - 1))).isFalse();
        assertThat(TextLimits.cut("y".repeat(100), 40)).isEqualTo(40);
    }
}
