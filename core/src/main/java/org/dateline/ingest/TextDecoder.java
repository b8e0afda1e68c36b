package org.dateline.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Bytes to text. UTF-8 (with or without BOM) and UTF-16 with BOM are read as such; bytes that are
 * not valid UTF-8 are read as Windows-1252, the usual encoding of older Western pages, and say so
 * in a warning. Binary input is refused rather than turned into nonsense.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {}

    /** Decoded text and any doubt about it. */
    public record Decoded(String text, List<String> warnings) {}

    public static Decoded decode(byte[] bytes) throws InputException {
        if (bytes.length == 0) {
            throw new InputException("empty input");
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_16), List.of());
        }
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        if (looksBinary(bytes, offset)) {
            throw new InputException("binary data, not text (control bytes in the first "
                + Math.min(bytes.length, SAMPLE) + " bytes)");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            return new Decoded(text, List.of());
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, offset, bytes.length - offset, WINDOWS_1252),
                List.of("input is not valid UTF-8; read as Windows-1252"));
        }
    }

    private static final int SAMPLE = 8192;

    static boolean looksBinary(byte[] bytes, int offset) {
        int end = Math.min(bytes.length, offset + SAMPLE);
        int control = 0;
        for (int i = offset; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > (end - offset) / 20;
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
