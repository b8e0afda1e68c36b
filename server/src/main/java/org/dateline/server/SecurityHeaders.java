package org.dateline.server;

import io.javalin.http.Context;
import java.util.Map;

/**
 * Headers on every response. Article text is hostile, so the page runs only our own script files
 * (no inline script, no eval), draws nothing from elsewhere, and cannot be framed; browsers must
 * not sniff a JSON answer into HTML.
 */
final class SecurityHeaders {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
        + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    static final Map<String, String> ALL = Map.of(
        "Content-Security-Policy", CSP,
        "X-Content-Type-Options", "nosniff",
        "X-Frame-Options", "DENY",
        "Referrer-Policy", "no-referrer",
        "Cross-Origin-Opener-Policy", "same-origin",
        "Cache-Control", "no-store");

    private SecurityHeaders() {}

    static void apply(Context ctx) {
        ALL.forEach(ctx::header);
    }
}
