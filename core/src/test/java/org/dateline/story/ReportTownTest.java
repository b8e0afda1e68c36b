package org.dateline.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The town a report's place lies in, from the article's words: containment, dateline, police. */
class ReportTownTest {
    private static final Set<String> REGIONS = Set.of("illinois", "ky", "utah", "texas");
    private static final Predicate<String> COUNTY = w -> w.toLowerCase(Locale.ROOT).endsWith(" county");

    private static Predicate<String> places(String... names) {
        Set<String> set = Set.of(names);
        return w -> set.contains(w.toLowerCase(Locale.ROOT));
    }

    private static String containing(String text, String place, Predicate<String> isPlace) {
        int at = text.indexOf(place);
        return ReportTown.containing(text, at, at + place.length(), isPlace, REGIONS);
    }

    @Test
    void theTextPutsANeighbourhoodInItsTown() {
        Predicate<String> chicago = places("chicago", "rogers park", "south side");
        assertThat(containing("A man was shot in the Rogers Park neighborhood of Chicago on Sunday.", "Rogers Park", chicago))
            .isEqualTo("Chicago");
        assertThat(containing("He lived in Rogers Park, a neighborhood in Chicago.", "Rogers Park", chicago))
            .isEqualTo("Chicago");
        assertThat(containing("Two were shot on the South Side of Chicago.", "South Side", chicago)).isEqualTo("Chicago");
        assertThat(containing("Two were shot on Chicago's South Side.", "South Side", chicago)).isEqualTo("Chicago");
    }

    @Test
    void aTownNameEndsWhereAScrapedTextGluedTheNextSentenceToIt() {
        // GVA dev: "in the Juniata section of Philadelphia.It happened at 12:30 a.m." named no town
        Predicate<String> philadelphia = places("philadelphia", "juniata");
        assertThat(containing("A boy was shot in the Juniata section of Philadelphia.It happened at 12:30 a.m. Monday.",
            "Juniata", philadelphia)).isEqualTo("Philadelphia");
        assertThat(containing("A boy was shot in the Juniata section of Philadelphia. It happened Monday.",
            "Juniata", philadelphia)).isEqualTo("Philadelphia");
    }

    @Test
    void aContainingNameMustBeAPlaceTheArticleNamesAndNoState() {
        // "Paige Stalker. She's Grosse Pointe ..." is a person, "Illinois" a state
        assertThat(containing("The victim was Paige Stalker. She's Grosse Pointe born.", "Grosse Pointe",
            places("grosse pointe"))).isNull();
        assertThat(containing("Joliet, a city in Illinois, mourned.", "Joliet", places("joliet", "illinois"))).isNull();
        assertThat(containing("A man was shot in Rogers Park on Sunday.", "Rogers Park", places("rogers park"))).isNull();
    }

    @Test
    void theDatelineIsTheTownTheReportWasFiledFrom() {
        Predicate<String> none = places();
        assertThat(ReportTown.dateline("CHICAGO (AP) — Four people were wounded.", none, COUNTY, REGIONS))
            .isEqualTo("CHICAGO");
        assertThat(ReportTown.dateline("Photo: police tape\n\nLOUISVILLE, KY (WAVE) - Police say a man died.", none,
            COUNTY, REGIONS)).isEqualTo("LOUISVILLE");
        assertThat(ReportTown.dateline("SMITHFIELD, Cache County — A girl was found.", none, COUNTY, REGIONS))
            .isEqualTo("SMITHFIELD");
        assertThat(ReportTown.dateline("SPANISH FORK — A discovery was made.", places("spanish fork"), COUNTY, REGIONS))
            .isEqualTo("SPANISH FORK");
    }

    @Test
    void capitalsBeforeADashAreNoDatelineUnlessAPlaceOrAnAgencyOrAStateSaysSo() {
        assertThat(ReportTown.dateline("UPDATE — Police say a man died.", places(), COUNTY, REGIONS)).isNull();
        assertThat(ReportTown.dateline("UTAH — Police say a man died.", places("utah"), COUNTY, REGIONS)).isNull();
        assertThat(ReportTown.dateline("A man died. " + "x".repeat(700) + "\nCHICAGO (AP) — Later.", places(), COUNTY,
            REGIONS)).isNull();
    }

    @Test
    void aTownsPoliceNameTheirTown() {
        assertThat(ReportTown.police("A teen was shot, according to the Memphis Police Department.", places(), COUNTY,
            REGIONS)).isEqualTo("Memphis");
        assertThat(ReportTown.police("Officer Janel Sedevic, a Chicago police spokeswoman, said.", places("chicago"),
            COUNTY, REGIONS)).isEqualTo("Chicago");
    }

