package org.dateline.pipeline;

import java.util.Locale;
import org.dateline.ingest.Container;
import org.dateline.ingest.Sniffer;
import org.dateline.model.InputRef;

/** How to read an input: the {@code --as} option. */
public enum InputFormat {
    /** Decide per input from its content: containers by their first bytes, pages by their markup. */
    AUTO,
    /** A news page scraped as plain text, with bylines, timestamps and share lines to lift out. */
    PAGE,
    /** The article body itself, verbatim: offsets then refer to the file's own text. */
    BODY,
    /** An HTML page. */
    HTML,
    /** An RSS feed: one record per item. */
    RSS,
    /** An Atom feed: one record per entry. */
    ATOM,
    /** A WARC or ARC web archive: one record per HTML response. */
    WARC,
    /** JSON Lines in news-please style: one record per line. */
    JSONL;

    /** What AUTO makes of a text: HTML when it opens like markup, else a scraped page. */
    public static InputFormat detect(String text) {
        String head = text.stripLeading();
        head = head.substring(0, Math.min(head.length(), 1024)).toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
            && head.contains("<html") || head.startsWith("<head") || head.startsWith("<body")
            || head.startsWith("<!--") && head.contains("<html")) {
            return HTML;
        }
        // A page whose prolog (comments, processing instructions) outruns the 1024 characters above
        // is still a page: read as scraped text, its markup came out as the article.
        String root = Sniffer.markupRoot(text.substring(0, Math.min(text.length(), Sniffer.PROLOG)));
        return root != null && (root.equals("html") || root.equals("head") || root.equals("body")) ? HTML : PAGE;
    }

    /**
     * The container to read inputs as: null lets the content decide; page, body and html read each
     * file whole, as they always did.
     */
    public Container container() {
        return switch (this) {
            case AUTO -> null;
            case PAGE, BODY, HTML -> Container.DOCUMENT;
            case RSS -> Container.RSS;
            case ATOM -> Container.ATOM;
            case WARC -> Container.WARC;
            case JSONL -> Container.JSONL;
        };
    }

    /** The contract's {@code input.format} value: the container's, except that HTML says so. */
    public InputRef.Format recordFormat() {
        return this == HTML ? InputRef.Format.HTML : this == AUTO ? Container.DOCUMENT.recordFormat() : container().recordFormat();
    }
}
