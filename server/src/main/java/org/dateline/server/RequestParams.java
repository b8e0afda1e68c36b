package org.dateline.server;

import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.dateline.store.query.Filters;
import org.dateline.store.query.StoreQuery;
import org.dateline.store.query.Timelines;

/**
 * Query parameters to store queries, refusing bad values with a 400 that says which. Filters repeat
 * ({@code type=PROTEST&type=ACCUSE}); values are bounded so a request cannot make the store do
 * unbounded work.
 */
final class RequestParams {
    static final int MAX_TEXT = 500;
    static final int MAX_VALUES = 20;

    private RequestParams() {}

    static StoreQuery query(Context ctx, int defaultLimit) {
        String q = text(ctx, "q");
        Filters f;
        try {
            f = new Filters(values(ctx, "type"), values(ctx, "actor"), values(ctx, "source"),
                values(ctx, "factuality"), date(ctx, "from"), date(ctx, "to"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        int offset = integer(ctx, "offset", 0, 0, StoreQuery.MAX_OFFSET);
        int limit = integer(ctx, "limit", defaultLimit, 0, StoreQuery.MAX_LIMIT);
        return new StoreQuery(q, f, offset, limit);
    }

    static Timelines.Interval interval(Context ctx) {
        String v = ctx.queryParam("interval");
        return switch (v == null ? "day" : v) {
            case "day" -> Timelines.Interval.DAY;
            case "week" -> Timelines.Interval.WEEK;
            case "month" -> Timelines.Interval.MONTH;
            case "auto" -> Timelines.Interval.AUTO;
            default -> throw ApiException.badRequest("interval must be day, week, month or auto");
        };
    }

    private static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v != null && v.length() > MAX_TEXT) {
            throw ApiException.badRequest(name + " is longer than " + MAX_TEXT + " characters");
        }
        return v;
    }

    private static List<String> values(Context ctx, String name) {
        List<String> v = ctx.queryParams(name).stream().filter(s -> !s.isBlank()).toList();
        if (v.size() > MAX_VALUES || v.stream().anyMatch(s -> s.length() > MAX_TEXT)) {
            throw ApiException.badRequest("too many or too long " + name + " values");
        }
        return v;
    }

    private static LocalDate date(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeException e) {
            throw ApiException.badRequest(name + " must be a date like 2023-02-28");
        }
    }

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal
        }
        throw ApiException.badRequest(name + " must be a whole number from " + min + " to " + max);
    }
}