    @Test
    void aTownsFireDepartmentNamesItsTownAsItsPoliceDo() {
        // GVA dev: "in the Morgan Park neighborhood Saturday, according to the Chicago Fire Department"
        assertThat(ReportTown.police("Four were wounded, according to the Chicago Fire Department.", places(), COUNTY,
            REGIONS)).isEqualTo("Chicago");
        assertThat(ReportTown.police("The Fire Department said two died.", places(), COUNTY, REGIONS)).isNull();
        assertThat(ReportTown.police("Cook County Fire Department crews responded.", places(), COUNTY, REGIONS)).isNull();
    }

    @Test
    void noTownFromABodysPoliceOrASentencesFirstWord() {
        assertThat(ReportTown.police("Texas State Police said the man died.", places(), COUNTY, REGIONS)).isNull();
        assertThat(ReportTown.police("But police said the man died.", places(), COUNTY, REGIONS)).isNull();
        assertThat(ReportTown.police("UCCS Police said the man died.", places(), COUNTY, REGIONS)).isNull();
        assertThat(ReportTown.police("Cache County Police said the man died.", places(), COUNTY, REGIONS)).isNull();
        assertThat(ReportTown.police("Deputy Police Chief Ann Lee said the man died.", places(), COUNTY, REGIONS)).isNull();
        // GVA dev: "Call police at 202-727-9099" made Call, a town of Texas, the police's town
        Predicate<String> call = places("call", "contact", "meridian");
        assertThat(ReportTown.police("He did not shoot. Call police at 202-727-9099 if you know more.", call, COUNTY, REGIONS)).isNull();
        assertThat(ReportTown.police("Contact Police Detective Ann Lee at 555-0100.", call, COUNTY, REGIONS)).isNull();
        assertThat(ReportTown.police("Meridian police are investigating a shooting.", call, COUNTY, REGIONS)).isEqualTo("Meridian");
    }

    @Test
    void aPagesFurnitureOrATitleBeforePoliceIsNoTown() {
        // GVA dev: "Wilmington, Buy Photo", "South Austin, Related Coverage", "Southeast, Interim"
        assertThat(ReportTown.police("Buy Photo Police tape surrounds the house.", places(), COUNTY, REGIONS)).isNull();
        assertThat(ReportTown.police("Related Coverage Police investigating suspicious death.", places(), COUNTY, REGIONS)).isNull();
        assertThat(ReportTown.police("said Interim Police Chief Peter Newsham.", places(), COUNTY, REGIONS)).isNull();
        // what follows the furniture is still the town: "View Full Caption Chicago Police officers"
        assertThat(ReportTown.police("View Full Caption Chicago Police officers at the scene.", places(), COUNTY, REGIONS))
            .isEqualTo("Chicago");
        assertThat(ReportTown.police("Photo: Courtesy Palmview Police Image 1 of 10", places(), COUNTY, REGIONS))
            .isEqualTo("Palmview");
        // a photo credit's newspaper: "Old Town, Chicago Tribune Chicago", "Dallas, News Terrell"
        assertThat(ReportTown.police("Nuccio DiNuzzo / Chicago Tribune Chicago Police officers investigate", places(), COUNTY,
            REGIONS)).isEqualTo("Chicago");
        assertThat(ReportTown.police("Clearwater Local News Police said", places(), COUNTY, REGIONS)).isNull();
        // a body's police, not a town's: "Brooklyn, Tunnel", "Augusta, Education", "New Orleans, Independent"
        assertThat(ReportTown.police("an MTA Bridge and Tunnel police officer", places(), COUNTY, REGIONS)).isNull();
        assertThat(ReportTown.police("the Richmond County Board of Education Police Department", places(), COUNTY, REGIONS))
            .isNull();
        assertThat(ReportTown.police("the Independent Police Monitor said", places(), COUNTY, REGIONS)).isNull();
        // a saint's town keeps its "St.": "Lake Maggiore, Petersburg" was "St. Petersburg"
        assertThat(ReportTown.police("according to the St. Petersburg Police Department", places(), COUNTY, REGIONS))
            .isEqualTo("St. Petersburg");
    }

    @Test
    void aNameAStateFollowsIsATownThoughACountryBearsItToo() {
        Set<String> regions = Set.of("lebanon", "ohio", "paris", "france");
        assertThat(ReportTown.dateline("Teen shot in Lebanon\n\nLEBANON, Ohio (WKRC) -- A teenager was shot.", places(),
            COUNTY, regions)).isEqualTo("LEBANON");
        assertThat(ReportTown.dateline("LEBANON — A teenager was shot.", places("lebanon"), COUNTY, regions)).isNull();
    }

    @Test
    void aMetropolitanPoliceIsItsTownsPolice() {
        assertThat(ReportTown.police("The Las Vegas Metropolitan Police Department responded.", places(), COUNTY,
            REGIONS)).isEqualTo("Las Vegas");
        assertThat(ReportTown.police("Louisville Metro Police said a man died.", places(), COUNTY, REGIONS))
            .isEqualTo("Louisville");
        assertThat(ReportTown.police("Metro Police said a man died.", places(), COUNTY, REGIONS)).isNull();
        assertThat(ReportTown.police("A Unified Police Department officer said a man died.", places(), COUNTY, REGIONS))
            .isNull();
    }

