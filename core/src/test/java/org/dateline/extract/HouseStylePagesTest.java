package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.dateline.model.Article;
import org.dateline.model.Author;
import org.junit.jupiter.api.Test;

/**
 * End-to-end pages in different outlets' house styles (invented content, real templates), each
 * with furniture above and below the body.
 */
class HouseStylePagesTest {

    @Test
    void reutersWire() {
        Article a = Pages.extract("reuters-wire.txt");
        assertThat(a.title()).isEqualTo("Russia says Black Sea grain talks will run into next week");
        assertThat(a.published().toIso()).isEqualTo("2024-03-05T10:12:00+00:00");
        assertThat(a.authors()).extracting(Author::name)
            .containsExactly("Guy Faulconbridge", "Jane Doe", "Olena Harmash");
        assertThat(a.source().name()).isEqualTo("Reuters");
        assertThat(a.text()).startsWith("Russia will keep talking about the Black Sea grain corridor")
            .endsWith("Kyiv would not accept new inspection rules.")
            .doesNotContain("MOSCOW", "(Reuters)", "Advertisement", "Reporting by", "Editing by", "Share",
                "Our Standards", "Updated");
        assertThat(a.warnings()).containsExactly("relative time not resolved: 'Updated 2 hours ago'",
            "editing by: Andrew Osborn", "dateline: MOSCOW, March 5 (Reuters)");
    }

    @Test
    void associatedPress() {
        Article a = Pages.extract("ap-kyiv.txt");
        assertThat(a.title()).isEqualTo("Ukraine’s grain exports rise despite drone strikes on Odesa ports");
        assertThat(a.published().toIso()).isEqualTo("2024-03-04T18:42:00+02:00");
        assertThat(a.authors()).extracting(Author::name).containsExactly("Jane Doe", "John Roe");
        assertThat(a.source().name()).isEqualTo("Associated Press");
        assertThat(a.text()).startsWith("Ukraine’s grain exports rose in February, officials said Monday")
            .endsWith("Associated Press writer Ann Poe in Brussels contributed to this report.")
            .doesNotContain("KYIV, Ukraine (AP)", "AP Photo", "Copy Link", "Copyright", "All rights reserved");
        assertThat(a.warnings()).hasSize(2);
        assertThat(a.warnings().get(0)).startsWith("only an updated time found");
        assertThat(a.warnings().get(1)).isEqualTo("dateline: KYIV, Ukraine (AP)");
    }

    @Test
    void afpWithNumericDatesAndPhotoCredits() {
        Article a = Pages.extract("afp-baku.txt");
        assertThat(a.title()).isNull();
        assertThat(a.published().toIso()).isEqualTo("2023-03-01T14:07:00");
        assertThat(a.authors()).isEmpty();
        assertThat(a.source().name()).isEqualTo("AFP");
        assertThat(a.text()).startsWith("Azerbaijan and Armenia will resume border talks in Brussels next week")
            .endsWith("The European Union has hosted several rounds since 2021.")
            .doesNotContain("Photo", "Share on", "Issued on", "(AFP)");
        assertThat(a.warnings()).containsExactly("updated: 2023-03-01T16:30:00",
            "ambiguous numeric date 01/03/2023 read as day/month", "published time has no UTC offset",
            "dateline: BAKU, March 1 (AFP)");
    }

    @Test
    void guardianWithBareNamesAndStandfirst() {
        Article a = Pages.extract("guardian.txt");
        assertThat(a.title()).isEqualTo("Heatwave pushes UK power prices to record high");
        assertThat(a.published().toIso()).isEqualTo("2024-03-04T06:00:00+00:00");
        assertThat(a.authors()).extracting(Author::name).containsExactly("Jane Doe", "John Roe");
        // The standfirst is the outlet's own text, so it stays as the first paragraph.
        assertThat(a.text()).startsWith("Grid operator warns of tight margins as demand for air conditioning soars")
            .endsWith("made the grid lean on gas plants.")
            .doesNotContain("Photograph", "Explore more", "Reuse this content", "Last modified", "Jane Doe");
        assertThat(a.source()).isEqualTo(org.dateline.model.Source.UNKNOWN);
        assertThat(a.warnings()).containsExactly("updated: 2024-03-04T08:12:00+00:00");
    }

    @Test
    void bbcWithLabelOnItsOwnLineAndAffiliation() {
        Article a = Pages.extract("bbc.txt");
        assertThat(a.title()).isEqualTo("Kenya floods: Thousands displaced as dam bursts near Nairobi");
        assertThat(a.published().toIso()).isEqualTo("2024-03-04");
        assertThat(a.authors()).containsExactly(new Author("Jane Wanjiru", null, null));
        assertThat(a.source().name()).isEqualTo("BBC News");
        assertThat(a.text()).startsWith("At least 40 people have died")
            .endsWith("relocate families living near dams.")
            .doesNotContain("Image source", "Image caption", "More on this story", "Published");
        assertThat(a.warnings()).containsExactly("published date has no time of day");
    }

    @Test
    void alJazeeraStaffByline() {
        Article a = Pages.extract("aljazeera.txt");
        assertThat(a.title()).isEqualTo("Israel’s war on Gaza: UN says aid convoys blocked for third day");
        assertThat(a.published().toIso()).isEqualTo("2024-03-04");
        assertThat(a.authors()).isEmpty();
        assertThat(a.source().name()).isEqualTo("Al Jazeera");
        assertThat(a.text()).startsWith("Aid agencies say trucks carrying food")
            .endsWith("told reporters in Geneva.")
            .doesNotContain("Save articles", "Source:", "Published On", "Staff");
        assertThat(a.warnings()).containsExactly("published date has no time of day");
    }

