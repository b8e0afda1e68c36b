package org.dateline.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Countries, demonyms, people nouns, capitals and regions. */
class ActorCodesTest {
    private final ActorCodes codes = ActorCodes.standard();

    @Test
    void countryByShortName() {
        assertThat(codes.countryCode("Azerbaijan")).contains("AZE");
        assertThat(codes.countryCode("Armenia")).contains("ARM");
        assertThat(codes.countryCode("Kosovo")).contains("XKX");
        assertThat(codes.countryCode("Taiwan")).contains("TWN");
        assertThat(codes.countryCode("Palestine")).contains("PSE");
    }

    @Test
    void countryByAlias() {
        assertThat(codes.countryCode("United States of America")).contains("USA");
        assertThat(codes.countryCode("America")).contains("USA");
        assertThat(codes.countryCode("Great Britain")).contains("GBR");
        assertThat(codes.countryCode("Britain")).contains("GBR");
        assertThat(codes.countryCode("Russian Federation")).contains("RUS");
        assertThat(codes.countryCode("Islamic Republic of Iran")).contains("IRN");
        assertThat(codes.countryCode("Republic of Korea")).contains("KOR");
        assertThat(codes.countryCode("DPRK")).contains("PRK");
        assertThat(codes.countryCode("Burma")).contains("MMR");
        assertThat(codes.countryCode("Czech Republic")).contains("CZE");
        assertThat(codes.countryCode("DR Congo")).contains("COD");
        assertThat(codes.countryCode("State of Palestine")).contains("PSE");
    }

    @Test
    void turkeyUnderBothNames() {
        assertThat(codes.countryCode("Türkiye")).contains("TUR");
        assertThat(codes.countryCode("Turkiye")).contains("TUR");
        assertThat(codes.countryCode("Turkey")).contains("TUR");
    }

    @Test
    void ivoryCoastWithAndWithoutAccentsAndApostrophes() {
        assertThat(codes.countryCode("Ivory Coast")).contains("CIV");
        assertThat(codes.countryCode("Côte d'Ivoire")).contains("CIV");
        assertThat(codes.countryCode("Cote d’Ivoire")).contains("CIV");
    }

    @Test
    void leadingTheIsIgnored() {
        assertThat(codes.countryCode("the United States")).contains("USA");
        assertThat(codes.countryCode("The Gambia")).contains("GMB");
        assertThat(codes.countryCode("the Netherlands")).contains("NLD");
        assertThat(codes.countryCode("Bahamas")).contains("BHS");
    }

    @Test
    void possessivesAreIgnored() {
        assertThat(codes.countryCode("Azerbaijan's")).contains("AZE");
        assertThat(codes.countryCode("Azerbaijan’s")).contains("AZE");
        assertThat(codes.countryCode("the Philippines'")).contains("PHL");
        assertThat(codes.countryCode("U.S.'s")).contains("USA");
    }

    @Test
    void caseDoesNotMatter() {
        assertThat(codes.countryCode("AZERBAIJAN")).contains("AZE");
        assertThat(codes.countryCode("azerbaijan")).contains("AZE");
        assertThat(codes.countryCode("united kingdom")).contains("GBR");
    }

    @Test
    void shortAcronymsMatchOnlyInCapitals() {
        assertThat(codes.countryCode("U.S.")).contains("USA");
        assertThat(codes.countryCode("US")).contains("USA");
        assertThat(codes.countryCode("USA")).contains("USA");
        assertThat(codes.countryCode("U.K.")).contains("GBR");
        assertThat(codes.countryCode("UAE")).contains("ARE");
        assertThat(codes.countryCode("CAR")).contains("CAF");
        assertThat(codes.countryCode("us")).isEmpty();
        assertThat(codes.countryCode("Us")).isEmpty();
        assertThat(codes.countryCode("car")).isEmpty();
    }