    @Test
    void aPlaceThatNamesItsTownGetsNoSecondOne() {
        assertThat(ReportTown.withTown("Rogers Park", "Chicago")).isEqualTo("Rogers Park, Chicago");
        assertThat(ReportTown.withTown("CHICAGO", "Chicago")).isEqualTo("CHICAGO");
        assertThat(ReportTown.withTown("Spanish Fork, Utah", "SPANISH FORK")).isEqualTo("Spanish Fork, Utah");
        assertThat(ReportTown.withTown(null, "Chicago")).isEqualTo("Chicago");
        assertThat(ReportTown.withTown("Chicago", null)).isEqualTo("Chicago");
    }

    private static String inTown(String text, String place, Predicate<String> isPlace, boolean small) {
        int at = text.indexOf(place);
        return ReportTown.containing(text, at, at + place.length(), isPlace, COUNTY, REGIONS, small);
    }

    @Test
    void aStreetInATownIsFiledUnderTheTownWhateverTheTaggerMadeOfIt() {
        // GVA dev: "Second Street Southwest in Perham" with Perham tagged a person
        assertThat(inTown("a house on Second Street Southwest in Perham, said police.", "Second Street Southwest",
            places(), true)).isEqualTo("Perham");
        assertThat(inTown("It happened on Hillside Drive in south Jackson.", "Hillside Drive", places(), true))
            .isEqualTo("Jackson");
        assertThat(inTown("the 2400 block of Crescent Drive in the town of Bell.", "Crescent Drive", places(), true))
            .isEqualTo("Bell");
        // a town "in" a name may be in a county or a state; only a street or site is read so
        assertThat(inTown("shot in Rogers Park in Chicago.", "Rogers Park", places(), false)).isNull();
        assertThat(inTown("on Main Street in Cache County.", "Main Street", places(), true)).isNull();
        assertThat(inTown("on Main Street in the morning.", "Main Street", places(), true)).isNull();
        assertThat(inTown("on Main Street in Texas.", "Main Street", places(), true)).isNull();
        // GVA dev: the next sentence's first word joined the town, "Idlewild Street, Jackson. Williamson"
        assertThat(inTown("the block of Idlewild Street in east Jackson. Williamson says she ran.", "Idlewild Street",
            places(), true)).isEqualTo("Jackson");
    }

    @Test
    void aPlaceWithATownAfterItsCommaIsInThatTown() {
        Predicate<String> ny = places("coney island", "brooklyn", "dallas", "austin", "wa");
        assertThat(inTown("a housing development in Coney Island, Brooklyn. Police said", "Coney Island", ny, false))
            .isEqualTo("Brooklyn");
        // a list of places, a county, a postal code or a name the article does not give a place is no town
        assertThat(inTown("in Coney Island, Dallas and Austin.", "Coney Island", ny, false)).isNull();
        assertThat(inTown("in Coney Island, Cache County.", "Coney Island", places("cache county"), false)).isNull();
        assertThat(inTown("in Coney Island, WA.", "Coney Island", ny, false)).isNull();
        assertThat(inTown("in Coney Island, Tuesday.", "Coney Island", ny, false)).isNull();
    }

    @Test
    void aDatelineStateMayBeItsPostalCode() {
        assertThat(ReportTown.dateline("AVONDALE, AZ - Authorities are investigating.", places(), COUNTY, REGIONS))
            .isEqualTo("AVONDALE");
        assertThat(ReportTown.dateline("Teenager Shot\n\n(LAKE STEVENS, WA.) -- The sheriff said.", places(), COUNTY,
            REGIONS)).isEqualTo("LAKE STEVENS");
        assertThat(ReportTown.dateline("BAY MINETTE, AL- A hunting trip ended.", places(), COUNTY, REGIONS))
            .isEqualTo("BAY MINETTE");
        assertThat(ReportTown.dateline("UPDATE, XX - Police said.", places(), COUNTY, REGIONS)).isNull();
    }

    @Test
    void aNameBeforePoliceMidSentenceIsTheirTown() {
        assertThat(ReportTown.police("according to a statement from Hazel Crest police. They", places(), COUNTY, REGIONS))
            .isEqualTo("Hazel Crest");
        assertThat(ReportTown.police("Trinidad police are investigating.", places(), COUNTY, REGIONS)).isNull();
        assertThat(ReportTown.police("the department tweeted a photo of Guidon's police cruiser.", places(), COUNTY,
            REGIONS)).isNull();
        assertThat(ReportTown.police("said Texas state police.", places(), COUNTY, REGIONS)).isNull();
    }
}
