package org.dateline.extract;

import java.util.List;
import java.util.Optional;
import org.dateline.model.Published;

/**
 * Chooses the published time among a page's timestamps and says what is doubtful about it. The
 * first published stamp wins; an "updated" time stands in only when nothing else is given, and
 * then with a warning, since the story may be older than its last edit.
 */
final class PublishedResolver {
    private PublishedResolver() {}

    static Published resolve(List<Stamp> stamps, List<String> warnings) {
        Optional<Stamp> published = first(stamps, Stamp.Kind.PUBLISHED);
        Optional<Stamp> updated = first(stamps, Stamp.Kind.UPDATED);
        Stamp chosen;
        if (published.isPresent()) {
            chosen = published.get();
            for (Stamp s : stamps) {
                if (s.kind() == Stamp.Kind.PUBLISHED && s.value() != null
                    && !s.value().date().equals(chosen.value().date())) {
                    warnings.add("several published dates on the page; using the first ('" + chosen.raw()
                        + "'), not '" + s.raw() + "'");
                }
            }
            updated.ifPresent(u -> warnings.add("updated: " + u.value().toIso()));
        } else if (updated.isPresent()) {
            chosen = updated.get();
            warnings.add("only an updated time found ('" + chosen.raw()
                + "'); used as published, though the story may be older");
        } else {
            stamps.stream().filter(s -> s.value() == null).findFirst().ifPresentOrElse(
                s -> warnings.add("only a relative time found ('" + s.raw()
                    + "'); it cannot be resolved without the time the page was fetched"),
                () -> warnings.add("no published time found"));
            return null;
        }
        warnings.addAll(chosen.notes());
        Published p = chosen.value();
        if (p.time() == null) {
            warnings.add("published date has no time of day");
        } else if (p.offset() == null) {
            warnings.add("published time has no UTC offset");
        }
        stamps.stream().filter(s -> s.value() == null && s != chosen)
            .forEach(s -> warnings.add("relative time not resolved: '" + s.raw() + "'"));
        return p;
    }

    private static Optional<Stamp> first(List<Stamp> stamps, Stamp.Kind kind) {
        return stamps.stream().filter(s -> s.kind() == kind && s.value() != null).findFirst();
    }
}
