package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Adds to the winning container the siblings that continue the story: CMSs split a body around
 * ads, embeds and pull quotes into several blocks under one parent. A sibling joins when it scores a
 * fifth of the winner (more easily when it shares the winner's class), or when it is a prose
 * paragraph with few links.
 */
final class SiblingMerger {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"”’)]?(\\s|$)");

    private SiblingMerger() {}

    static List<Element> merge(Element top, ContentScorer scorer, TextStats stats) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = scorer.score(top);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top || joins(sibling, top, topScore, threshold, scorer, stats)) {
                parts.add(sibling);
            }
        }
        return parts;
    }

    private static boolean joins(Element sibling, Element top, double topScore, double threshold,
                                 ContentScorer scorer, TextStats stats) {
        boolean sameKind = !top.className().isEmpty() && sibling.className().equals(top.className());
        double score = scorer.score(sibling);
        if (score > 0 && score + (sameKind ? topScore * 0.2 : 0) >= threshold) {
            return true;
        }
        TextStats.Counts c = stats.get(sibling);
        if (sameKind && c.chars > 0 && c.linkDensity() < 0.3) {
            // The next section of a story built from repeated blocks, its paragraphs too deep to score here.
            return true;
        }
        if (!sibling.normalName().equals("p")) {
            return false;
        }
        double links = c.linkDensity();
        if (c.chars > 80) {
            return links < 0.25;
        }
        return c.chars > 0 && links == 0 && SENTENCE_END.matcher(sibling.text()).find();
    }
}
