package org.dateline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The schema.org article object of a page's JSON-LD, if it has one: what most news CMSs emit. */
record JsonLdArticle(String headline, String body, String datePublished, List<String> authors,
                     String publisher, String url) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
        "AnalysisNewsArticle", "BlogPosting", "WebPage", "LiveBlogPosting", "OpinionNewsArticle", "BackgroundNewsArticle");
    private static final JsonLdArticle NONE = new JsonLdArticle(null, null, null, List.of(), null, null);

    static JsonLdArticle find(Document doc) {
        JsonLdArticle best = NONE;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = JSON.readTree(script.data());
                for (JsonNode node : candidates(root)) {
                    JsonLdArticle a = of(node);
                    if (best == NONE || a.rank() > best.rank()) {
                        best = a;
                    }
                }
            } catch (java.io.IOException | RuntimeException e) {
                // Broken JSON-LD is common; the page's other metadata still counts.
            }
        }
        return best;
    }

    private int rank() {
        return (body == null ? 0 : 4) + (headline == null ? 0 : 2) + (datePublished == null ? 0 : 1);
    }

    private static List<JsonNode> candidates(JsonNode root) {
        List<JsonNode> found = new ArrayList<>();
        collect(root, found, 0);
        return found;
    }

    private static void collect(JsonNode node, List<JsonNode> found, int depth) {
        if (node == null || depth > 6) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, found, depth + 1));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode type = node.get("@type");
        boolean article = type != null && (type.isArray()
            ? java.util.stream.StreamSupport.stream(type.spliterator(), false).anyMatch(t -> ARTICLE_TYPES.contains(t.asText()))
            : ARTICLE_TYPES.contains(type.asText()));
        if (article) {
            found.add(node);
        }
        collect(node.get("@graph"), found, depth + 1);
        collect(node.get("mainEntity"), found, depth + 1);
    }

    private static JsonLdArticle of(JsonNode n) {
        List<String> authors = new ArrayList<>();
        JsonNode a = n.get("author");
        if (a != null) {
            for (JsonNode one : a.isArray() ? a : List.of(a)) {
                String name = one.isTextual() ? one.asText() : text(one, "name");
                if (name != null && !authors.contains(name)) {
                    authors.add(name);
                }
            }
        }
        JsonNode publisher = n.get("publisher");
        String publisherName = publisher == null ? null : publisher.isTextual() ? publisher.asText() : text(publisher, "name");
        return new JsonLdArticle(text(n, "headline"), text(n, "articleBody"), text(n, "datePublished"), authors,
            publisherName, text(n, "url"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isValueNode() || v.asText().isBlank() ? null : v.asText();
    }
}
