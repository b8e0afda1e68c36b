package org.dateline.pipeline;

import org.dateline.extract.HtmlExtractor;
import org.dateline.extract.PageTextExtractor;
import org.dateline.ingest.InputException;
import org.dateline.ingest.RawDocument;
import org.dateline.ingest.TextDecoder;
import org.dateline.model.Article;
import org.dateline.model.InputRef;
import org.dateline.model.Published;

/** Raw input to article, by the format the user asked for or the one the content shows. */
public final class Extraction {
    private final PageTextExtractor pages = new PageTextExtractor();
    private final HtmlExtractor html = new HtmlExtractor();

    public Article extract(RawDocument raw, InputFormat requested, Published publishedOverride) throws InputException {
        TextDecoder.Decoded decoded = TextDecoder.decode(raw.bytes());
        String text = decoded.text();
        InputFormat format = requested == InputFormat.AUTO ? InputFormat.detect(text) : requested;
        InputRef input = new InputRef(raw.origin().path(), format.contractName(), raw.origin().warc());
        Article article = switch (format) {
            case BODY -> Article.bodyOnly(input, text);
            case HTML -> html.extract(input, text);
            default -> pages.extract(input, text);
        };
        if (article.text().isBlank()) {
            throw new InputException("no article text found");
        }
        for (String w : decoded.warnings()) {
            article = article.withWarning(w);
        }
        if (publishedOverride != null) {
            article = article.withPublished(publishedOverride);
        }
        return article;
    }
}
