package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The main text of an HTML page: strip what is never article text, find the element whose direct
 * paragraphs hold the most words, and keep its paragraphs and subheadings in order.
 */
final class HtmlBody {
    private static final String NEVER_TEXT = "script, style, noscript, nav, footer, header, aside, form, iframe, "
        + "svg, button, figure figcaption, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
    private static final Set<String> BLOCKS = Set.of("p", "h2", "h3", "h4", "blockquote", "li", "pre");
    private static final String BOILERPLATE_CLASS = "(?i).*(comment|share|social|related|newsletter|subscribe|cookie|promo|advert|"
        + "sidebar|footer|breadcrumb|byline|author-bio|tags|recirc|most-read|popular).*";

    String text(Document doc) {
        Element root = doc.body() == null ? doc : doc.body().clone();
        root.select(NEVER_TEXT).remove();
        for (Element e : new ArrayList<>(root.getAllElements())) {
            String marker = e.className() + " " + e.id();
            if (e != root && marker.matches(BOILERPLATE_CLASS) && !e.tagName().equals("article")) {
                e.remove();
            }
        }
        Element container = bestContainer(root);
        if (container == null) {
            return root.text();
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element e : container.getAllElements()) {
            if (!BLOCKS.contains(e.tagName()) || hasBlockAncestorWithin(e, container)) {
                continue;
            }
            String t = e.text().strip();
            if (!t.isEmpty() && !(e.tagName().equals("li") && t.length() < 40)) {
                paragraphs.add(t);
            }
        }
        return String.join("\n\n", paragraphs);
    }

    private static boolean hasBlockAncestorWithin(Element e, Element container) {
        for (Element p = e.parent(); p != null && p != container; p = p.parent()) {
            if (BLOCKS.contains(p.tagName())) {
                return true;
            }
        }
        return false;
    }

    /** The element whose child paragraphs carry the most text; [itemprop=articleBody] wins outright. */
    private static Element bestContainer(Element root) {
        Element marked = root.selectFirst("[itemprop=articleBody]");
        if (marked != null && marked.text().length() > 200) {
            return marked;
        }
        Element best = null;
        int bestScore = 0;
        Elements paragraphs = root.select("p");
        java.util.Map<Element, Integer> scores = new java.util.HashMap<>();
        for (Element p : paragraphs) {
            int words = p.text().split("\\s+").length;
            if (words < 8) {
                continue;
            }
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            scores.merge(parent, words, Integer::sum);
            if (parent.parent() != null) {
                scores.merge(parent.parent(), words / 2, Integer::sum);
            }
        }
        for (var e : scores.entrySet()) {
            if (e.getValue() > bestScore) {
                bestScore = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }
}
