package org.dateline.identity;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.Entity;

/**
 * The identities a store would give, computed in memory over articles fed in the order a store
 * would have added them: for a batch run over an archive (the Spark job), which has no store. An
 * article fed twice (the same id) counts once, as a store skips it. {@link #keys()} answers with
 * aliases followed, as a store's readers see them.
 */
public final class BatchIdentities {
    private final IdentityPass pass;
    private final MemoryKnown known = new MemoryKnown(RoleMatch.standard());
    private final Map<String, Map<String, String>> given = new LinkedHashMap<>();

    public BatchIdentities(IdentityPass pass) {
        this.pass = pass;
    }

    /** Resolves one article's entities against every article fed before it. */
    public void add(String articleId, LocalDate day, List<Entity> entities) {
        if (given.containsKey(articleId)) {
            return;
        }
        Map<String, String> keys = new HashMap<>();
        pass.resolve(entities, day, known, known::put).forEach((id, res) -> keys.put(id, res.key()));
        given.put(articleId, keys);
    }

    /** Each article's entity keys by per-article id, each the root of the identity it was given. */
    public Map<String, Map<String, String>> keys() {
        Map<String, Map<String, String>> out = new HashMap<>();
        for (Map.Entry<String, Map<String, String>> a : given.entrySet()) {
            Map<String, String> keys = new HashMap<>();
            a.getValue().forEach((entity, key) -> keys.put(entity, root(key)));
            out.put(a.getKey(), keys);
        }
        return out;
    }

    private String root(String key) {
        Identity at = known.byKey(key);
        return at == null ? key : known.root(at).key();
    }
}
