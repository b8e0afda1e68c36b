package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The outlet that published an article. */
@JsonPropertyOrder({"name", "domain", "handles"})
public record Source(String name, String domain, List<String> handles) {
    public static final Source UNKNOWN = new Source(null, null, List.of());

    public Source {
        handles = List.copyOf(handles);
    }

    /**
     * What to call the outlet: its name, else its domain (a page scraped without a site name still
     * says where it came from), else null. Not part of the record's JSON.
     */
    @JsonIgnore
    public String outlet() {
        return name != null ? name : domain;
    }
}
