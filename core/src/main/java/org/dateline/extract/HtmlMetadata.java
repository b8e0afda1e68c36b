package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dateline.model.Author;
import org.dateline.model.Published;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an HTML page says about itself: JSON-LD first (what news CMSs fill most carefully), then
 * OpenGraph and {@code article:} meta tags, then microdata and plain elements ({@code <time>},
 * {@code rel=author}, {@code <h1>}, {@code <title>}). Read before the body is extracted, since body
 * extraction removes the page furniture that carries much of this.
 */
record HtmlMetadata(String url, String title, Published published, String outlet, List<Author> authors,
                    String language, List<String> warnings) {
    private static final Pattern BY = Pattern.compile("^(?i)(by|written by|posted by|von|par|por)\\s+");
    private static final String[] PUBLISHED_META = {"article:published_time", "og:published_time", "datePublished",
        "pubdate", "publishdate", "publish-date", "date", "DC.date.issued", "dcterms.created", "sailthru.date",
        "parsely-pub-date", "cXenseParse:recs:publishtime"};

    static HtmlMetadata read(Document doc, JsonLdArticle ld) {
        List<String> warnings = new ArrayList<>();
        String url = first(ld.url(), meta(doc, "og:url"), attr(doc.selectFirst("link[rel=canonical]"), "href"));
        String outlet = first(ld.publisher(), meta(doc, "og:site_name"), meta(doc, "application-name"));
        String title = first(ld.headline(), withoutSiteName(meta(doc, "og:title"), outlet),
            text(doc.selectFirst("h1")), withoutSiteName(doc.title(), outlet));
        Published published = published(doc, ld, warnings);
        String language = language(doc);
        if (!language.equals("en")) {
            warnings.add("page language is '" + language + "'");
        }
        return new HtmlMetadata(url, title, published, outlet, authors(doc, ld, outlet), language, warnings);
    }

    private static Published published(Document doc, JsonLdArticle ld, List<String> warnings) {
        List<String> candidates = new ArrayList<>();
        candidates.add(ld.datePublished());
        for (String name : PUBLISHED_META) {
            candidates.add(meta(doc, name));
        }
        for (Element e : doc.select("[itemprop=datePublished], time[pubdate], time[datetime]")) {
            candidates.add(first(e.attr("content"), e.attr("datetime"), e.text()));
        }
        for (String candidate : candidates) {
            if (candidate == null || candidate.isBlank()) {
                continue;
            }
            Optional<Published> p = parseTime(candidate.strip());
            if (p.isPresent()) {
                if (p.get().time() != null && p.get().offset() == null) {
                    warnings.add("published time has no UTC offset");
                }
                return p.get();
            }
            warnings.add("unreadable published time '" + candidate.strip() + "'");
        }
        warnings.add("no published time found");
        return null;
    }

    /** ISO forms directly; anything else ("Nov 19, 2019 10:32 AM EST") through the page-line timestamp reader. */
    static Optional<Published> parseTime(String s) {
        try {
            return Optional.of(Published.parse(s.replace(' ', 'T')));
        } catch (java.time.DateTimeException e) {
            return TimestampParser.parseSegment(s).map(Stamp::value);
        }
    }

    private static List<Author> authors(Document doc, JsonLdArticle ld, String outlet) {
        List<String> names = new ArrayList<>(ld.authors());
        if (names.isEmpty()) {
            names.addAll(metaAll(doc, "author", "article:author", "parsely-author", "sailthru.author"));
        }
        if (names.isEmpty()) {
            for (Element e : doc.select("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]")) {
                names.add(e.text());
            }
        }
        List<Author> authors = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String raw : names) {
            String name = BY.matcher(raw.strip()).replaceFirst("").strip();
            if (name.isEmpty() || name.startsWith("http") || name.length() > 80 || name.equalsIgnoreCase(outlet)
                || seen.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            seen.add(name.toLowerCase(Locale.ROOT));
            authors.add(new Author(name, null, null));
        }
        return authors;
    }

    private static String language(Document doc) {
        Element html = doc.selectFirst("html");
        String lang = first(html == null ? null : html.attr("lang"), meta(doc, "og:locale"),
            attr(doc.selectFirst("meta[http-equiv=content-language]"), "content"), "en");
        String primary = lang.split("[-_,;\\s]")[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : "en";
    }

    /** "Headline | Outlet" and "Headline - Outlet" to "Headline" when the tail is the outlet's name. */
    static String withoutSiteName(String title, String outlet) {
        if (title == null || outlet == null) {
            return title;
        }
        for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: ", " · "}) {
            int i = title.lastIndexOf(sep);
            if (i > 0 && title.substring(i + sep.length()).strip().equalsIgnoreCase(outlet.strip())) {
                return title.substring(0, i).strip();
            }
        }
        return title;
    }

    static String meta(Document doc, String name) {
        for (Element e : doc.select("meta[content]")) {
            if (name.equalsIgnoreCase(e.attr("property")) || name.equalsIgnoreCase(e.attr("name"))
                || name.equalsIgnoreCase(e.attr("itemprop"))) {
                String v = e.attr("content").strip();
                if (!v.isEmpty()) {
                    return v;
                }
            }
        }
        return null;
    }

    private static List<String> metaAll(Document doc, String... names) {
        List<String> values = new ArrayList<>();
        for (String name : names) {
            for (Element e : doc.select("meta[content]")) {
                if (name.equalsIgnoreCase(e.attr("property")) || name.equalsIgnoreCase(e.attr("name"))) {
                    String v = e.attr("content").strip();
                    if (!v.isEmpty() && !values.contains(v)) {
                        values.add(v);
                    }
                }
            }
        }
        return values;
    }

    private static String attr(Element e, String name) {
        return e == null || e.attr(name).isBlank() ? null : e.attr(name).strip();
    }

    private static String text(Element e) {
        return e == null || e.text().isBlank() ? null : e.text().strip();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
