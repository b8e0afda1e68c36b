package org.dateline.analyze.event;

import java.util.ArrayList;
import java.util.List;

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

    Parties withActors(List<String> inherited) {
        return new Parties(inherited, recipients, false, hosted);
    }
}
