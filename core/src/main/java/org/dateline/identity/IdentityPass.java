package org.dateline.identity;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Entity;

/**
 * Resolves every entity of one article against the identities known so far, writing each change
 * (a new identity, one updated, an alias) to {@code write} at once so the article's next entity
 * already sees it. The store runs it as it adds an article; a batch pass runs it over an archive in
 * the same order to give the same identities.
 */
public final class IdentityPass {
    private final IdentityResolver resolver;
    private final Spelling spelling;
    private final SectorFamilies families;
    private final OwnerlessNames ownerless = OwnerlessNames.standard();

    public IdentityPass(IdentityResolver resolver, Spelling spelling, SectorFamilies families) {
        this.resolver = resolver;
        this.spelling = spelling;
        this.families = families;
    }

    /** With the project's data: its spelling knowledge ({@link NameVariants}), sector families and role ranks. */
    public static IdentityPass standard() {
        return new IdentityPass(new IdentityResolver(RoleMatch.standard()), NameVariants.standard()::canonical,
            SectorFamilies.standard());
    }

    /**
     * Each entity's resolution by its per-article id. {@code known} must show every identity
     * passed to {@code write} before the next lookup.
     */
    public Map<String, Resolution> resolve(ArticleRecord r, LocalDate day, Known known, Consumer<Identity> write) {
        return resolve(r.entities(), day, known, write);
    }

    /** The same for an article's entities alone (a batch pass need not carry whole records). */
    public Map<String, Resolution> resolve(List<Entity> entities, LocalDate day, Known known, Consumer<Identity> write) {
        Map<String, Resolution> out = new LinkedHashMap<>();
        for (Entity e : entities) {
            if (e.type() == null || e.name() == null || e.name().isBlank() || ownerless.articleOwn(e)) {
                // "a 17-year-old boy", an uncoded "Foreign Ministry": this article's own, no other article's
                continue;
            }
            Profile p = Profile.of(e, day, spelling, families);
            if (p.canonical().isEmpty()) {
                continue;
            }
            Resolution res = resolver.resolve(p, known);
            res.writes().forEach(write);
            out.put(e.id(), res);
        }
        return out;
    }
}