    @Test
    void homonymsMatchInAnyCaseSoCallersPassNamedEntities() {
        // Documented: matching is case-insensitive; callers pass capitalised NER spans.
        assertThat(codes.countryCode("Chad")).contains("TCD");
        assertThat(codes.countryCode("turkey")).contains("TUR");
        assertThat(codes.countryCode("Jordan")).contains("JOR");
        assertThat(codes.countryCode("Georgia")).contains("GEO");
        assertThat(codes.countryCode("Niger")).contains("NER");
    }

    @Test
    void spellingVariants() {
        assertThat(codes.countryCode("Guinea Bissau")).contains("GNB");
        assertThat(codes.countryCode("Trinidad & Tobago")).contains("TTO");
        assertThat(codes.countryCode("St. Lucia")).contains("LCA");
        assertThat(codes.countryCode("St Lucia")).contains("LCA");
        assertThat(codes.countryCode("Sao Tome and Principe")).contains("STP");
        assertThat(codes.countryCode("Bosnia-Herzegovina")).contains("BIH");
    }

    @Test
    void nonCountries() {
        assertThat(codes.countryCode("Kurdistan")).isEmpty();
        assertThat(codes.countryCode("Gaza")).isEmpty();
        assertThat(codes.countryCode("Azerbaijani")).isEmpty();
        assertThat(codes.countryCode("Baku")).isEmpty();
        assertThat(codes.countryCode("")).isEmpty();
        assertThat(codes.countryCode(null)).isEmpty();
        assertThat(codes.countryCode("AZE")).isEmpty();
    }

    @Test
    void demonymAdjectives() {
        assertThat(codes.demonymCode("Azerbaijani")).contains("AZE");
        assertThat(codes.demonymCode("Azeri")).contains("AZE");
        assertThat(codes.demonymCode("Russian")).contains("RUS");
        assertThat(codes.demonymCode("American")).contains("USA");
        assertThat(codes.demonymCode("British")).contains("GBR");
        assertThat(codes.demonymCode("Israeli")).contains("ISR");
        assertThat(codes.demonymCode("Palestinian")).contains("PSE");
        assertThat(codes.demonymCode("Ukrainian")).contains("UKR");
        assertThat(codes.demonymCode("Turkish")).contains("TUR");
        assertThat(codes.demonymCode("Chinese")).contains("CHN");
    }

    @Test
    void demonymPeopleNounsAndSingularPersonNouns() {
        assertThat(codes.demonymCode("Armenians")).contains("ARM");
        assertThat(codes.demonymCode("Britons")).contains("GBR");
        assertThat(codes.demonymCode("Briton")).contains("GBR");
        assertThat(codes.demonymCode("Azeris")).contains("AZE");
        assertThat(codes.demonymCode("Azerbaijanis")).contains("AZE");
        assertThat(codes.demonymCode("Poles")).contains("POL");
    }

    @Test
    void demonymsAreCaseAndApostropheTolerant() {
        assertThat(codes.demonymCode("AZERBAIJANI")).contains("AZE");
        assertThat(codes.demonymCode("azeri")).contains("AZE");
        assertThat(codes.demonymCode("Armenians'")).contains("ARM");
        assertThat(codes.demonymCode("Bissau-Guinean")).contains("GNB");
    }

    @Test
    void statelessPeoplesHaveNoDemonymCode() {
        assertThat(codes.demonymCode("Kurds")).isEmpty();
        assertThat(codes.demonymCode("Kurdish")).isEmpty();
        assertThat(codes.demonymCode("Azerbaijan")).isEmpty();
    }

    @Test
    void peopleNouns() {
        assertThat(codes.isPeopleNoun("Armenians")).isTrue();
        assertThat(codes.isPeopleNoun("Azerbaijanis")).isTrue();
        assertThat(codes.isPeopleNoun("Azeris")).isTrue();
        assertThat(codes.isPeopleNoun("Kurds")).isTrue();
        assertThat(codes.isPeopleNoun("Palestinians")).isTrue();
        assertThat(codes.isPeopleNoun("armenians")).isTrue();
    }

