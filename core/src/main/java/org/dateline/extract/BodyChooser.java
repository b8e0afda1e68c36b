package org.dateline.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Chooses between the body found in the page's markup and the JSON-LD {@code articleBody}. The
 * markup keeps the paragraphs, so it wins whenever it holds most of what JSON-LD says; JSON-LD wins
 * when the markup missed the story (script-rendered pages, odd layouts) and JSON-LD's own text is
 * whole. JSON-LD bodies that are teasers ("…") or that carry escaped markup are cleaned or ignored.
 */
final class BodyChooser {
    private static final Pattern MARKUP = Pattern.compile("<(p|div|br|span|a|h\\d|img|iframe|em|strong)\\b|&lt;", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRUNCATED = Pattern.compile("(\\.\\.\\.|…|\\[…\\]|\\[\\.\\.\\.\\])\\s*$");
    private static final int MIN_LD = 200;

    private BodyChooser() {}

    static String choose(String dom, String jsonLd) {
        String ld = clean(jsonLd);
        if (ld == null || ld.length() < MIN_LD || TRUNCATED.matcher(ld).find()) {
            return dom;
        }
        double domHoldsLd = Shingles.coverage(ld, dom);
        if (domHoldsLd >= 0.6) {
            return dom;
        }
        return ld.length() >= dom.length() * 0.5 ? ld : dom;
    }

    /** Plain text from a JSON-LD body, whose markup (sometimes escaped twice) some CMSs leave in. */
    static String clean(String jsonLd) {
        if (jsonLd == null || jsonLd.isBlank()) {
            return null;
        }
        String text = jsonLd;
        for (int i = 0; i < 2 && MARKUP.matcher(text).find(); i++) {
            Document fragment = Jsoup.parseBodyFragment(text.contains("&lt;") ? org.jsoup.parser.Parser.unescapeEntities(text, false) : text);
            fragment.select(Boilerplate.NEVER_TEXT).remove();
            text = BlockText.of(List.of(fragment.body()));
        }
        text = BlockText.normalise(text.replace("\r\n", "\n"));
        return text.isBlank() ? null : text;
    }
}
