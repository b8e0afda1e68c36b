package org.dateline.store.query;

/** A full-text query (blank for everything) with filters and a page of results. */
public record StoreQuery(String text, Filters filters, int offset, int limit) {
    public static final int MAX_LIMIT = 100;
    /** Deep paging costs the whole prefix; nobody reads past this. */
    public static final int MAX_OFFSET = 10_000;

    public StoreQuery {
        text = text == null ? "" : text.strip();
        filters = filters == null ? Filters.NONE : filters;
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset must be between 0 and " + MAX_OFFSET);
        }
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 0 and " + MAX_LIMIT);
        }
    }

    /** Whether the text uses fuzzy ({@code word~}), prefix ({@code wor*}) or near ({@code "a b"~3}) forms. */
    public boolean expensive() {
        return Queries.expensive(text);
    }

    public static StoreQuery of(String text) {
        return new StoreQuery(text, Filters.NONE, 0, 20);
    }
}
