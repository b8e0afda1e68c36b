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
        ctx.status(status).contentType(TYPE).result(json(status, detail, ctx.path()));
    }

    /**
     * The problem document. {@code instance} is the request path, or null where there is none to
     * trust (a request Jetty could not parse).
     */
    static String json(int status, String detail, String instance) {
        HttpStatus s = HttpStatus.forStatus(status);
        ObjectNode o = RecordJson.mapper().createObjectNode();
        o.put("type", "about:blank");
        o.put("title", s == HttpStatus.UNKNOWN ? "Error" : s.getMessage());
        o.put("status", status);
        if (detail != null) {
            o.put("detail", detail);
        }
        if (instance != null) {
            o.put("instance", instance);
        }
        return o.toString();
    }

    /** Whether the response is a problem already, so a later error hook must not replace its detail. */
    static boolean written(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith(TYPE);
    }
}
