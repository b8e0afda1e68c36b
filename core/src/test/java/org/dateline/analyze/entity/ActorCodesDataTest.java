package org.dateline.analyze.entity;



import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.analyze.data.TsvTable;
import org.dateline.model.Sector;
import org.dateline.model.Vocabularies;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Integrity of the bundled data files, checked on the raw text and on the parsed tables. */
class ActorCodesDataTest {
    /** The contract's sector spellings, which the tables must use. */
    private static final Set<String> SECTORS = Set.copyOf(Vocabularies.wireNames(Sector.class));

    private static final List<String> FILES =
            List.of("countries.tsv", "organizations.tsv", "regions.tsv", "places.tsv", "peoples.tsv", "sectors.tsv",
                    "agents.tsv", "actors.tsv");

    private static String raw(String file) throws IOException {
        try (InputStream in = ActorCodes.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyFileHasTheExpectedHeader() {
        assertThat(TsvTable.resource(ActorCodes.class, "countries.tsv").header()).containsExactly(
                "alpha3", "alpha2", "name", "aliases", "demonyms", "people", "capitals");
        assertThat(TsvTable.resource(ActorCodes.class, "organizations.tsv").header())
                .containsExactly("code", "name", "aliases", "sector");
        assertThat(TsvTable.resource(ActorCodes.class, "regions.tsv").header()).containsExactly("name", "aliases", "alpha3");
        assertThat(TsvTable.resource(ActorCodes.class, "places.tsv").header()).containsExactly("name", "aliases", "alpha3", "kind");
        assertThat(TsvTable.resource(ActorCodes.class, "peoples.tsv").header()).containsExactly("people", "adjectives");
        assertThat(TsvTable.resource(ActorCodes.class, "sectors.tsv").header()).containsExactly("phrase", "sector", "strength");
        assertThat(TsvTable.resource(ActorCodes.class, "agents.tsv").header()).containsExactly("phrase", "sector", "strength");
        assertThat(TsvTable.resource(ActorCodes.class, "actors.tsv").header())
                .containsExactly("name", "code", "sector", "valid_from", "valid_to", "default");
    }

    @Test
    void convertedPhoenixTablesNameTheirSourceAndAreContractCoded() throws IOException {
        for (String file : List.of("agents.tsv", "actors.tsv")) {
            assertThat(raw(file)).as(file).contains("openeventdata/petrarch2, commit 676801c, MIT");
        }
        for (TsvTable.Row row : TsvTable.resource(ActorCodes.class, "agents.tsv").rows()) {
            assertThat(SECTORS).as(row.where()).contains(row.get("sector"));
            assertThat(row.get("phrase")).as(row.where()).isEqualTo(row.get("phrase").toLowerCase());
        }
    }

    @Test
    void aMalformedAgentRowIsNamedByFileAndLine() throws IOException {
        TsvTable bad = TsvTable.parse("agents.tsv", new java.io.StringReader(
                "phrase\tsector\tstrength\nrebel\tREB\t\nmedic\tHLH\t\n"));
        assertThatThrownBy(() -> new RoleWords(bad)).hasMessageContaining("agents.tsv:3");
    }

    @Test
    void noFieldOrListItemHasSurroundingWhitespace() throws IOException {
        for (String file : FILES) {
            String text = raw(file);
            assertThat(text).as(file).doesNotContain("\r").doesNotContain("\uFFFD");
            for (String line : text.split("\n")) {
                // A line may end in a tab (an empty last field), never in other white space.
                assertThat(line).as(file).doesNotMatch("(?s).*[\\s&&[^\\t]]");
                if (line.startsWith("#")) {
                    continue;
                }
                for (String field : line.split("\t", -1)) {
                    assertThat(field).as(file + ": " + line).isEqualTo(field.strip());
                    for (String item : field.split("\\|", -1)) {
                        assertThat(item).as(file + ": " + line).isEqualTo(item.strip());
                        if (field.contains("|")) {
                            assertThat(item).as(file + ": empty list item in " + line).isNotEmpty();
                        }
                    }
                }
            }
        }
    }

    @Test
    void atLeast245CountriesWithWellFormedUniqueCodes() {
        TsvTable countries = TsvTable.resource(ActorCodes.class, "countries.tsv");
        assertThat(countries.rows()).hasSizeGreaterThanOrEqualTo(245);
        Set<String> alpha3 = new HashSet<>();
        Set<String> alpha2 = new HashSet<>();
        for (TsvTable.Row row : countries.rows()) {
            assertThat(row.get("alpha3")).matches("[A-Z]{3}");
            assertThat(row.get("alpha2")).matches("[A-Z]{2}");
            assertThat(row.get("name")).as("name of " + row.get("alpha3")).isNotEmpty();
            assertThat(alpha3.add(row.get("alpha3"))).as("repeated " + row.get("alpha3")).isTrue();
            assertThat(alpha2.add(row.get("alpha2"))).as("repeated " + row.get("alpha2")).isTrue();
        }
        assertThat(alpha3).contains("XKX", "PSE", "TWN", "AZE", "ARM", "USA", "GBR", "RUS", "ESH");
    }

    @Test
    void noFoldedNameDemonymOrCapitalBelongsToTwoCountries() {
        Map<String, String> names = new HashMap<>();
        Map<String, String> demonyms = new HashMap<>();
        Map<String, String> capitals = new HashMap<>();
        for (TsvTable.Row row : TsvTable.resource(ActorCodes.class, "countries.tsv").rows()) {
            String code = row.get("alpha3");
            claim(names, row.get("name"), code);
            row.items("aliases").forEach(n -> claim(names, n, code));
            row.items("demonyms").forEach(n -> claim(demonyms, n, code));
            row.items("people").forEach(n -> claim(demonyms, n, code));
            row.items("capitals").forEach(n -> claim(capitals, n, code));
        }
        assertThat(names).hasSizeGreaterThan(500);
    }

    private static void claim(Map<String, String> map, String name, String code) {
        String key = NameKey.isShortAcronym(NameKey.folded(name)) ? NameKey.folded(name) : NameKey.key(name);
        String old = map.putIfAbsent(key, code);
        assertThat(old == null || old.equals(code)).as("'" + name + "' is " + old + " and " + code).isTrue();
    }

    @Test
    void ambiguousTermsFollowTheDocumentedRule() {
        ActorCodes codes = ActorCodes.standard();
        assertThat(codes.countryCode("Congo")).contains("COD");
        assertThat(codes.countryCode("Republic of the Congo")).contains("COG");
        assertThat(codes.countryCode("Congo-Brazzaville")).contains("COG");
        assertThat(codes.demonymCode("Congolese")).contains("COD");
        assertThat(codes.demonymCode("Dominican")).contains("DOM");
        assertThat(codes.countryCode("Dominica")).contains("DMA");
        assertThat(codes.demonymCode("Samoan")).contains("WSM");
        assertThat(codes.demonymCode("American Samoan")).contains("ASM");
        assertThat(codes.countryCode("Guinea")).contains("GIN");
        assertThat(codes.countryCode("Equatorial Guinea")).contains("GNQ");
        assertThat(codes.countryCode("Guinea-Bissau")).contains("GNB");
        assertThat(codes.demonymCode("Papua New Guinean")).contains("PNG");
        assertThat(codes.countryCode("Korea")).isEmpty();
        assertThat(codes.demonymCode("Korean")).isEmpty();
        assertThat(codes.countryCode("Virgin Islands")).isEmpty();
        assertThat(codes.demonymCode("Nigerien")).contains("NER");
        assertThat(codes.demonymCode("Nigerian")).contains("NGA");
    }

    @Test
    void organizationAndRegionCodesAreKnownAndSectorsAreContractSectors() {
        ActorCodes codes = ActorCodes.standard();
        for (TsvTable.Row row : TsvTable.resource(ActorCodes.class, "organizations.tsv").rows()) {
            assertThat(ActorCodes.ORGANIZATION_CODES.contains(row.get("code"))
                    || codes.countryCodes().contains(row.get("code"))).as(row.toString()).isTrue();
            assertThat(row.get("sector").isEmpty() || SECTORS.contains(row.get("sector")))
                    .as(row.toString()).isTrue();
        }
        for (TsvTable.Row row : TsvTable.resource(ActorCodes.class, "regions.tsv").rows()) {
            assertThat(codes.countryCodes()).as(row.toString()).contains(row.get("alpha3"));
        }
        for (TsvTable.Row row : TsvTable.resource(ActorCodes.class, "places.tsv").rows()) {
            assertThat(codes.countryCodes()).as(row.toString()).contains(row.get("alpha3"));
            assertThat(row.get("kind")).as(row.toString()).isIn("state", "city");
            // a place that is also a country's name would be read as the country first: keep it out
            assertThat(codes.countryCode(row.get("name"))).as(row.toString()).isEmpty();
        }
        for (TsvTable.Row row : TsvTable.resource(ActorCodes.class, "sectors.tsv").rows()) {
            assertThat(row.get("phrase")).as("lower case").isEqualTo(row.get("phrase").toLowerCase());
            assertThat(row.get("sector").equals(RoleWords.NONE) || SECTORS.contains(row.get("sector")))
                    .as(row.toString()).isTrue();
            assertThat(row.get("strength")).isIn("", "weak");
        }
    }

    @Test
    void everyContractSectorHasRoleWords() {
        Set<String> used = new HashSet<>();
        TsvTable.resource(ActorCodes.class, "sectors.tsv").rows().forEach(row -> used.add(row.get("sector")));
        assertThat(used).containsAll(SECTORS);
    }

    @Test
    void tablesLoadAndStandardIsShared() {
        assertThatCode(ActorCodes::load).doesNotThrowAnyException();
        assertThat(ActorCodes.standard()).isSameAs(ActorCodes.standard());
    }
}
