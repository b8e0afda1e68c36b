package org.dateline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Where a dateline that opens a paragraph ends and its lede starts: hand-made tokens, no CoreNLP. */
class DatelineBreaksTest {
    /**
     * Tokens roughly as CoreNLP's: dotted abbreviations ("N.C."), words with an abbreviation's stop,
     * runs of dashes, each other visible character (so "WINSTON-SALEM" is three tokens, as CoreNLP makes it).
     */
    private static List<TextLimits.Extent> tokens(String text) {
        List<TextLimits.Extent> tokens = new ArrayList<>();
        Matcher m = Pattern.compile("(?:\\p{L}\\.){2,}|[\\p{L}\\p{N}'’]+(?:\\.(?=[ ,]))?|--+|\\S").matcher(text);
        while (m.find()) {
            tokens.add(new TextLimits.Extent(m.start(), m.end(), m.group()));
        }
        return tokens;
    }

    /** The ledes found when every paragraph's first token starts a sentence, as the words they start with. */
    private static List<String> ledes(String text) {
        List<TextLimits.Extent> tokens = tokens(text);
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (i == 0 || text.substring(tokens.get(i - 1).end(), tokens.get(i).begin()).contains("\n")) {
                starts.add(i);
            }
        }
        return DatelineBreaks.after(text, tokens, starts).stream()
            .map(at -> text.substring(at, text.indexOf(' ', at))).toList();
    }

    @Test
    void aDatelineWithItsStateOrAgencyEndsBeforeItsLede() {
        // the parser made "MEMPHIS" the subject of "wounded" and "Three people" its apposition
        assertThat(ledes("MEMPHIS, Tenn. - Three people were wounded in a shooting.")).containsExactly("Three");
        assertThat(ledes("(WMC) - Seven people were shot outside a club.")).containsExactly("Seven");
        assertThat(ledes("SALT LAKE CITY (AP) — Police said two men were hurt.")).containsExactly("Police");
        assertThat(ledes("HOUSTON -- 6 people were injured.")).containsExactly("6");
        assertThat(ledes("AVONDALE, AZ – \"We heard shots,\" a neighbor said.")).containsExactly("\"We");
        assertThat(ledes("Las Vegas, NV (KTNV) -- A 17-year-old was shot in the leg.")).containsExactly("A");
        // CoreNLP writes a hyphenated name as three tokens, as the helper here does
        assertThat(ledes("WINSTON-SALEM, N.C. - Three people were shot.")).containsExactly("Three");
        assertThat(ledes("(WMC-TV) - Seven people were shot outside a club.")).containsExactly("Seven");
        assertThat(ledes("LEXINGTON, Ky. (LEX 18) - Police said two men were hurt.")).containsExactly("Police");
        assertThat(ledes("NEW YORK (CBSNewYork/AP) — A man was shot.")).containsExactly("A");
    }

    @Test
    void aDatelineMayGiveItsDay() {
        // the day in brackets or after the state: the lede was parsed into the dateline's sentence
        assertThat(ledes("INDIANAPOLIS, Ind. (Feb. 20, 2014) — A man was shot.")).containsExactly("A");
        assertThat(ledes("INDIANAPOLIS (July 3, 2015) – Police said two men were hurt.")).containsExactly("Police");
        assertThat(ledes("BARTHOLOMEW COUNTY, Ind. (February 22, 2016) – Two people died.")).containsExactly("Two");
        assertThat(ledes("JAY COUNTY, Ind. (Nov. 18, 2015)— A woman was shot.")).containsExactly("A");
        assertThat(ledes("CHATTANOOGA, Tenn., July 18 (Reuters) - Four Marines were killed.")).containsExactly("Four");
        assertThat(ledes("NEW HAVEN, Conn., Oct. 27 (UPI) - A student was shot.")).containsExactly("A");
        // a day alone is no dateline, nor a state's comma followed by words that are no day
        assertThat(ledes("(Feb. 20, 2014) – A man was shot.")).isEmpty();
        assertThat(ledes("SPRINGFIELD, Mass., Police - A man was shot.")).isEmpty();
    }

    @Test
    void everyParagraphMayOpenWithOne() {
        assertThat(ledes("Police lights.\n\nFORT WORTH -- A woman died Monday.\n\nDALLAS - Two men were shot."))
            .containsExactly("A", "Two");
        // a heading in capitals on the line before is no part of the dateline
        assertThat(ledes("MEMPHIS SHOOTING\nDALLAS - Two men were shot.")).containsExactly("Two");
    }

    @Test
    void wordsThatAreNoDatelineStayInTheirSentence() {
        assertThat(ledes("GUN-RIGHTS groups said the bill fails.")).isEmpty(); // a hyphen joining two words
        assertThat(ledes("COVID-19 deaths rose again.")).isEmpty();
        assertThat(ledes("U.S.–China talks resumed on Monday.")).isEmpty(); // an en dash joining two names
        assertThat(ledes("Memphis - Three people were wounded.")).isEmpty(); // not in capitals, no state or agency
        assertThat(ledes("Police Chief Jones - who spoke Monday - said so.")).isEmpty();
        assertThat(ledes("UPDATE: Police say the road is open.")).isEmpty(); // no dash
        assertThat(ledes("FBI - the agency said on Monday.")).isEmpty(); // the lede would start in lower case
        assertThat(ledes("A - B testing is common.")).isEmpty(); // one letter is no name
        assertThat(ledes("He said so. MEMPHIS - Three people were wounded.")).isEmpty(); // not at a paragraph's start
        assertThat(ledes("MEMPHIS, - Three people were wounded.")).isEmpty(); // a comma with no state
    }
}
