package org.dateline.analyze.event;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Who did it and to whom, as entity ids in text order.
 *
 * @param anaphoric the subject names the parties only by reference ("the two officials", "the sides")
 * @param hosted a host verb governs the event noun ("Qatar hosted talks between ...")
 */
record Parties(List<String> actors, List<String> recipients, boolean anaphoric, boolean hosted) {
    static final Parties NONE = new Parties(List.of(), List.of(), false, false);

    Parties {
        actors = List.copyOf(actors.stream().distinct().toList());
        List<String> r = new ArrayList<>(recipients.stream().distinct().toList());
        r.removeAll(actors);
        recipients = List.copyOf(r);
    }

    boolean isEmpty() {
        return actors.isEmpty() && recipients.isEmpty();
    }

    /**
     * Whether some party is more than a person without a name ("a man", entities: unnamed). A
     * dictionary verb is an event only with a party; such a person alone does not make one: "a man
     * was taken to the hospital", "a woman died of cancer", "the man pulled up" are no acts of a
     * party (on the GVA dev texts, 230 events more, most of them none; events-real type F1 down in
     * both sets). Such a person is still the party of an act that is one.
     */
    boolean named(EntityTokens entities) {
        return Stream.concat(actors.stream(), recipients.stream())
            .anyMatch(id -> entities.entity(id) == null || !entities.entity(id).unnamed());
    }

    Parties withActors(List<String> inherited) {
        return new Parties(inherited, recipients, false, hosted);
    }
}
