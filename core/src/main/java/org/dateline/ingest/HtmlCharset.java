package org.dateline.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * HTML bytes to text. The charset comes from a byte-order mark, else the transport (HTTP
 * Content-Type), else the page's own {@code <meta charset>} as jsoup finds it in the head. Pages
 * often lie: a page declaring UTF-8 whose bytes are not is read as Windows-1252, and one declaring a
 * legacy charset whose bytes are valid UTF-8 (with non-ASCII) is read as UTF-8; each says so in a
 * warning.
 */
public final class HtmlCharset {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int HEAD = 8192;

    private HtmlCharset() {}

    public static TextDecoder.Decoded decode(byte[] bytes, String transportCharset) throws InputException {
        if (bytes.length == 0) {
            throw new InputException("empty input");
        }
        if (TextDecoder.startsWith(bytes, 0xFE, 0xFF) || TextDecoder.startsWith(bytes, 0xFF, 0xFE)
            || TextDecoder.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return TextDecoder.decode(bytes); // a BOM outranks every declaration
        }
        if (TextDecoder.looksBinary(bytes, 0)) {
            throw new InputException("binary data, not HTML (control bytes in the first "
                + Math.min(bytes.length, HEAD) + " bytes)");
        }
        Charset declared = charset(transportCharset);
        if (declared == null) {
            declared = metaCharset(bytes);
        }
        String utf8 = strictUtf8(bytes);
        if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
            if (utf8 != null) {
                return new TextDecoder.Decoded(utf8, List.of());
            }
            return new TextDecoder.Decoded(new String(bytes, WINDOWS_1252), List.of(declared == null
                ? "no charset declared and the bytes are not UTF-8; read as Windows-1252"
                : "page declares UTF-8 but its bytes are not; read as Windows-1252"));
        }
        if (utf8 != null && !isAscii(bytes)) {
            return new TextDecoder.Decoded(utf8, List.of("page declares " + declared.name()
                + " but its bytes are UTF-8; read as UTF-8"));
        }
        // WHATWG: ISO-8859-1 and US-ASCII labels mean Windows-1252 on the web.
        Charset use = declared.equals(StandardCharsets.ISO_8859_1) || declared.equals(StandardCharsets.US_ASCII)
            ? WINDOWS_1252 : declared;
        return new TextDecoder.Decoded(new String(bytes, use), List.of());
    }

    /** The charset the page's head declares, as jsoup's own detection finds it; null when none. */
    private static Charset metaCharset(byte[] bytes) {
        byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, HEAD));
        String ascii = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (!ascii.contains("charset") && !ascii.contains("encoding")) {
            return null;
        }
        try {
            return Jsoup.parse(new ByteArrayInputStream(head), null, "").charset();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
