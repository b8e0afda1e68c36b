package org.dateline.extract;

import org.dateline.model.Article;
import org.dateline.model.InputRef;

/** Small hand-written pages for the HTML rule tests. */
final class HtmlSnippets {
    private HtmlSnippets() {}

    /** A paragraph of prose, distinct per n, long enough to score as story text. */
    static String prose(int n) {
        return "Story sentence " + n + " tells readers what happened, where it happened, and why the officials "
            + "involved said it mattered to the town " + n + ".";
    }

    /** Paragraphs from..to as {@code <p>} elements. */
    static String paragraphs(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i <= to; i++) {
            sb.append("<p>").append(prose(i)).append("</p>\n");
        }
        return sb.toString();
    }

    static String page(String body) {
        return "<!doctype html><html lang=\"en\"><head><title>T</title></head><body>" + body + "</body></html>";
    }

    static Article extract(String html) {
        return new HtmlExtractor().extract(InputRef.of("snippet.html", InputRef.Format.HTML), html);
    }

    static String body(String bodyHtml) {
        return extract(page(bodyHtml)).text();
    }
}
