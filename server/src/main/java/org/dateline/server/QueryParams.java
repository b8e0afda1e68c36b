package org.dateline.server;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request's query string, decoded strictly: {@code +} is a space, {@code %HH} a byte, and the
 * bytes must be UTF-8. Anything else is a 400 naming the parameter, where a lenient decoder would
 * drop it and answer another question than the one asked ({@code q=%zz} would search everything).
 * Parsed once per request and kept on it.
 */
final class QueryParams {
    private static final String ATTRIBUTE = QueryParams.class.getName();
    /** A parameter name quoted in a refusal is cut to this, so a refusal cannot echo a whole URI. */
    static final int MAX_QUOTED_NAME = 40;

    private final Map<String, List<String>> values;

    private QueryParams(Map<String, List<String>> values) {
        this.values = values;
    }

    /** The request's parameters; the first call parses and may refuse the request. */
    static QueryParams of(Context ctx) {
        QueryParams p = ctx.attribute(ATTRIBUTE);
        if (p == null) {
            p = parse(ctx.queryString());
            ctx.attribute(ATTRIBUTE, p);
        }
        return p;
    }

    static QueryParams parse(String query) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String rawName = eq < 0 ? pair : pair.substring(0, eq);
                String name = decode(rawName, null, true);
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1), name, true);
                values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }
        return new QueryParams(values);
    }

    /** The first value of a parameter, or null. */
    String first(String name) {
        List<String> v = values.get(name);
        return v == null ? null : v.get(0);
    }

    /** Every value of a repeated parameter, in order. */
    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /**
     * The last segment of the request's path, decoded as strictly as a parameter (a {@code +} stays
     * itself there): Javalin's own path parameters decode leniently, so {@code /entities/%C3} would
     * look up a key holding U+FFFD and answer 404 instead of saying the request was malformed.
     */
    static String lastPathSegment(Context ctx, String name) {
        String path = ctx.req().getRequestURI();
        return decode(path.substring(path.lastIndexOf('/') + 1), name, false);
    }

    /**
     * Decodes one name or value; {@code name} is the parameter a value belongs to (null: decoding
     * the name); {@code plusIsSpace} in a query string, not in a path.
     */
    private static String decode(String s, String name, boolean plusIsSpace) {
        if (s.indexOf('%') < 0 && (!plusIsSpace || s.indexOf('+') < 0)) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else if (c == '%') {
                int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                int lo = hi < 0 ? -1 : Character.digit(s.charAt(i + 2), 16);
                if (lo < 0) {
                    throw refusal(s, name, "has an invalid percent-encoding (% must be followed by two hex digits)");
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    b = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.write(b, 0, b.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw refusal(s, name, "is not UTF-8 once percent-decoded");
        }
    }

    private static ApiException refusal(String raw, String name, String what) {
        String quoted = name != null ? name : raw;
        if (quoted.length() > MAX_QUOTED_NAME) {
            quoted = quoted.substring(0, MAX_QUOTED_NAME) + "…";
        }
        return ApiException.badRequest((name != null ? "parameter '" : "the parameter name '") + quoted + "' " + what);
    }
}
