package org.dateline.ingest;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Tells containers apart by their first bytes, as {@code file(1)} does, since names lie
 * ({@code feed.php}, {@code crawl.dat}, stdin has none): a WARC opens with its version line, an
 * ARC with {@code filedesc://}, a feed's first element is {@code rss}, {@code rdf:RDF} or
 * {@code feed}, JSON Lines open with an object. Everything else is one document.
 */
public final class Sniffer {
    /** How many bytes of the head sniffing needs. */
    public static final int HEAD = 8192;

    // Skips an XML declaration, comments, processing instructions and a doctype before the root.
    private static final Pattern FEED_ROOT = Pattern.compile(
        "\\A\\s*(?:<\\?[^>]*>\\s*|<!--.*?-->\\s*|<!DOCTYPE[^>]*>\\s*)*<(rss|rdf:RDF|feed)[\\s>/]",
        Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private Sniffer() {}

    public static boolean isGzip(byte[] head) {
        return TextDecoder.startsWith(head, 0x1F, 0x8B);
    }

    /** The container the (decompressed) head shows. */
    public static Container detect(byte[] head) {
        int start = TextDecoder.startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        String text = new String(head, start, Math.min(head.length, HEAD) - start, StandardCharsets.ISO_8859_1);
        if (text.startsWith("WARC/") || text.startsWith("filedesc://")) {
            return Container.WARC;
        }
        var feed = FEED_ROOT.matcher(text);
        if (feed.find()) {
            return feed.group(1).equalsIgnoreCase("feed") ? Container.ATOM : Container.RSS;
        }
        if (text.stripLeading().startsWith("{")) {
            return Container.JSONL;
        }
        return Container.DOCUMENT;
    }
}
