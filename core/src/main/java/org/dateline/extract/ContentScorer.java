package org.dateline.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the article, the way Readability does: every block with a
 * paragraph's worth of its own text scores 1 + its commas + one point per 100 characters (at most
 * 3), discounted by its link text; the score flows to its parent in full, its grandparent by half
 * and further ancestors by ever less. Names weigh in (+25 "article-body", -25 "sidebar"), and a
 * container's total is discounted by its own link density, so a list of headlines loses to prose.
 */
final class ContentScorer {
    private static final Set<String> NOT_SCORED = Set.of("ul", "ol", "li", "dl", "dd", "dt", "table", "tbody",
        "thead", "tr", "th", "figure", "figcaption", "caption", "h1", "html");
    private static final int MIN_BLOCK = 25;
    private static final Set<String> OWN_TEXT_CONTAINERS = Set.of("div", "section", "article", "main", "td");
    private static final int ANCESTORS = 5;
    private static final int RIVALS = 5;
    private static final int MIN_SHARED = 3;

    private final TextStats stats;
    private final Map<Element, Double> scores = new IdentityHashMap<>();

    private ContentScorer(TextStats stats) {
        this.stats = stats;
    }

    private Element top;

    /** Scores every container below root. */
    static ContentScorer of(Element root, TextStats stats) {
        ContentScorer scorer = new ContentScorer(stats);
        scorer.top = scorer.pick(root);
        return scorer;
    }

    /** The best-scoring container, or null when no block has a paragraph of text. */
    Element top() {
        return top;
    }

    private Element pick(Element root) {
        for (Element block : root.getAllElements()) {
            TextStats.Counts c = stats.get(block);
            if (block == root || c.inlineChars < MIN_BLOCK || TextStats.INLINE.contains(block.normalName())
                || NOT_SCORED.contains(block.normalName())) {
                continue;
            }
            double linkShare = (double) c.inlineLinkChars / c.inlineChars;
            double points = (1 + c.inlineCommas + Math.min(c.inlineChars / 100, 3)) * (1 - linkShare);
            if (OWN_TEXT_CONTAINERS.contains(block.normalName())) {
                // Text held directly by a div (br-separated paragraphs) makes the div itself a container.
                scores.merge(block, initial(block) + points, Double::sum);
            }
            Element ancestor = block.parent();
            for (int level = 0; level < ANCESTORS && ancestor != null; level++) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, initial(ancestor) + points / divider, Double::sum);
                if (ancestor == root) {
                    break;
                }
                ancestor = ancestor.parent();
            }
        }
        Element top = null;
        double topScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue() * (1 - stats.get(e.getKey()).linkDensity());
            e.setValue(s);
            if (s > topScore) {
                topScore = s;
                top = e.getKey();
            }
        }
        return top == null ? null : climb(top, root);
    }

    /**
     * Moves up when the runners-up share an ancestor with the winner (a body split into several
     * blocks), or when the parent scores better still.
     */
    private Element climb(Element top, Element root) {
        Element best = climbToSharedAncestor(top, root);
        return climbWhileScoring(best, root);
    }

    private Element climbToSharedAncestor(Element top, Element root) {
        Element best = top;
        double topScore = scores.get(top);
        List<Element> rivals = new ArrayList<>(scores.keySet());
        rivals.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
        rivals = rivals.subList(0, Math.min(RIVALS, rivals.size())).stream()
            .filter(e -> e != top && scores.get(e) >= topScore * 0.75).toList();
        if (rivals.size() >= MIN_SHARED) {
            for (Element parent = top.parent(); parent != null && parent != root; parent = parent.parent()) {
                int holds = 0;
                for (Element rival : rivals) {
                    if (isAncestor(parent, rival)) {
                        holds++;
                    }
                }
                if (holds >= MIN_SHARED) {
                    best = parent;
                    break;
                }
            }
        }
        return best;
    }

    private Element climbWhileScoring(Element top, Element root) {
        double last = scores.getOrDefault(top, 0.0);
        double threshold = last / 3;
        for (Element parent = top.parent(); parent != null && parent != root; parent = parent.parent()) {
            Double s = scores.get(parent);
            if (s == null) {
                continue;
            }
            if (s < threshold) {
                break;
            }
            if (s > last) {
                top = parent;
                break;
            }
            last = s;
        }
        while (top.parent() != null && top.parent() != root && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    /** A container's final score; 0 for elements that hold no scored block. */
    double score(Element e) {
        return scores.getOrDefault(e, 0.0);
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private double initial(Element e) {
        if (scores.containsKey(e)) {
            return 0;
        }
        int tag = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote", "section" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (e.hasAttr("itemprop") && e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            tag += 50;
        }
        return tag + Boilerplate.weight(e);
    }
}
