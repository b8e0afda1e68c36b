package org.dateline.analyze.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.analyze.date.Snippets.fact;
import static org.dateline.analyze.date.Snippets.resolve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.DateFact;
import org.dateline.model.TimexType;
import org.junit.jupiter.api.Test;

/** The seed article's body, as published 2023-03-01T14:07:00+04:00. */
class SeedArticleDatesTest {
    private static final Pattern DATED = Pattern.compile("(\\d{4})(?:-(\\d\\d)(?:-(\\d\\d))?)?(?:T.*)?");

    static String body() throws IOException {
        String file = Files.readString(Path.of("../examples/azernews-2023-03-01.txt"), StandardCharsets.UTF_8);
        int start = file.indexOf("Azerbaijani Deputy Foreign Minister");
        String last = "birth of a new movement.";
        String body = file.substring(start, file.indexOf(last) + last.length());
        assertThat(body.split("\n\n")).allMatch(p -> !p.isBlank() && !p.contains("\n"));
        return body;
    }

    @Test
    void resolvesTheSeedsDates() throws IOException {
        List<DateFact> f = resolve(body(), "2023-03-01T14:07:00+04:00");
        assertThat(fact(f, "February 28")).extracting(DateFact::type, DateFact::value).containsExactly(TimexType.DATE, "2023-02-28");
        assertThat(fact(f, "December 3").value()).isEqualTo("2022-12-03");
        assertThat(fact(f, "7").value()).isEqualTo("2022-12-07");
        for (DateFact d : f) {
            Matcher m = DATED.matcher(d.value());
            if (m.matches()) {
                String key = m.group(1) + (m.group(2) == null ? "-03" : "-" + m.group(2))
                    + (m.group(3) == null ? "-01" : "-" + m.group(3));
                assertThat(key).as("%s is not after the publication", d).isLessThanOrEqualTo("2023-03-01");
            }
        }
    }
}