    @Test
    void adjectivesAndSingularsAreNotPeopleNouns() {
        assertThat(codes.isPeopleNoun("Armenian")).isFalse();
        assertThat(codes.isPeopleNoun("Chinese")).isFalse();
        assertThat(codes.isPeopleNoun("British")).isFalse();
        assertThat(codes.isPeopleNoun("Armenia")).isFalse();
        assertThat(codes.isPeopleNoun(null)).isFalse();
    }

    @Test
    void countryNameByCode() {
        assertThat(codes.countryName("AZE")).contains("Azerbaijan");
        assertThat(codes.countryName("TUR")).contains("Türkiye");
        assertThat(codes.countryName("XKX")).contains("Kosovo");
        assertThat(codes.countryName("aze")).isEmpty();
        assertThat(codes.countryName("ZZZ")).isEmpty();
        assertThat(codes.countryName(null)).isEmpty();
    }

    @Test
    void alpha3ByAlpha2() {
        assertThat(codes.alpha3("AZ")).contains("AZE");
        assertThat(codes.alpha3("GB")).contains("GBR");
        assertThat(codes.alpha3("XK")).contains("XKX");
        assertThat(codes.alpha3("UK")).isEmpty();
    }

    @Test
    void capitalsAsMetonyms() {
        assertThat(codes.capitalCode("Baku")).contains("AZE");
        assertThat(codes.capitalCode("Yerevan")).contains("ARM");
        assertThat(codes.capitalCode("Moscow")).contains("RUS");
        assertThat(codes.capitalCode("Kyiv")).contains("UKR");
        assertThat(codes.capitalCode("Kiev")).contains("UKR");
        assertThat(codes.capitalCode("Washington, D.C.")).contains("USA");
        assertThat(codes.capitalCode("Chisinau")).contains("MDA");
        assertThat(codes.capitalCode("Male")).isEmpty();
        assertThat(codes.capitalCode("Jerusalem")).isEmpty();
    }

    @Test
    void regionsAreCodedToTheirCountryNotAliases() {
        assertThat(codes.regionCode("Gaza")).contains("PSE");
        assertThat(codes.regionCode("the Gaza Strip")).contains("PSE");
        assertThat(codes.regionCode("West Bank")).contains("PSE");
        assertThat(codes.regionCode("Crimea")).contains("UKR");
        assertThat(codes.regionCode("Nagorno-Karabakh")).contains("AZE");
        assertThat(codes.regionCode("Karabakh")).contains("AZE");
        assertThat(codes.regionCode("Scotland")).contains("GBR");
        assertThat(codes.regionCode("Kashmir")).isEmpty();
        assertThat(codes.regionCode("Azerbaijan")).isEmpty();
    }

    @Test
    void placesBelowTheCountryGiveTheirCountryForLocalBodies() {
        assertThat(codes.placeCode("Ohio")).contains("USA");
        assertThat(codes.placeCode("N.C.")).contains("USA");
        assertThat(codes.placeCode("Ga.")).contains("USA");
        assertThat(codes.placeCode("Salt Lake City")).contains("USA");
        assertThat(codes.placeCode("Milan")).contains("ITA");
        assertThat(codes.placeCode("Baku")).contains("AZE"); // capitals answer too
        assertThat(codes.placeCode("Crimea")).contains("UKR"); // and regions
        assertThat(codes.placeCode("Georgia")).isEmpty(); // the country's name, not the state's
        assertThat(codes.placeCode("Birmingham")).isEmpty(); // ambiguous: left out
    }

    @Test
    void codeListIsInTableOrderAndComplete() {
        assertThat(codes.countryCodes()).hasSizeGreaterThanOrEqualTo(245).startsWith("AFG");
    }
}
