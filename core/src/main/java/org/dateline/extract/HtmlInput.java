package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Parses a page with bounds on the work it may cause. Real news pages are under 2 MB and nest under
 * 100 levels; pages far past that are generated or hostile. Text beyond {@link #MAX_CHARS} is cut,
 * and elements below {@link #MAX_DEPTH} levels are replaced by their text, so every later pass is
 * linear in the page and no nesting can make a scoring rule walk 100,000 ancestors.
 */
final class HtmlInput {
    static final int MAX_CHARS = 8_000_000;
    static final int MAX_DEPTH = 200;

    private HtmlInput() {}

    static Document parse(String html) {
        String bounded = html.length() > MAX_CHARS ? html.substring(0, MAX_CHARS) : html;
        Document doc = Jsoup.parse(bounded);
        flatten(doc);
        return doc;
    }

    static List<String> warnings(String html) {
        return html.length() > MAX_CHARS
            ? List.of("page cut to its first " + MAX_CHARS + " characters")
            : List.of();
    }

    /** Replaces each element at the depth limit by its text: deeper structure is kept as words only. */
    private static void flatten(Document doc) {
        List<Element> tooDeep = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth >= MAX_DEPTH && node instanceof Element e) {
                    tooDeep.add(e);
                    return FilterResult.SKIP_CHILDREN;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, doc);
        for (Element e : tooDeep) {
            String text = e.text();
            e.empty();
            e.appendText(text);
        }
    }
}
