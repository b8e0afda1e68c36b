package org.dateline.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Sector;
import org.junit.jupiter.api.Test;

/** Keys of entities no store has given an identity (a record alone, its table rows). */
class EntityKeyTest {
    @Test
    void aNamedEntityIsKeyedByItsName() {
        Entity e = new Entity("E1", "Elnur Mammadov", EntityType.PERSON, List.of(), "AZE", Sector.GOV, null, List.of());
        assertThat(EntityKey.of(e, "abc")).isEqualTo("PERSON:elnur mammadov").isEqualTo(EntityKey.of(e.name(), e.type()));
    }

    /** Two articles' "man" are two people: the key says whose article it is (entities: unnamed). */
    @Test
    void aPersonWithoutANameIsKeyedWithinItsArticle() {
        Entity man = new Entity("E3", "man", EntityType.PERSON, List.of(), null, Sector.CVL, null, false, true, List.of());
        assertThat(EntityKey.of(man, "abc")).isEqualTo("PERSON:man@abc.E3");
        assertThat(EntityKey.of(man, "def")).isNotEqualTo(EntityKey.of(man, "abc"));
        assertThat(EntityKey.isKey(EntityKey.of(man, "abc"))).isTrue();
    }

    /** Two articles' uncoded "Foreign Ministry" may be two countries': keyed within the article, as "man" is. */
    @Test
    void anUncodedOfficeWhoseNameSaysNoOwnerIsKeyedWithinItsArticle() {
        Entity ministry = new Entity("E2", "Foreign Ministry", EntityType.ORGANIZATION, List.of(), null, Sector.GOV, null,
            List.of());
        assertThat(EntityKey.of(ministry, "abc")).isEqualTo("ORGANIZATION:foreign ministry@abc.E2");
        Entity armenian = new Entity("E2", "Foreign Ministry", EntityType.ORGANIZATION, List.of(), "ARM", Sector.GOV, null,
            List.of());
        assertThat(EntityKey.of(armenian, "abc")).isEqualTo("ORGANIZATION:foreign ministry");
    }
}
