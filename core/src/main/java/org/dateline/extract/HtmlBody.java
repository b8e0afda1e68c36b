package org.dateline.extract;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The main text of an HTML page: clean out furniture ({@link PageCleaner}), score containers
 * ({@link ContentScorer}), add sibling blocks that continue the story ({@link SiblingMerger}), prune
 * what sits inside ({@link ConditionalCleaner}) and write the blocks out ({@link BlockText}).
 * Consumes the document: it removes furniture in place, so read metadata first.
 */
final class HtmlBody {
    String text(Document doc) {
        Element root = doc.body() == null ? doc : doc.body();
        PageCleaner.clean(root);
        TextStats stats = TextStats.of(root);
        ContentScorer scorer = ContentScorer.of(root, stats);
        Element top = scorer.top();
        if (top == null) {
            return BlockText.of(List.of(root));
        }
        List<Element> parts = SiblingMerger.merge(top, scorer, stats);
        for (Element part : parts) {
            ConditionalCleaner.clean(part, stats, scorer);
        }
        return BlockText.of(parts);
    }
}
