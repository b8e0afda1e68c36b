package org.dateline.extract;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Content elements to the text a reader sees: paragraphs, headings, quotes and lists separated by a
 * blank line, list items and table rows on lines of their own, cells by a space, {@code <br>} as a
 * line break, whitespace runs as one space. Blocks that {@link BlockFilter} calls furniture are
 * skipped whole.
 */
final class BlockText {
    private static final Set<String> LINE = Set.of("li", "tr", "dt", "dd", "option");
    private static final Set<String> CELL = Set.of("td", "th");

    private BlockText() {}

    static String of(List<Element> parts) {
        Writer w = new Writer();
        for (Element part : parts) {
            w.paragraph();
            NodeTraversor.filter(w, part);
        }
        return normalise(w.out);
    }

    /**
     * Writes text with the strongest break asked for since the last word: block edges ask for a
     * paragraph, list items and rows for a line, and each {@code <br>} adds a line, so two in a row
     * make a paragraph.
     */
    private static final class Writer implements NodeFilter {
        final StringBuilder out = new StringBuilder();
        private int pendingBreak;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                text(t.getWholeText());
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (BlockFilter.skip(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                edge(tag);
                if (tag.equals("br")) {
                    pendingBreak = Math.min(2, pendingBreak + 1);
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
                edge(e.normalName());
            }
            return FilterResult.CONTINUE;
        }

        private void edge(String tag) {
            if (CELL.contains(tag)) {
                out.append(' ');
            } else if (LINE.contains(tag)) {
                pendingBreak = Math.max(pendingBreak, 1);
            } else if (!TextStats.INLINE.contains(tag)) {
                paragraph();
            }
        }

        void paragraph() {
            pendingBreak = 2;
        }

        void text(String s) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (Character.isWhitespace(ch) || ch == '\u00a0') {
                    out.append(' ');
                    continue;
                }
                if (pendingBreak > 0) {
                    out.append(pendingBreak == 2 ? "\n\n" : "\n");
                    pendingBreak = 0;
                }
                out.append(ch);
            }
        }
    }

    /** Trims lines, collapses spaces, keeps at most one blank line between paragraphs. */
    static String normalise(CharSequence raw) {
        StringBuilder text = new StringBuilder(raw.length());
        int newlines = 0;
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (ch == '\n') {
                newlines++;
                space = false;
            } else if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\f') {
                space = true;
            } else {
                if (text.length() > 0) {
                    text.append(newlines >= 2 ? "\n\n" : newlines == 1 ? "\n" : space ? " " : "");
                }
                text.append(ch);
                newlines = 0;
                space = false;
            }
        }
        return text.toString();
    }
}
