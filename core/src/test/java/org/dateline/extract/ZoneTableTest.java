package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ZoneTableTest {

    @ParameterizedTest
    @CsvSource({
        "GMT,Z", "UTC,Z", "Z,Z", "BST,+01:00", "CET,+01:00", "CEST,+02:00", "EST,-05:00", "EDT,-04:00",
        "CST,-06:00", "CDT,-05:00", "PST,-08:00", "PDT,-07:00", "MSK,+03:00", "IST,+05:30", "JST,+09:00",
        "AZT,+04:00", "EET,+02:00", "AEST,+10:00", "+0400,+04:00", "+04:00,+04:00", "-05,-05:00",
    })
    void parsesAbbreviationsAndNumbers(String token, String offset) {
        assertThat(ZoneTable.parse(token)).contains(ZoneOffset.of(offset));
    }

    @Test
    void unknownTokensAreNotZones() {
        assertThat(ZoneTable.parse("XYZ")).isEmpty();
        assertThat(ZoneTable.parse("ET")).isEmpty();
    }

    @Test
    void regionalZonesFollowTheDate() {
        assertThat(ZoneTable.regional("ET", LocalDateTime.of(2024, 1, 12, 10, 0))).isEqualTo(ZoneOffset.ofHours(-5));
        assertThat(ZoneTable.regional("PT", LocalDateTime.of(2024, 7, 12, 10, 0))).isEqualTo(ZoneOffset.ofHours(-7));
        assertThat(ZoneTable.regional("UK", LocalDateTime.of(2024, 7, 12, 10, 0))).isEqualTo(ZoneOffset.ofHours(1));
    }

    @Test
    void sharedAbbreviationsAreFlagged() {
        assertThat(ZoneTable.isAmbiguous("IST")).isTrue();
        assertThat(ZoneTable.isAmbiguous("CST")).isTrue();
        assertThat(ZoneTable.isAmbiguous("GMT")).isFalse();
    }
}
