package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dateline.model.Article;
import org.dateline.model.Author;
import org.dateline.model.InputRef;
import org.dateline.model.Published;
import org.dateline.model.Source;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTML news page to an article: metadata from JSON-LD, OpenGraph and {@code article:} meta
 * tags, {@code <time datetime>}; the body from JSON-LD's articleBody when the page carries one,
 * else from the block of paragraphs with the most text.
 */
public final class HtmlExtractor {
    private final HtmlBody bodies = new HtmlBody();

    public Article extract(InputRef input, String html) {
        Document doc = Jsoup.parse(html);
        JsonLdArticle ld = JsonLdArticle.find(doc);
        List<String> warnings = new ArrayList<>();
        String body = bodies.text(doc);
        if (ld.body() != null && ld.body().length() > body.length() * 0.8) {
            body = ld.body().strip();
        }
        String url = first(ld.url(), meta(doc, "og:url"), canonical(doc));
        String title = first(ld.headline(), meta(doc, "og:title"), text(doc.selectFirst("h1")), doc.title());
        Published published = publishedTime(doc, ld, warnings);
        String outlet = first(ld.publisher(), meta(doc, "og:site_name"), meta(doc, "application-name"));
        String domain = url == null ? null : Hosts.domain(url);
        List<Author> authors = new ArrayList<>();
        List<String> names = ld.authors().isEmpty() ? metaAll(doc, "author", "article:author") : ld.authors();
        for (String name : names) {
            if (!name.isBlank() && !name.startsWith("http")) {
                authors.add(new Author(name.strip(), null, null));
            }
        }
        String language = language(doc);
        if (!language.equals("en")) {
            warnings.add("page language is '" + language + "'");
        }
        return new Article(input, url, new Source(outlet, domain, List.of()), blankToNull(title), authors,
            published, language, body, warnings);
    }

    private static Published publishedTime(Document doc, JsonLdArticle ld, List<String> warnings) {
        for (String candidate : new String[] {ld.datePublished(), meta(doc, "article:published_time"),
            meta(doc, "datePublished"), meta(doc, "pubdate"), attr(doc.selectFirst("time[datetime]"), "datetime")}) {
            if (candidate == null || candidate.isBlank()) {
                continue;
            }
            try {
                Published p = Published.parse(candidate.strip().replace(' ', 'T'));
                if (p.time() != null && p.offset() == null) {
                    warnings.add("published time has no UTC offset");
                }
                return p;
            } catch (java.time.DateTimeException e) {
                warnings.add("unreadable published time '" + candidate + "'");
            }
        }
        warnings.add("no published time found");
        return null;
    }

    private static String language(Document doc) {
        Element html = doc.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang").strip().toLowerCase(Locale.ROOT);
        if (lang.isEmpty()) {
            lang = first(meta(doc, "og:locale"), "en");
        }
        String primary = lang.split("[-_]")[0].toLowerCase(Locale.ROOT);
        return primary.isEmpty() ? "en" : primary;
    }

    static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        return e == null ? null : blankToNull(e.attr("content"));
    }

    private static List<String> metaAll(Document doc, String... names) {
        List<String> values = new ArrayList<>();
        for (String name : names) {
            for (Element e : doc.select("meta[property=" + name + "], meta[name=" + name + "]")) {
                String v = e.attr("content").strip();
                if (!v.isEmpty() && !values.contains(v)) {
                    values.add(v);
                }
            }
        }
        return values;
    }

    private static String canonical(Document doc) {
        return attr(doc.selectFirst("link[rel=canonical]"), "href");
    }

    private static String attr(Element e, String name) {
        return e == null ? null : blankToNull(e.attr(name));
    }

    private static String text(Element e) {
        return e == null ? null : blankToNull(e.text());
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
