package org.dateline.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dateline.analyze.data.TsvTable;
import org.dateline.analyze.data.UsTowns;
import org.junit.jupiter.api.Test;

/** The table of shared names against the tables it was compiled from. */
class SharedNamesTest {
    /** The story stage's tables, where the towns the Postal Service lists are kept. */
    private static final String DATA = "/org/dateline/analyze/data/";

    /**
     * Its towns are exactly the cities of other countries in places.tsv that the Postal Service's
     * list (analyze/data/us-towns.tsv) also holds, each with the states that list gives it, so a city or a
     * town added to either table is not left out.
     */
    @Test
    void theTownsAreThePlacesTablesForeignCitiesTheUsListsWithTheirStates() {
        Map<String, String> stateByCode = new HashMap<>();
        TsvTable.resource(SharedNamesTest.class, DATA + "state-codes.tsv", "code", "state").rows()
            .forEach(r -> stateByCode.put(r.get("code"), r.get("state")));
        Map<String, Set<String>> expected = new TreeMap<>();
        for (TsvTable.Row r : TsvTable.resource(ActorCodes.class, "places.tsv", "name", "alpha3", "kind").rows()) {
            // names compared as the towns' list folds them: "St. Petersburg" is its "Saint Petersburg"
            Set<String> states = UsTowns.statesOf(r.get("name"));
            if (r.get("kind").equals("city") && !r.get("alpha3").equals("USA") && !states.isEmpty()) {
                expected.put(r.get("name"), new TreeSet<>(states.stream().map(stateByCode::get).toList()));
            }
        }
        Map<String, Set<String>> towns = new TreeMap<>();
        for (TsvTable.Row r : TsvTable.resource(SharedNames.class, "shared-names.tsv", "name", "kind", "states").rows()) {
            if (r.get("kind").equals("city")) {
                towns.put(r.get("name"), new TreeSet<>(r.items("states")));
            }
        }
        assertThat(towns).isEqualTo(expected);
    }
}
