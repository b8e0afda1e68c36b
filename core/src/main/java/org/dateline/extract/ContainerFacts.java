package org.dateline.extract;

import java.util.List;
import org.dateline.ingest.ItemMeta;
import org.dateline.model.Article;
import org.dateline.model.Source;

/**
 * What a container stated about a document (a feed item's link, title, date and authors; a WARC
 * record's URL) laid over what extraction found: the container states them outright, while an
 * item's HTML fragment rarely carries any.
 */
public final class ContainerFacts {
    private ContainerFacts() {}

    public static Article apply(Article a, ItemMeta m) {
        String url = m.url() != null ? m.url() : a.url();
        Source source = a.source();
        if (source.domain() == null && url != null) {
            source = new Source(source.name(), Hosts.domain(url), source.handles());
        }
        Article article = new Article(a.input(), url, source, m.title() != null ? m.title() : a.title(),
            m.authors().isEmpty() ? a.authors() : m.authors(), m.published() != null ? m.published() : a.published(),
            a.language(), a.text(), a.warnings());
        for (String w : m.warnings()) {
            article = article.withWarning(w);
        }
        return article;
    }

    /** The text of an HTML fragment (a feed summary), paragraphs on their own lines. */
    public static String fragmentText(String html) {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(html);
        // Line breaks in the source are layout, not paragraphs: only block elements break.
        doc.body().select("*").forEach(e -> e.textNodes().forEach(t -> t.text(t.getWholeText().replaceAll("\\s+", " "))));
        doc.select("p, br, li, div, h1, h2, h3, h4, blockquote").forEach(e -> e.prependText("\n"));
        return List.of(doc.body().wholeText().split("\n")).stream().map(String::strip)
            .filter(s -> !s.isEmpty()).reduce((x, y) -> x + "\n\n" + y).orElse("");
    }
}
