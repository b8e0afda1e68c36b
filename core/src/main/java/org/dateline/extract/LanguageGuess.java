package org.dateline.extract;

import static com.github.pemistahl.lingua.api.Language.*;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language of an article's text (Lingua, low-accuracy mode). Only the languages news monitors
 * meet most are loaded, and only when the first article needs them: building the detector costs
 * about 0.1 s and loading its models about 1.3 s once per JVM, after which a guess over the first
 * {@link #SAMPLE} characters costs about a millisecond (twice that for a short text not
 * guessed English: {@link #ENGLISH_WITHIN}). Page declarations ({@code <html lang>}) are
 * often template defaults, so the text decides; too little text keeps the declared language.
 */
public final class LanguageGuess {
    /** Characters of the body read: enough to tell languages apart, few enough to stay fast. */
    static final int SAMPLE = 600;
    private static final int MIN_LETTERS = 40;
    /**
     * In a short text ({@link #SHORT}), English within this share of the guessed language's
     * confidence (Lingua's values are relative to the likeliest, 1.0) is the text's language: the
     * low-accuracy mode is unsure of short texts, and a foreign name's letters ("Şəki") can tip an
     * English one to Swedish. Only English is analysed, so calling an English text foreign loses all
     * of it. Measured: 36 of 3,912 English titles and first lines of GVA and ECB+ (40 letters or
     * more) were guessed another language, English at 0.875 or more in every one; in 19 short news
     * sentences written in 11 other languages English reached at most 0.80 (Spanish), mostly
     * 0.4-0.7, and 0 in Turkish and Azerbaijani. Longer texts are left to the guess: the 12 pages of
     * the extraction benchmark in other languages reach up to 0.82 (Italian with English names),
     * while none of the 2,908 GVA and ECB+ articles was guessed other than English.
     */
    static final double ENGLISH_WITHIN = 0.85;
    /** Letters below which a text is short: Lingua's low-accuracy mode is reliable from about 120 characters. */
    static final int SHORT = 200;
    /**
     * Words that show English ({@code english-words.tsv}): languages the detector does not load
     * come as close to English as 0.96 (Czech), so a short text must also use one. With it, 11 of the
     * 36 English titles and first lines above are English (the rest use none: headlines are terse).
     */
    private static final Set<String> ENGLISH_WORDS = englishWordsTable();
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private static final Language[] LANGUAGES = {ENGLISH, GERMAN, FRENCH, SPANISH, ITALIAN, PORTUGUESE, DUTCH,
        RUSSIAN, UKRAINIAN, POLISH, TURKISH, AZERBAIJANI, ARABIC, PERSIAN, URDU, HINDI, CHINESE, JAPANESE, KOREAN,
        INDONESIAN, SWEDISH, ARMENIAN, GEORGIAN, HEBREW, SWAHILI};

    private LanguageGuess() {}

    private static final class Holder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(LANGUAGES)
            .withLowAccuracyMode().build();
    }

    /**
     * The words of {@code english-words.tsv}: one column, "word", after "#" comments (read here, not
     * by the analysis stage's table reader: extraction comes before any language analysis).
     */
    private static Set<String> englishWordsTable() {
        try (InputStream in = LanguageGuess.class.getResourceAsStream("english-words.tsv")) {
            if (in == null) {
                throw new IllegalStateException("english-words.tsv is missing from the class path");
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            if (lines.isEmpty() || !lines.get(0).equals("word")) {
                throw new IllegalStateException("english-words.tsv: the header 'word' is missing");
            }
            return Set.copyOf(lines.subList(1, lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException("english-words.tsv cannot be read", e);
        }
    }

    /** How many of the text's words are of {@link #ENGLISH_WORDS}. */
    private static int englishWords(String text) {
        int n = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (ENGLISH_WORDS.contains(m.group().toLowerCase(Locale.ROOT))) {
                n++;
            }
        }
        return n;
    }

    /** The ISO 639-1 code of the text's language, or {@code declared} when the text cannot tell. */
    public static String of(String text, String declared) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        long letters = sample.codePoints().filter(Character::isLetter).count();
        if (letters < MIN_LETTERS) {
            return declared;
        }
        Language found = Holder.DETECTOR.detectLanguageOf(sample);
        if (found == Language.UNKNOWN) {
            return declared;
        }
        if (found != Language.ENGLISH && letters < SHORT && englishWords(sample) > 0
            && Holder.DETECTOR.computeLanguageConfidenceValues(sample).getOrDefault(Language.ENGLISH, 0.0) >= ENGLISH_WITHIN) {
            found = Language.ENGLISH;
        }
        return found.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }
}
