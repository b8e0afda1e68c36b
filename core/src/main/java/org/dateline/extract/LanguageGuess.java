package org.dateline.extract;

import static com.github.pemistahl.lingua.api.Language.*;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;

/**
 * The language of an article's text (Lingua, low-accuracy mode). Only the languages news monitors
 * meet most are loaded, and only when the first article needs them: building the detector costs
 * about 0.1 s and loading its models about 1.3 s once per JVM, after which a guess over the first
 * {@link #SAMPLE} characters costs about a millisecond. Page declarations ({@code <html lang>}) are
 * often template defaults, so the text decides; too little text keeps the declared language.
 */
public final class LanguageGuess {
    /** Characters of the body read: enough to tell languages apart, few enough to stay fast. */
    static final int SAMPLE = 600;
    private static final int MIN_LETTERS = 40;

    private static final Language[] LANGUAGES = {ENGLISH, GERMAN, FRENCH, SPANISH, ITALIAN, PORTUGUESE, DUTCH,
        RUSSIAN, UKRAINIAN, POLISH, TURKISH, AZERBAIJANI, ARABIC, PERSIAN, URDU, HINDI, CHINESE, JAPANESE, KOREAN,
        INDONESIAN, SWEDISH, ARMENIAN, GEORGIAN, HEBREW, SWAHILI};

    private LanguageGuess() {}

    private static final class Holder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(LANGUAGES)
            .withLowAccuracyMode().build();
    }

    /** The ISO 639-1 code of the text's language, or {@code declared} when the text cannot tell. */
    public static String of(String text, String declared) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return declared;
        }
        Language found = Holder.DETECTOR.detectLanguageOf(sample);
        if (found == Language.UNKNOWN) {
            return declared;
        }
        return found.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }
}
