package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Takes out of a page what is never article text: scripts and controls, hidden elements, navigation,
 * page headers, footers and asides, and elements named as furniture. A furniture-named element that
 * holds most of the page's text is kept: layout wrappers are often called "has-sidebar" or
 * "with-comments" while holding the story.
 */
final class PageCleaner {
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
        "display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

    private PageCleaner() {}

    static void clean(Element root) {
        root.select(Boilerplate.NEVER_TEXT).remove();
        for (Element e : root.select("[style]")) {
            if (HIDDEN_STYLE.matcher(e.attr("style")).find()) {
                e.remove();
            }
        }
        TextStats stats = TextStats.of(root);
        int pageChars = Math.max(1, stats.get(root).chars);
        List<Element> doomed = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e == root) {
                continue;
            }
            boolean furniture = switch (e.normalName()) {
                case "footer", "aside" -> true;
                case "header" -> stats.get(e).chars < 600 || stats.get(e).linkDensity() > 0.3;
                default -> Boilerplate.unlikely(e);
            };
            if (furniture && !(stats.get(e).chars > pageChars * 0.5 && holdsTheStory(e))) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            e.remove();
        }
    }

    /** A page wrapper, not a comment thread: it also holds the headline or the article element. */
    private static boolean holdsTheStory(Element e) {
        return e.selectFirst("h1, article, main, [itemprop=articleBody]") != null;
    }
}
