package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.InputRef;
import org.dateline.model.Source;
import org.jsoup.nodes.Document;

/**
 * An HTML news page to an article: metadata from JSON-LD, meta tags and markup
 * ({@link HtmlMetadata}), the body from the page's main content ({@link HtmlBody}), or from JSON-LD's
 * articleBody when the markup missed it ({@link BodyChooser}). Hostile input is bounded by
 * {@link HtmlInput}: oversized pages are cut and nesting beyond a fixed depth is flattened.
 */
public final class HtmlExtractor {
    private final HtmlBody bodies = new HtmlBody();

    public Article extract(InputRef input, String html) {
        Document doc = HtmlInput.parse(html);
        List<String> warnings = new ArrayList<>(HtmlInput.warnings(html));
        JsonLdArticle ld = JsonLdArticle.find(doc);
        HtmlMetadata meta = HtmlMetadata.read(doc, ld);
        warnings.addAll(meta.warnings());
        String body = BodyChooser.choose(bodies.text(doc), ld.body());
        String domain = meta.url() == null ? null : Hosts.domain(meta.url());
        return new Article(input, meta.url(), new Source(meta.outlet(), domain, List.of()), meta.title(),
            meta.authors(), meta.published(), meta.language(), body, warnings);
    }
}
