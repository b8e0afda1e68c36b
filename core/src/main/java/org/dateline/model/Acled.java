package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * An event's place in ACLED's taxonomy ({@code events[].acled}): disorder type, event type and
 * sub-event type with ACLED's own names. The sub-event type decides the other two, so a record
 * that disagrees with the codebook cannot be built or read.
 */
@JsonPropertyOrder({"disorderType", "eventType", "subEventType"})
public record Acled(AcledDisorderType disorderType, AcledEventType eventType, AcledSubEventType subEventType) {
    public Acled {
        Objects.requireNonNull(subEventType, "subEventType");
        if (eventType != subEventType.eventType() || disorderType != subEventType.disorderType()) {
            throw new IllegalArgumentException("ACLED puts \"" + subEventType + "\" under \""
                + subEventType.eventType() + "\" / \"" + subEventType.disorderType() + "\", not \""
                + eventType + "\" / \"" + disorderType + "\"");
        }
    }

    public static Acled of(AcledSubEventType subEventType) {
        return new Acled(subEventType.disorderType(), subEventType.eventType(), subEventType);
    }
}
