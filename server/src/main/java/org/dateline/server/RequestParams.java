package org.dateline.server;

import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.dateline.model.AcledEventType;
import org.dateline.model.AcledSubEventType;
import org.dateline.model.EventType;
import org.dateline.model.Factuality;
import org.dateline.model.Sector;
import org.dateline.model.UnknownValueException;
import org.dateline.model.Vocabularies;
import org.dateline.model.WireName;
import org.dateline.store.query.Filters;
import org.dateline.store.query.StoreQuery;
import org.dateline.store.query.Timelines;

/**
 * Query parameters to store queries, refusing bad values with a 400 that says which. Filters repeat
 * ({@code type=PROTEST&type=ACCUSE}); values are bounded so a request cannot make the store do
 * unbounded work. Filter values (event type, factuality, actor sector, ACLED event type and
 * sub-event type) are read in any case, as they always were, and {@code interval} exactly, as it
 * always was; a value outside its vocabulary is refused with the allowed ones listed. Parameters are
 * read through {@link QueryParams}, so a value that is not well encoded is refused, never skipped.
 */
final class RequestParams {
    static final int MAX_TEXT = 500;
    static final int MAX_VALUES = 20;

    private RequestParams() {}

    static StoreQuery query(Context ctx, int defaultLimit) {
        return query(QueryParams.of(ctx), defaultLimit);
    }

    /** The same from parameters already parsed, for callers without a request (a benchmark's in-process search). */
    static StoreQuery query(QueryParams params, int defaultLimit) {
        String q = text(params, "q");
        Filters f;
        try {
            f = new Filters(vocabulary(params, "type", EventType.class, "event type"), values(params, "actor"),
                values(params, "source"), vocabulary(params, "factuality", Factuality.class, "factuality"),
                vocabulary(params, "sector", Sector.class, "sector"),
                vocabulary(params, "acled", AcledEventType.class, "ACLED event type"),
                vocabulary(params, "acledSubEvent", AcledSubEventType.class, "ACLED sub-event type"),
                date(params, "from"), date(params, "to"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        int offset = integer(params, "offset", 0, 0, StoreQuery.MAX_OFFSET);
        int limit = integer(params, "limit", defaultLimit, 0, StoreQuery.MAX_LIMIT);
        return new StoreQuery(q, f, offset, limit);
    }

    static Timelines.Interval interval(Context ctx) {
        String v = QueryParams.of(ctx).first("interval");
        try {
            return v == null ? Timelines.Interval.DAY : Vocabularies.fromWire(Timelines.Interval.class, v, "interval");
        } catch (UnknownValueException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    static String text(Context ctx, String name) {
        return text(QueryParams.of(ctx), name);
    }

    private static String text(QueryParams params, String name) {
        String v = params.first(name);
        if (v != null && v.length() > MAX_TEXT) {
            throw ApiException.badRequest(name + " is longer than " + MAX_TEXT + " characters");
        }
        return v;
    }

    private static List<String> values(QueryParams params, String name) {
        List<String> v = params.all(name).stream().filter(s -> !s.isBlank()).toList();
        if (v.size() > MAX_VALUES || v.stream().anyMatch(s -> s.length() > MAX_TEXT)) {
            throw ApiException.badRequest("too many or too long " + name + " values");
        }
        return v;
    }

    /** A repeatable vocabulary parameter, each value in any case. */
    private static <E extends Enum<E> & WireName> List<E> vocabulary(QueryParams params, String name, Class<E> type,
                                                                       String what) {
        return values(params, name).stream().map(v -> Vocabularies.fromWireIgnoringCase(type, v, what)).toList();
    }

    static LocalDate date(Context ctx, String name) {
        return date(QueryParams.of(ctx), name);
    }

    private static LocalDate date(QueryParams params, String name) {
        String v = params.first(name);
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
        return integer(QueryParams.of(ctx), name, fallback, min, max);
    }

    private static int integer(QueryParams params, String name, int fallback, int min, int max) {
        String v = params.first(name);
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
