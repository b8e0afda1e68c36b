package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The outlet that published an article. */
@JsonPropertyOrder({"name", "domain", "handles"})
public record Source(String name, String domain, List<String> handles) {
    public static final Source UNKNOWN = new Source(null, null, List.of());

    public Source {
        handles = List.copyOf(handles);
    }
}
