package org.dateline.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Tells containers apart by their first bytes, as {@code file(1)} does, since names lie
 * ({@code feed.php}, {@code crawl.dat}, stdin has none): a WARC opens with its version line, an
 * ARC with {@code filedesc://}, a feed's first element is {@code rss}, {@code rdf:RDF} or
 * {@code feed}, JSON Lines open with an object. Everything else is one document. A byte-order mark
 * (UTF-8, UTF-16) is looked through, and so is UTF-16 without one where the bytes show it.
 *
 * <p>Before a feed's root may come an XML declaration, comments, processing instructions and a
 * document type declaration, whose internal subset may hold {@code >} in its declarations. They
 * are skipped by a loop, not a regular expression: a page opening with thousands of comments once
 * overflowed the stack of the regular expression that skipped them. When the head ends before the
 * root, the doctype's own root name decides.
 */
public final class Sniffer {
    /** How many bytes of the head sniffing needs. */
    public static final int HEAD = 8192;
    /**
     * How far into a document a prolog of comments and instructions is followed to its root: bytes
     * here ({@link #feedAfterLongProlog}), characters of the decoded text for HTML ({@code InputFormat}).
     */
    public static final int PROLOG = 1 << 20;

    private static final Set<String> FEED_ROOTS = Set.of("rss", "rdf:rdf", "feed");

    private Sniffer() {}

    public static boolean isGzip(byte[] head) {
        return TextDecoder.startsWith(head, 0x1F, 0x8B);
    }

    /** A Zstandard frame, or a skippable frame such as jwarc's dictionary (little-endian 0x184D2A5?). */
    public static boolean isZstd(byte[] head) {
        return TextDecoder.startsWith(head, 0x28, 0xB5, 0x2F, 0xFD)
            || head.length >= 4 && (head[0] & 0xF0) == 0x50 && (head[1] & 0xFF) == 0x2A && (head[2] & 0xFF) == 0x4D
                && (head[3] & 0xFF) == 0x18;
    }

    /** The container the (decompressed) head shows. */
    public static Container detect(byte[] head) {
        String text = text(head);
        if (text.startsWith("WARC/") || text.startsWith("filedesc://")) {
            return Container.WARC;
        }
        String root = xmlRoot(text);
        if (root != null && FEED_ROOTS.contains(root)) {
            return root.equals("feed") ? Container.ATOM : Container.RSS;
        }
        if (text.stripLeading().startsWith("{")) {
            return Container.JSONL;
        }
        return Container.DOCUMENT;
    }

    /**
     * RSS or ATOM when the head ended inside a prolog of comments or instructions ({@link #detect}
     * saw no root there) and the first {@link #PROLOG} bytes of the whole {@code document} show a
     * feed's root after it; null otherwise. A feed opening with 10 KB of comments is a feed, not one
     * article of raw XML.
     */
    public static Container feedAfterLongProlog(byte[] head, byte[] document) {
        String start = text(head, HEAD);
        if (head.length < HEAD || !start.stripLeading().startsWith("<") || xmlRoot(start) != null) {
            return null;
        }
        String root = xmlRoot(text(document, PROLOG));
        return root == null || !FEED_ROOTS.contains(root) ? null : root.equals("feed") ? Container.ATOM : Container.RSS;
    }

    /**
     * The charset of text that starts with {@code head}: UTF-16 by its byte-order mark or, without
     * one, by the zero bytes that ASCII characters get in it; otherwise UTF-8.
     */
    public static Charset charset(byte[] head) {
        if (TextDecoder.startsWith(head, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (TextDecoder.startsWith(head, 0xFF, 0xFE) && !TextDecoder.startsWith(head, 0xFF, 0xFE, 0, 0)) {
            return StandardCharsets.UTF_16LE;
        }
        if (head.length >= 4 && head[0] == 0 && head[1] != 0 && head[2] == 0 && head[3] != 0) {
            return StandardCharsets.UTF_16BE;
        }
        if (head.length >= 4 && head[0] != 0 && head[1] == 0 && head[2] != 0 && head[3] == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return StandardCharsets.UTF_8;
    }

    /** The head as text for sniffing ({@link #text(byte[], int)} of its first {@link #HEAD} bytes). */
    private static String text(byte[] head) {
        return text(head, HEAD);
    }

    /** The first {@code limit} bytes as text for sniffing, without a byte-order mark; bytes that are not UTF-16 map one to one. */
    private static String text(byte[] head, int limit) {
        int length = Math.min(head.length, limit);
        Charset charset = charset(head);
        if (charset != StandardCharsets.UTF_8) {
            String text = new String(head, 0, length - length % 2, charset);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
        int start = TextDecoder.startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        return new String(head, start, length - start, StandardCharsets.ISO_8859_1);
    }

    /**
     * The name of the first element after a prolog of XML declaration, comments, processing
     * instructions and doctype, lower-cased; the doctype's name when the text ends inside the
     * prolog; null when the text does not open as markup. Linear, whatever the prolog holds.
     */
    public static String markupRoot(String text) {
        return xmlRoot(text);
    }

    private static String xmlRoot(String text) {
        String doctype = null;
        int i = skipSpace(text, 0);
        while (i < text.length()) {
            int end;
            if (text.startsWith("<?", i)) {
                end = after(text, i + 2, "?>");
            } else if (text.startsWith("<!--", i)) {
                end = after(text, i + 4, "-->");
            } else if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                doctype = name(text, skipSpace(text, i + 9));
                end = doctypeEnd(text, i + 9);
            } else {
                break;
            }
            if (end < 0) {
                return doctype; // the head ends in the prolog
            }
            i = skipSpace(text, end);
        }
        if (i >= text.length()) {
            return doctype;
        }
        if (text.charAt(i) != '<') {
            return null;
        }
        String name = name(text, i + 1);
        int after = i + 1 + name.length();
        // a name the text ends in may be cut ("<rs" of "<rss" at the head's end): no root yet
        boolean complete = after < text.length() && (Character.isWhitespace(text.charAt(after))
            || text.charAt(after) == '>' || text.charAt(after) == '/');
        return name.isEmpty() || !complete ? null : name;
    }

    /** The end of a doctype: its internal subset may hold {@code >} in declarations, strings and comments. */
    private static int doctypeEnd(String text, int from) {
        int depth = 0;
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                int close = text.indexOf(c, i + 1);
                if (close < 0) {
                    return -1;
                }
                i = close + 1;
            } else if (text.startsWith("<!--", i)) {
                i = after(text, i + 4, "-->");
                if (i < 0) {
                    return -1;
                }
            } else {
                if (c == '[') {
                    depth++;
                } else if (c == ']') {
                    depth = Math.max(0, depth - 1);
                } else if (c == '>' && depth == 0) {
                    return i + 1;
                }
                i++;
            }
        }
        return -1;
    }

    private static int after(String text, int from, String close) {
        int at = text.indexOf(close, from);
        return at < 0 ? -1 : at + close.length();
    }

    /** An XML name at {@code from} (letters, digits, {@code :-_.}), lower-cased; empty when there is none. */
    private static String name(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == ':' || c == '-' || c == '_' || c == '.')) {
                break;
            }
            i++;
        }
        return text.substring(from, i).toLowerCase(Locale.ROOT);
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
