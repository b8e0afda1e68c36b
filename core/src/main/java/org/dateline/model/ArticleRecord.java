package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;

/** The contract record ({@code schema: dateline/1}): one per article, every fact with its spans. */
@JsonPropertyOrder({"schema", "id", "input", "url", "source", "title", "authors", "published",
    "language", "text", "entities", "dates", "statements", "events", "warnings", "duplicateOf"})
public record ArticleRecord(String schema, String id, InputRef input, String url, Source source,
                            String title, List<Author> authors, Published published, String language,
                            String text, List<Entity> entities, List<DateFact> dates,
                            List<Statement> statements, List<Event> events, List<String> warnings,
                            String duplicateOf) {
    public static final String SCHEMA = "dateline/1";

    public ArticleRecord {
        authors = List.copyOf(authors);
        entities = List.copyOf(entities);
        dates = List.copyOf(dates);
        statements = List.copyOf(statements);
        events = List.copyOf(events);
        warnings = List.copyOf(warnings);
    }

    public static ArticleRecord of(Article a, List<Entity> entities, List<DateFact> dates,
                                   List<Statement> statements, List<Event> events, List<String> warnings) {
        return new ArticleRecord(SCHEMA, contentId(a.text()), a.input(), a.url(), a.source(), a.title(),
            a.authors(), a.published(), a.language(), a.text(),
            entities, dates, statements, events, warnings, null);
    }

    /**
     * This record marked as a copy of an earlier one in the same run (additive field, see
     * docs/CONTRACT.md): the same id for an exact copy, another id for a near-duplicate.
     */
    public ArticleRecord withDuplicateOf(String firstId) {
        return new ArticleRecord(schema, id, input, url, source, title, authors, published, language, text,
            entities, dates, statements, events, warnings, firstId);
    }

    /** This record read from {@code input} (the same input named another way, see pipeline.InputPaths). */
    public ArticleRecord withInput(InputRef input) {
        return new ArticleRecord(schema, id, input, url, source, title, authors, published, language, text,
            entities, dates, statements, events, warnings, duplicateOf);
    }

    /**
     * This record as another publication of a body stored or seen first under another site or
     * title: its id becomes its {@link #publicationKey} and it is marked a copy of the first.
     */
    public ArticleRecord asPublication(String firstId) {
        return new ArticleRecord(schema, publicationKey(text, source, title), input, url, source, title, authors,
            published, language, text, entities, dates, statements, events, warnings, firstId);
    }

    /** This record's {@link #publicationKey}. */
    public String publicationKey() {
        return publicationKey(text, source, title);
    }

    /**
     * The record id: SHA-256 of the body after NFC normalisation and whitespace folding, so the
     * same story re-scraped with different line breaks gets the same id.
     */
    public static String contentId(String body) {
        return sha256(normal(body));
    }

    /**
     * Which publication of a body an input is: SHA-256 of the body, the site (the source's domain)
     * and the title, each normalised as {@link #contentId} normalises the body. One body under one
     * site and title is one article however often it is read (the same page scraped again, under
     * another URL variant); under another site or headline it is another publication (a wire story
     * an outlet runs under its own headline, a page whose scraped text is only a site's sign-up
     * form), which the store keeps as an article of its own: its headline and outlet are facts.
     */
    public static String publicationKey(String body, Source source, String title) {
        String domain = source == null || source.domain() == null ? "" : source.domain();
        return sha256(normal(body) + '\u001f' + normal(domain) + '\u001f' + (title == null ? "" : normal(title)));
    }

    private static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    private static String sha256(String s) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
