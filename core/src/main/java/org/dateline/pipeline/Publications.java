package org.dateline.pipeline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.dateline.model.ArticleRecord;

/**
 * Gives each publication of a body its id, in input order (see
 * {@link ArticleRecord#publicationKey}): the first publication of a body keeps the body's id, a
 * later one under another site or title gets its publication key, and a publication read again
 * gets the id it was given. A run's {@link Duplicates} asks it; the Spark job, which marks no
 * copies, asks it on its driver, so both give the same ids.
 */
public final class Publications {
    /** Where a record goes: its id, and the id of the record it repeats (null for a body's first publication). */
    public record Placed(String id, String copyOf) {}

    /** The id given to each publication key seen. */
    private final Map<String, String> given = new HashMap<>();
    /** Body ids seen: the first publication of each has it as its id. */
    private final Set<String> bodies = new HashSet<>();

    /** Places the next record, in input order, by its body id ({@link ArticleRecord#contentId}) and publication key. */
    public Placed place(String bodyId, String publicationKey) {
        String id = given.get(publicationKey);
        if (id != null) {
            return new Placed(id, id);
        }
        if (bodies.add(bodyId)) {
            given.put(publicationKey, bodyId);
            return new Placed(bodyId, null);
        }
        given.put(publicationKey, publicationKey);
        return new Placed(publicationKey, bodyId);
    }
}
