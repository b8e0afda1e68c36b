package org.dateline.store.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.dateline.store.Fields;

/**
 * Events with facets. The words of a query match an event's evidence sentence and its article's
 * title, so "Lachin" finds the events whose evidence names the road, not every event of an article
 * that mentions it once. Events come in date order, undated ones last.
 */
public final class EventSearch {
    static final Sort BY_DAY = new Sort(byDay(), SortField.FIELD_DOC);

    private EventSearch() {}

    static SortField byDay() {
        SortField f = new SortField(Fields.DAY_N, SortField.Type.LONG);
        f.setMissingValue(Long.MAX_VALUE);
        return f;
    }

    public static EventResult run(IndexSearcher s, StoreQuery q, ActorLabels labels) throws IOException {
        Query query = Queries.of(Fields.EVENT, q);
        CountedSearch.Result counted = CountedSearch.run(s, query, Math.max(1, q.offset() + q.limit()), BY_DAY);
        TopDocs top = counted.top();
        List<EventView> events = new ArrayList<>();
        if (q.limit() > 0) {
            StoredFields stored = s.storedFields();
            for (int i = q.offset(); i < top.scoreDocs.length; i++) {
                events.add(Views.event(stored, top.scoreDocs[i].doc));
            }
        }
        return new EventResult(counted.total(), counted.estimated(), events, labels.facets(s, counted));
    }
}
