package org.dateline.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text counts for every element of a subtree, gathered in one iterative pass (no recursion, so a
 * page nested 100,000 levels deep costs no stack): all text below the element, the part of it inside
 * links, commas, and the "inline" text an element owns directly (its text nodes and those of its
 * phrasing children such as {@code <a>}, {@code <b>}, {@code <span>}) — the text a reader sees as
 * this element's own paragraph.
 */
final class TextStats {
    /** Phrasing elements: their text belongs to the nearest enclosing block. */
    static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em",
        "font", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
        "wbr", "br", "img", "picture", "ins", "del", "strike", "tt", "big", "label", "nobr");

    /** Counts for one element. */
    static final class Counts {
        int chars;
        int linkChars;
        int commas;
        int inlineChars;
        int inlineLinkChars;
        int inlineCommas;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    private TextStats() {}

    static TextStats of(Element root) {
        TextStats stats = new TextStats();
        NodeTraversor.traverse(stats.new Visitor(), root);
        return stats;
    }

    Counts get(Element e) {
        return counts.computeIfAbsent(e, k -> new Counts());
    }

    private final class Visitor implements NodeVisitor {
        private final java.util.ArrayDeque<Counts> blocks = new java.util.ArrayDeque<>();
        private int linkDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                Counts c = new Counts();
                counts.put(e, c);
                if (!INLINE.contains(e.normalName()) || blocks.isEmpty()) {
                    blocks.push(c);
                }
                if (e.normalName().equals("a")) {
                    linkDepth++;
                }
            } else if (node instanceof TextNode t && !blocks.isEmpty()) {
                int len = visibleLength(t.getWholeText());
                int commas = commas(t.getWholeText());
                Counts owner = blocks.peek();
                owner.inlineChars += len;
                owner.inlineCommas += commas;
                Counts parent = counts.get((Element) t.parentNode());
                parent.chars += len;
                parent.commas += commas;
                if (linkDepth > 0) {
                    owner.inlineLinkChars += len;
                    parent.linkChars += len;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            Counts c = counts.get(e);
            if (!blocks.isEmpty() && blocks.peek() == c) {
                blocks.pop();
            }
            if (e.normalName().equals("a")) {
                linkDepth--;
            }
            Element parent = e.parent();
            Counts p = parent == null ? null : counts.get(parent);
            if (p != null) {
                p.chars += c.chars;
                p.linkChars += c.linkChars;
                p.commas += c.commas;
            }
        }
    }

    /** Characters a reader sees: whitespace runs count as one. */
    static int visibleLength(String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch) || ch == '\u00a0') {
                if (!space) {
                    n++;
                    space = true;
                }
            } else {
                n++;
                space = false;
            }
        }
        return n;
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == ',' || ch == '\uff0c' || ch == '\u060c') {
                n++;
            }
        }
        return n;
    }
}
