package org.dateline.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The town a headline names, taken only when the text uses the name as a place. */
class HeadlineTownTest {
    private static final Set<String> REGIONS = Set.of("missouri", "mo.", "texas");
    private static final Predicate<String> REGION = w -> REGIONS.contains(w.toLowerCase(Locale.ROOT));
    private static final Predicate<String> TOWN = w -> !REGION.test(w) && !w.toLowerCase(Locale.ROOT).matches(".*\\b(county|co\\.|hall|street)$");

    private static HeadlineTown.Found find(String title, String text, String... places) {
        Set<String> set = Set.of(places);
        return HeadlineTown.find(title, text, w -> set.contains(w.toLowerCase(Locale.ROOT)), TOWN, REGION,
            w -> w.equals("Facebook"));
    }

    private static String at(HeadlineTown.Found f, String text) {
        return text.substring(f.start(), f.end());
    }

    @Test
    void aKnownTownTheHeadlineNamesAfterInOrBeforeItsPeopleNeedsNoWordOfTheText() {
        // GVA dev: the text never names the town, or the tagger missed it
        Predicate<String> known = n -> KnownTowns.known(n, Set.of());
        String text = "Deputies said the teen died at the scene.";
        assertThat(HeadlineTown.known("Santa Cruz teen shot dead, friend arrested", text, known, REGION))
            .isEqualTo("Santa Cruz");
        assertThat(HeadlineTown.known("Teen fatally shot in head in southwest Macon", text, known, REGION))
            .isEqualTo("Macon");
        // the first so named: Edison is a town too, here a school's namesake
        assertThat(HeadlineTown.known("Five are shot outside southwest Fresno market near Edison High School",
            text, known, REGION)).isEqualTo("Fresno");
        // a county, a day, a town named neither after "in" nor before its people
        assertThat(HeadlineTown.known("3 women killed, man shot, woman kidnapped in Cherokee Co.", text, known, REGION))
            .isNull();
        assertThat(HeadlineTown.known("Man shot on Christmas in front of his family", text, known, REGION)).isNull();
        assertThat(HeadlineTown.known("Atlanta News: teen shot", text, known, REGION)).isNull();
    }

    @Test
    void aTownTheTaggerMissedIsTakenWhereTheTextUsesItAsAPlace() {
        // GVA dev: "Sulphur" untagged, "Summerton" tagged a person
        String sulphur = "A 59-year-old Sulphur man killed his son on Sunday night after posting on Facebook.";
        HeadlineTown.Found f = find("Sulphur man kills 4-year-old, then himself after posting on Facebook", sulphur);
        assertThat(f.name()).isEqualTo("Sulphur");
        assertThat(at(f, sulphur)).isEqualTo("Sulphur");
        String summerton = "A man was placing loaded guns at a home in the 1500 block of Homeward Way in Summerton when one fired.";
        f = find("Summerton man killed in accidental shooting", summerton);
        assertThat(at(f, summerton)).isEqualTo("Summerton");
        assertThat(f.start()).isEqualTo(summerton.indexOf("in Summerton") + 3);
        String joplin = "Police said the girl was shot dead in her Joplin, Missouri home.";
        assertThat(find("Girl shot dead in Joplin home", joplin).name()).isEqualTo("Joplin");
        assertThat(find("Teen fatally shot in head in southwest Macon", "He was shot in southwest Macon on Friday.").name())
            .isEqualTo("Macon");
        assertThat(find("Jasper boy hurt", "Jasper police responded to a call at 24th Street.").name()).isEqualTo("Jasper");
    }

    @Test
    void aNameAfterInIsReadIntoWhatIsThereButANameElsewhereOnlyWhole() {
        assertThat(HeadlineTown.candidates("Five Shot During Party In Kankakee Banquet Hall"))
            .containsExactly("Kankakee Banquet Hall", "Kankakee Banquet", "Kankakee", "Five Shot", "Party");
        assertThat(HeadlineTown.candidates("Atlanta News: 4 dead in Forsyth Co. murder-suicide"))
            .containsExactly("Forsyth Co.", "Forsyth", "Atlanta News");
        assertThat(HeadlineTown.candidates("Shooting in South Shore")).containsExactly("South Shore", "South", "Shore", "Shooting");
    }

    @Test
    void wordsCountiesOrganisationsAndUnconfirmedNamesAreNoTown() {
        // "Police" is also written in lower case; "Paulding" is a county's name; "Facebook" an organisation
        assertThat(find("Police: man shot on Main Street", "The Chief of Police said police found him in Police Plaza.")).isNull();
        assertThat(find("Paulding man shot", "A man was shot in Paulding on Monday, Paulding County deputies said.")).isNull();
        assertThat(find("Facebook post preceded shooting", "He wrote from Facebook before the shooting.")).isNull();
        // the text never uses the name as a place: "of Public Works" is no town "Public"
        assertThat(find("Public Works Updates", "Director of Public Works Tom Smith said the road is closed.")).isNull();
        assertThat(find("Waverly man killed", "The man died on Sunday.")).isNull();
    }

    @Test
    void aHugeTitleIsReadOnlyAsFarAsAHeadlineGoes() {
        // a page whose title is megabytes of capitalised words: each name would be looked for through the whole text
        String title = "Springfield Shelbyville ".repeat(50_000) + "Ogdenville";
        String text = "Police were called to a home in Springfield and in Ogdenville. ".repeat(2_000);
        HeadlineTown.Found f = find(title, text);
        assertThat(f.name()).isEqualTo("Springfield");
        assertThat(HeadlineTown.candidates(title.substring(0, HeadlineTown.MAX_HEADLINE))).hasSizeLessThan(100);
    }

    @Test
    void aPlaceTheArticleNamesConfirmsTheHeadline() {
        String text = "The shooting happened Sunday. Officers from Katy and Houston responded.";
        assertThat(find("Girl, 4, died in apparent murder-suicide in Katy area", text, "katy").name()).isEqualTo("Katy");
    }
}
