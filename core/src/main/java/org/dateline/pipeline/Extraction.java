package org.dateline.pipeline;

import org.dateline.extract.ContainerFacts;
import org.dateline.extract.HtmlExtractor;
import org.dateline.extract.LanguageGuess;
import org.dateline.extract.PageTextExtractor;
import org.dateline.ingest.HtmlCharset;
import org.dateline.ingest.InputException;
import org.dateline.ingest.RawDocument;
import org.dateline.ingest.TextDecoder;
import org.dateline.model.Article;
import org.dateline.model.InputRef;
import org.dateline.model.Published;

/**
 * Raw document to article: by what its container says it is (a WARC response or feed item is HTML,
 * a news-please line's maintext is the body), else by the format the user asked for or the one
 * the content shows. Then the container's own facts, the language of the text, and the user's
 * published time are laid over it.
 */
public final class Extraction {
    /** The warning that marks a record made from a feed item's summary only (docs/CONTRACT.md). */
    public static final String STUB = "stub: feed item without full content";

    private final PageTextExtractor pages = new PageTextExtractor();
    private final HtmlExtractor html = new HtmlExtractor();

    public Article extract(RawDocument raw, InputFormat requested, Published publishedOverride) throws InputException {
        Article article = switch (raw.payload()) {
            case HTML -> fromHtml(raw);
            case BODY -> body(raw);
            case AS_REQUESTED -> asRequested(raw, requested);
        };
        article = ContainerFacts.apply(article, raw.meta());
        if (article.text().isBlank()) {
            throw new InputException("no article text found");
        }
        article = article.withLanguage(LanguageGuess.of(article.text(), article.language()));
        if (publishedOverride != null) {
            article = article.withPublished(publishedOverride);
        }
        return article;
    }

    private Article asRequested(RawDocument raw, InputFormat requested) throws InputException {
        TextDecoder.Decoded decoded = TextDecoder.decode(raw.bytes());
        InputFormat format = requested == InputFormat.AUTO ? InputFormat.detect(decoded.text()) : requested;
        InputRef input = new InputRef(raw.origin().path(), format.recordFormat(), raw.origin().warc());
        return switch (format) {
            case BODY -> withNotes(Article.bodyOnly(input, decoded.text()), decoded);
            case HTML -> {
                // Markup declares its own charset, which the plain-text decoder cannot see.
                TextDecoder.Decoded page = HtmlCharset.decode(raw.bytes(), raw.meta().charset());
                yield withNotes(html.extract(input, page.text()), page);
            }
            default -> withNotes(pages.extract(input, decoded.text()), decoded);
        };
    }

    private Article fromHtml(RawDocument raw) throws InputException {
        TextDecoder.Decoded page = HtmlCharset.decode(raw.bytes(), raw.meta().charset());
        if (raw.meta().stub()) {
            return withNotes(Article.bodyOnly(raw.origin(), ContainerFacts.fragmentText(page.text())), page)
                .withWarning(STUB);
        }
        Article article = html.extract(raw.origin(), page.text());
        if (article.text().isBlank()) {
            // A feed item's content is often too short for main-text scoring: it is all body.
            article = new Article(article.input(), article.url(), article.source(), article.title(), article.authors(),
                article.published(), article.language(), ContainerFacts.fragmentText(page.text()), article.warnings());
        }
        return withNotes(article, page);
    }

    private static Article body(RawDocument raw) throws InputException {
        TextDecoder.Decoded decoded = TextDecoder.decode(raw.bytes());
        return withNotes(Article.bodyOnly(raw.origin(), decoded.text()), decoded);
    }

    private static Article withNotes(Article article, TextDecoder.Decoded decoded) {
        for (String w : decoded.warnings()) {
            article = article.withWarning(w);
        }
        return article;
    }
}
