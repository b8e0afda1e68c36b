package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Prunes the chosen content of the furniture that sits inside article containers: link lists,
 * image strips, forms, short labelled boxes. Readability's "clean conditionally": a box with few
 * commas goes when its links, images, list items or inputs outweigh its paragraphs. Boxes are judged
 * innermost first, and a removal is subtracted from the counts of the boxes around it, so a story
 * container is judged by what remains of it, not by the related-links list it used to hold.
 */
final class ConditionalCleaner {
    private static final Set<String> BOXES = Set.of("div", "section", "ul", "ol", "table", "form", "fieldset",
        "aside", "figure", "header", "dl", "center");

    /** A block with this much text of its own is prose: a box holding one is a story with photos, not a photo strip. */
    private static final int PROSE = 100;

    private ConditionalCleaner() {}

    /** A div used as a paragraph: all its text is its own, none in nested blocks. */
    private static boolean paragraphLike(Element e, TextStats.Counts c) {
        return !e.normalName().equals("ul") && !e.normalName().equals("ol") && !e.normalName().equals("table")
            && c.chars > 0 && c.inlineChars >= c.chars && c.linkChars < c.chars;
    }

    static void clean(Element content, TextStats stats, ContentScorer scorer) {
        List<Element> all = new ArrayList<>(content.getAllElements());
        for (int i = all.size() - 1; i >= 0; i--) {
            Element e = all.get(i);
            if (e == content || e.parent() == null || !BOXES.contains(e.normalName()) || !attached(e, content)) {
                continue;
            }
            if (junk(e, stats, scorer)) {
                subtract(e, content, stats);
                e.remove();
            }
        }
    }

    private static boolean junk(Element e, TextStats stats, ContentScorer scorer) {
        TextStats.Counts c = stats.get(e);
        int weight = Boilerplate.weight(e);
        if (weight + scorer.score(e) < 0) {
            return true;
        }
        if (c.commas >= 10 || paragraphLike(e, c)) {
            return false;
        }
        String tag = e.normalName();
        int p = paragraphs(e, stats);
        int img = e.select("img").size();
        int li = e.select("li").size() - 100;
        int inputs = e.select("input, select, textarea").size();
        double links = c.linkDensity();
        boolean list = tag.equals("ul") || tag.equals("ol") || tag.equals("dl") || listText(e) > 0.9 * c.chars;
        if (img > 1 && (double) p / img < 0.5 && !hasProse(e, stats) && e.closest("figure") == null) {
            return true;
        }
        if (!list && li > p) {
            return true;
        }
        if (inputs > p / 3) {
            return true;
        }
        if (!list && c.chars < 25 && (img == 0 || img > 2) && headingChars(e) < 0.9 * c.chars) {
            return true;
        }
        if (list) {
            return links > 0.5;
        }
        return weight < 25 ? links > 0.2 : links > 0.5;
    }

    /** Paragraphs as a reader counts them: p elements, and any block with a paragraph of its own text. */
    private static int paragraphs(Element e, TextStats stats) {
        int n = 0;
        for (Element d : e.getAllElements()) {
            if (d.normalName().equals("p") || !TextStats.INLINE.contains(d.normalName()) && stats.get(d).inlineChars >= 25) {
                n++;
            }
        }
        return n;
    }

    private static boolean hasProse(Element e, TextStats stats) {
        for (Element d : e.getAllElements()) {
            if (stats.get(d).inlineChars >= PROSE && !TextStats.INLINE.contains(d.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static int listText(Element e) {
        int n = 0;
        for (Element li : e.select("li")) {
            n += TextStats.visibleLength(li.text());
        }
        return n;
    }

    private static int headingChars(Element e) {
        int n = 0;
        for (Element h : e.select("h1, h2, h3, h4, h5, h6")) {
            n += TextStats.visibleLength(h.text());
        }
        return n;
    }

    private static boolean attached(Element e, Element content) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == content) {
                return true;
            }
        }
        return false;
    }

    private static void subtract(Element removed, Element content, TextStats stats) {
        TextStats.Counts c = stats.get(removed);
        for (Element p = removed.parent(); p != null; p = p.parent()) {
            TextStats.Counts a = stats.get(p);
            a.chars -= c.chars;
            a.linkChars -= c.linkChars;
            a.commas -= c.commas;
            if (p == content) {
                break;
            }
        }
    }
}