    @Test
    void anadoluPipedHeaderAndPlaceLine() {
        Article a = Pages.extract("anadolu.txt");
        assertThat(a.title()).isEqualTo("Türkiye, Azerbaijan sign energy cooperation deal in Ankara");
        assertThat(a.published().toIso()).isEqualTo("2023-03-01");
        assertThat(a.authors()).extracting(Author::name).containsExactly("Ayse Yilmaz");
        assertThat(a.source().name()).isEqualTo("Anadolu Agency");
        assertThat(a.source().handles()).containsExactly("@anadoluagency");
        assertThat(a.text()).startsWith("Türkiye and Azerbaijan signed an energy cooperation agreement")
            .endsWith("electricity link through Nakhchivan.")
            .doesNotContain("ANKARA", "Follow", "©", "Update");
        assertThat(a.warnings()).containsExactly("updated: 2023-03-02", "published date has no time of day",
            "dateline: ANKARA");
    }

    @Test
    void xinhuaSourceTimestampEditorLine() {
        Article a = Pages.extract("xinhua.txt");
        assertThat(a.title()).isEqualTo("China, Pakistan pledge to deepen all-weather strategic partnership");
        assertThat(a.published().toIso()).isEqualTo("2024-03-05T21:30:15");
        assertThat(a.authors()).isEmpty();
        assertThat(a.source().name()).isEqualTo("Xinhua");
        assertThat(a.text()).startsWith("China and Pakistan on Tuesday pledged")
            .endsWith("according to a joint statement.")
            .doesNotContain("Enditem", "Editor", "--");
        assertThat(a.warnings()).containsExactly("published time has no UTC offset", "editor: Liu Wei",
            "dateline: BEIJING, March 5 (Xinhua)");
    }

    @Test
    void tassSlashedAgencyAndMoscowTime() {
        Article a = Pages.extract("tass.txt");
        assertThat(a.title()).isNull();
        assertThat(a.published().toIso()).isEqualTo("2024-03-05T14:07:00+03:00");
        assertThat(a.source().name()).isEqualTo("TASS");
        assertThat(a.text()).startsWith("Russia’s central bank will keep its key rate unchanged")
            .endsWith("she added.")
            .doesNotContain("/TASS/", "Read more", "All rights reserved");
        assertThat(a.warnings()).containsExactly("dateline: MOSCOW, March 5. /TASS/.");
    }

    @Test
    void blogWithShareButtonsBioAndOwnAddress() {
        Article a = Pages.extract("blog-cms.txt");
        assertThat(a.title()).isEqualTo("Ten years of open data in Baku: what changed");
        assertThat(a.published().toIso()).isEqualTo("2024-03-05");
        assertThat(a.authors()).containsExactly(new Author("Leyla Aliyeva", "@leyla_writes",
            "Leyla Aliyeva is a freelance journalist based in Baku who writes for Caspian Data Review. "
                + "Follow her on Twitter @leyla_writes"));
        assertThat(a.source().name()).isEqualTo("Caspian Data Review");
        assertThat(a.source().domain()).isEqualTo("caspiandatareview.org");
        assertThat(a.source().handles()).isEmpty();
        assertThat(a.url()).isEqualTo("https://caspiandatareview.org/2024/03/05/open-data-baku");
        assertThat(a.text()).startsWith("When the city published its first bus timetable")
            .endsWith("when the portal added an API.")
            .doesNotContain("Share this", "Facebook", "Click here", "* * *", "Subscribe", "Sign up", "©",
                "https://", "Posted on");
        assertThat(a.warnings()).containsExactly("published date has no time of day");
    }

    @Test
    void onlyARelativeUpdatedTime() {
        Article a = Pages.extract("updated-only.txt");
        assertThat(a.title()).isNull();
        assertThat(a.published()).isNull();
        assertThat(a.authors()).isEmpty();
        assertThat(a.source()).isEqualTo(org.dateline.model.Source.UNKNOWN);
        assertThat(a.text()).startsWith("Floodwaters began to recede")
            .endsWith("schools would reopen on Monday.")
            .doesNotContain("Staff Reporter", "Sign up", "Follow us");
        assertThat(a.warnings()).containsExactly("only a relative time found ('Updated 3 hours ago'); "
            + "it cannot be resolved without the time the page was fetched");
    }

    @Test
    void indianAgencyWithoutDashAndAmbiguousZone() {
        Article a = Pages.extract("pti-delhi.txt");
        assertThat(a.title()).isEqualTo("India to host G20 digital ministers in Bengaluru");
        assertThat(a.published().toIso()).isEqualTo("2024-01-12T09:30:00+05:30");
        assertThat(a.authors()).isEmpty();
        assertThat(a.source().name()).isEqualTo("Press Trust of India");
        assertThat(a.source().handles()).containsExactly("@newsdeskindia");
        assertThat(a.text()).startsWith("India will host digital economy ministers")
            .endsWith("officials said.")
            .doesNotContain("(PTI)", "Follow us", "Published");
        assertThat(a.warnings()).containsExactly("zone abbreviation IST is used by several regions; read as UTC+05:30",
            "dateline: New Delhi, Jan 12 (PTI)");
    }
}
