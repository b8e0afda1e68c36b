package org.dateline.model;

import java.util.List;
import java.util.Objects;

/**
 * What extraction makes of one input: the clean body and the page's metadata, before any
 * language analysis.
 *
 * @param url the article's address, or null
 * @param published publication time as the page gave it, or null
 * @param language BCP-47 language code such as {@code en}
 * @param text the body with bylines, timestamps, bios and share lines removed
 * @param warnings notes on anything doubtful found while extracting
 */
public record Article(InputRef input, String url, Source source, String title, List<Author> authors,
                      Published published, String language, String text, List<String> warnings) {
    public Article {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(text, "text");
        source = source == null ? Source.UNKNOWN : source;
        authors = List.copyOf(authors);
        warnings = List.copyOf(warnings);
    }

    /** A body with nothing known about it but its text. */
    public static Article bodyOnly(InputRef input, String text) {
        return new Article(input, null, Source.UNKNOWN, null, List.of(), null, "en", text, List.of());
    }

    public Article withPublished(Published p) {
        return new Article(input, url, source, title, authors, p, language, text, warnings);
    }

    public Article withLanguage(String l) {
        return new Article(input, url, source, title, authors, published, l, text, warnings);
    }

    public Article withWarning(String warning) {
        List<String> w = new java.util.ArrayList<>(warnings);
        w.add(warning);
        return new Article(input, url, source, title, authors, published, language, text, w);
    }
}
