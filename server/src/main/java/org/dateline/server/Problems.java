package org.dateline.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.dateline.json.RecordJson;

/** Errors as RFC 9457 problem details ({@code application/problem+json}). */
final class Problems {
    static final String TYPE = "application/problem+json";

    private Problems() {}

    static void write(Context ctx, int status, String detail) {
        HttpStatus s = HttpStatus.forStatus(status);
        ObjectNode o = RecordJson.mapper().createObjectNode();
        o.put("type", "about:blank");
        o.put("title", s == HttpStatus.UNKNOWN ? "Error" : s.getMessage());
        o.put("status", status);
        if (detail != null) {
            o.put("detail", detail);
        }
        o.put("instance", ctx.path());
        ctx.status(status).contentType(TYPE).result(o.toString());
    }

    /** Whether the response is a problem already, so a later error hook must not replace its detail. */
    static boolean written(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith(TYPE);
    }
}
