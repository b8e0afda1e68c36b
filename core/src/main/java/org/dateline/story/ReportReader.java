package org.dateline.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.model.ArticleRecord;
import org.dateline.model.DateFact;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.Factuality;
import org.dateline.model.Span;
import org.dateline.model.TimexType;

/**
 * One article's account of an incident ({@link IncidentReport}) from the events of that article
 * fused into it. Each value comes with its basis:
 * <ul>
 * <li>date: the events' own date words ("late Thursday" = 2014-01-16), the most frequent day, but
 *     not an investigation's ({@link IncidentFamilies#dates}: "police said Monday they are
 *     investigating" dates the investigation); else
 *     a day more than {@value #DAYS_BEFORE_PUBLISHED} days before the published day that the words
 *     tie to the violent act ({@link ActDay}: a charge or a sentence reported weeks on dates itself
 *     in its own words and names the killing's day only so,
 *     "accused of killing Ernest Edwards ... on Jan. 26"; on the GVA dev set date 0.795 to 0.805, 14
 *     incidents won and 2 lost; read also within those days, such days won 17 and lost 12 in a first
 *     version, most a day off the earliest date); else
 *     a day-precise date the article gives within {@value #DAYS_BEFORE_PUBLISHED} days before its
 *     published day (news tells a happening of the last few days: "Thursday night"): the earliest
 *     in a sentence of the report's events, else the earliest of all, as a statement's or a search's
 *     day ("said Friday", "still on the run Thursday") follows the happening (on the GVA dev set
 *     the first date scored 0.773, the earliest 0.779, the event's sentence first 0.784; the
 *     published day in an event's sentence, most often the telling's, "police said late
 *     Tuesday", outranks no earlier day: 0.816 to 0.822 with oracle grouping),
 *     leaving out a clock time alone ("9 p.m.": its day is the published day guessed) and the
 *     page's time stamp ("Monday, February 2, 2015 9:45 PM EST"); else the published day. No day
 *     after the published day is a happening's; bare weekday words read as six days before it
 *     name the weekday after it and date nothing ({@link #dayAfterPublished}). A date without
 *     words of its own on an event is the day of a statement about it ("police said Friday"), not
 *     of the happening, and is not read.</li>
 * <li>place: the smallest place that is still a town, with the town it lies in ({@link ReportPlace}).</li>
 * <li>killed and injured: the largest count of the events (the same dead are told several times,
 *     "4 killed" and then "killed his wife, two children and his mother-in-law"; adding would count
 *     them twice). An injured count that rests on words of being hit only ("Thomas was shot")
 *     counts the dead too when the article tells of deaths ("He died"): the wounded are those hit
 *     less the dead (basis {@code less-killed}), unless wound words count more ("two were wounded"); a
 *     wound noun ("suffering from a gunshot wound", "succumbed to her injuries") is a body's wound,
 *     the dead's too, and counts those hit ({@link WoundWords}), and so do wound words told only of
 *     people another event tells dead ("Felder died ... Felder was wounded in the head": on the GVA
 *     dev set, gold grouping, injured 934 to 936 of 1,164, none lost); words that count others than those
 *     told before ("A 22-year-old man was also shot") are no count of the dead either. A source that counts one side and tells of nothing on the other implies 0 there
 *     (a shooting "that wounded three" killed nobody the source knows of): basis {@code implied}.
 *     A report of harm done that counts neither side and no word of whose headline or text tells
 *     of a death (the headline's death words, {@link Headline#tellsDeath}) says killed 0, basis
 *     {@code silent}: a report of a shooting tells a death first, so one telling of none knows of
 *     none (on the GVA dev set under the gold grouping, killed 0.762 to 0.801; of the incidents it
 *     gave a 0 that had no killed before, the archive's was 0 in 45 of 46). Such a report whose
 *     headline or text calls the harm accidental ("accidental shooting", "accidentally shot";
 *     {@code accident} in headline-words.tsv) and counts no one hurt, not even without a number,
 *     tells of one hurt, basis {@code accidental}: a shooting by accident is someone shot (of the 8
 *     GVA dev incidents so read, the archive had one injured in 7 and two in 1).
 *     The headline is not in the analysed text, so no event counts its words ({@link Headline}): a
 *     number it puts before a harm word counts a side the events count nothing on ("7 shot, 1
 *     fatally": killed 1 and injured 6, basis {@code headline}, those hit less the dead), and its
 *     count of the hurt outnumbers a smaller one of the events' ("Four shot outside jazz club" over
 *     the one "he was shot" the text names: the text tells victim by victim, the headline sums
 *     them; on the GVA dev set, gold grouping, injured 0.779 to 0.790, none lost, with the
 *     round-ups of {@link HeadlineCounts#toll} counting no one); a death word
 *     beside the one person it names ("Accidental shooting kills man", {@link Headline#oneDead}) counts
 *     one dead the events count nothing on (on the GVA dev set killed 0.801 to 0.811 and injured
 *     0.679 to 0.687 under the gold grouping, no incident lost), and a hit word between the two
 *     people it names and no death ("Boy shoots sister in the back of the neck",
 *     {@link Headline#oneHitByAnother}) one hurt (injured 0.761 to 0.765, killed 0.855 to 0.857 by
 *     the 0 implied beside it; of the 44 incidents of the dev stories whose injured it filled, 32
 *     have their archive incident's value, and no value was changed); so does the headline's first
 *     person right before its only hit or wound word ("Woman injured after Lafayette teen discharged a
 *     firearm", {@link Headline#firstPersonHurt}) and an act in the singular right before one person
 *     ("Uncle arrested for shooting 2-year-old nephew", {@link Headline#actOnOne}): with "hurts",
 *     "survive" and "grazes" read too, 9 GVA dev incidents changed, 7 to the archive's injured (gold
 *     grouping 0.768 to 0.774, killed 0.859 to 0.861; with an act after a person's possessive,
 *     "child's shooting", and "hospital" beside the one person, 0.777); and when it
 *     tells of a death ("Teen dead after being shot") while the events count one person hurt and
 *     none dead, that person is the dead: killed 1 ({@code headline}), injured 0
 *     ({@code less-killed}); with more hurt, which of them died is not told, and nothing is implied.
 *     On the GVA dev set, of 80 reports with one hurt and a death in the headline the archive's
 *     incident had one dead in 67 (and no wounded beside in 51), no dead in 1; of all reports whose
 *     count rests on the headline, killed was the archive's in 78 of 93, injured in 38 of 49.</li>
 * </ul>
 */
final class ReportReader {
    static final int DAYS_BEFORE_PUBLISHED = 7;
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

    private ReportReader() {}

    static IncidentReport read(StoryArticle article, List<Event> events) {
        ArticleRecord r = article.record();
        String outlet = r.source() == null ? null : r.source().outlet();
        String published = r.published() == null ? null : r.published().toIso();
        Dated date = date(r, events);
        ReportPlace.Placed place = ReportPlace.place(r, events);
        Event killed = largest(events, true);
        // "Antrez Felder died ... Felder was wounded in the head": the wound is the dead's
        Set<String> deadRecipients = deadRecipients(events);
        List<Event> ofTheDead = events.stream().filter(e -> hurtOnlyTheDead(e, deadRecipients)).toList();
        List<Event> hurt = events.stream().filter(e -> !ofTheDead.contains(e)).toList();
        Event injured = largest(hurt, false);
        Integer killedValue = killed == null ? null : killed.fatalities().value();
        Integer injuredValue = injured == null ? null : injured.injured().value();
        String killedBasis = killed == null ? null : "count";
        String injuredBasis = injured == null ? null : "count";
        // the headline counts a side the events count nothing on: "7 shot, 1 fatally", "3 killed in
        // shootout"; those it says were hit are the dead and the wounded
        HeadlineCounts.Toll told = HeadlineCounts.toll(r.title());
        boolean eventsTellDead = tellsOf(events, true);
        boolean eventsTellHurt = tellsOf(events, false);
        if (killedValue == null && !eventsTellDead && told.killed() != null) {
            killedValue = told.killed();
            killedBasis = "headline";
        } else if (killedValue == null && !eventsTellDead && (Headline.oneDead(r.title()) || Headline.firstPersonDead(r.title()))) {
            // "Accidental shooting kills man", "Man dead following Memphis shooting": one dead
            killedValue = 1;
            killedBasis = "headline";
        }
        if (injured != null && killedValue != null && killedValue > 0 && !namesWound(injured.injured())) {
            // "Thomas was shot ... He died": those shot are the dead and the wounded, told apart
            // only by the count of the dead; a count in wound words stands as it is
            Event wounded = largestWounded(hurt);
            int lessKilled = Math.max(0, injuredValue - killedValue);
            if (wounded == null || wounded.injured().value() < lessKilled) {
                injuredValue = lessKilled;
                injuredBasis = "less-killed";
            } else {
                injured = wounded;
                injuredValue = wounded.injured().value();
            }
        }
        if (injured == null && killedValue != null && killedValue > 0 && !ofTheDead.isEmpty()) {
            injured = largest(ofTheDead, false);
            injuredValue = 0;
            injuredBasis = "less-killed";
        }
        // "7-year-old NC girl killed, grandmother injured": the hurt named apart from the dead
        Integer namedHurt = told.wounded() == null && told.hit() == null ? HeadlineCounts.personsHurt(r.title()) : null;
        Integer toldHurt = told.wounded() != null ? told.wounded()
            : told.hit() != null ? Integer.valueOf(Math.max(0, told.hit() - (killedValue == null ? 0 : killedValue)))
            : namedHurt;
        if (injuredValue == null && !eventsTellHurt && toldHurt != null
            || injuredValue != null && toldHurt != null && toldHurt > injuredValue
                && (told.killed() == null || killedValue == null || told.killed() >= killedValue)) {
            // "Four shot outside jazz club" over a text that tells of the one "he was shot" it names:
            // the headline sums what the text tells victim by victim; not when it counts fewer dead
            // than the text, an earlier toll
            injuredValue = toldHurt;
            injuredBasis = "headline";
            injured = null;
        } else if (injuredValue == null && killedValue == null && !eventsTellHurt && !eventsTellDead
            && (Headline.oneHurt(r.title()) || Headline.oneHitByAnother(r.title()) || Headline.oneHitThemself(r.title())
                || Headline.firstPersonHurt(r.title()) || Headline.actOnOne(r.title()))) {
            // "Police: Youth wounded in accidental shooting in Gary", "Boy shoots sister in the back
            // of the neck", "Father arrested after son accidentally shoots himself", "Woman injured after
            // teen discharged a firearm", "Uncle arrested for shooting nephew": one hurt, no one dead
            injuredValue = 1;
            injuredBasis = "headline";
        }
        if (killedValue == null && injuredValue != null && !eventsTellDead) {
            if (!Headline.tellsDeath(r.title())) {
                killedValue = 0;
                killedBasis = "implied";
            } else if (injuredValue == 1 && namedHurt == null) {
                // "Teen dead after being shot" over "the teen was shot": the one hurt is the one
                // dead; of more hurt, the headline does not say how many died, so nothing is implied
                killedValue = 1;
                killedBasis = "headline";
                injuredValue = 0;
                injuredBasis = "less-killed";
            }
        }
        if (injuredValue == null && killedValue != null && !eventsTellHurt) {
            injuredValue = 0;
            injuredBasis = "implied";
        }
        if (killedValue == null && !eventsTellDead && silentOnDeath(r, events)) {
            // an attack whose report tells of no death anywhere, headline or text ("Police are
            // investigating a shooting on Main Street"), killed no one that source knows of
            killedValue = 0;
            killedBasis = "silent";
            if (injuredValue == null && !eventsTellHurt
                && (Headline.tellsAccident(r.title()) || Headline.tellsAccident(r.text()))) {
                // "State Police investigate accidental shooting involving teen": a shooting by
                // accident is someone shot, and one that killed no one hurt one the source counts not
                injuredValue = 1;
                injuredBasis = "accidental";
            }
        }
        return new IncidentReport(r.id(), outlet, published, events.stream().map(Event::id).toList(),
            date.day, date.basis, date.text, date.evidence, place.name(), place.entity(), place.basis(), place.evidence(),
            parties(article, events, true), parties(article, events, false),
            killedValue, killed == null ? null : killed.fatalities().evidence(), killedBasis,
            injuredValue, injured == null ? null : injured.injured().evidence(), injuredBasis,
            factuality(events), claimedBy(r, events), copyOf(r), article.seq());
    }

    private record Dated(String day, String basis, String text, Span evidence) {}

    private static Dated date(ArticleRecord r, List<Event> events) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        Map<String, String> words = new HashMap<>();
        Map<String, Span> spans = new HashMap<>();
        for (Event e : events) {
            if (e.date() != null && e.date().text() != null && e.date().value() != null && IncidentFamilies.dates(e)
                && DAY.matcher(e.date().value()).matches() && !after(e.date().value(), r)
                && !dayAfterPublished(e.date().text(), DateFact.dayOf(e.date().value()), r)) {
                String day = e.date().value().substring(0, 10);
                votes.merge(day, 1, Integer::sum);
                words.putIfAbsent(day, e.date().text());
                Span at = within(e.evidence(), e.date().text());
                if (at != null) {
                    spans.putIfAbsent(day, at);
                }
            }
        }
        if (!votes.isEmpty()) {
            String day = votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            return new Dated(day, "event", words.get(day), spans.getOrDefault(day, dateFact(r, words.get(day))));
        }
        LocalDate published = r.published() == null ? null : r.published().date();
        // a day before the news window, told as the act's own ("accused of killing ... on Jan. 26",
        // "charged in the August 14 shooting death"): a later act's report names the happening's day so
        LocalDate windowStart = published == null ? null : published.minusDays(DAYS_BEFORE_PUBLISHED);
        DateFact act = windowStart == null ? null
            : ActDay.of(r, d -> namesItsDay(d) && DateFact.dayOf(d.value()).isBefore(windowStart));
        if (act != null) {
            return new Dated(DateFact.dayOf(act.value()).toString(), "act", act.text(), act.span());
        }
        // the earliest date in a sentence of the report's events, else the earliest of all
        DateFact earliest = null;
        LocalDate earliestDay = null;
        boolean earliestInEvents = false;
        for (DateFact d : r.dates()) {
            if (namesItsDay(d)) {
                LocalDate day = DateFact.dayOf(d.value());
                if (day != null && !dayAfterPublished(d.text(), day, r) && (published == null
                    || !day.isAfter(published) && !day.isBefore(windowStart))) {
                    // a day in an event's sentence that is the published day is most often the day of the
                    // telling ("police said late Tuesday", "tonight") and outranks no earlier day
                    boolean in = inEvents(events, d) && !day.equals(published);
                    if (earliest == null || in && !earliestInEvents || in == earliestInEvents && day.isBefore(earliestDay)) {
                        earliest = d;
                        earliestDay = day;
                        earliestInEvents = in;
                    }
                }
            }
        }
        if (earliest != null) {
            return new Dated(earliestDay.toString(), "article", earliest.text(), earliest.span());
        }
        return published == null ? new Dated(null, null, null, null)
            : new Dated(published.toString(), "published", null, null);
    }

    /** Whether a date of the record gives a whole day in words of its own ({@link #namesDay}). */
    private static boolean namesItsDay(DateFact d) {
        return (d.type() == TimexType.DATE || d.type() == TimexType.TIME) && d.value() != null
            && DAY.matcher(d.value()).matches() && namesDay(d.text());
    }

    private static boolean inEvents(List<Event> events, DateFact d) {
        return events.stream().anyMatch(e -> e.evidence() != null && e.evidence().contains(d.span()));
    }

    /**
     * Where {@code words} stand inside the span {@code around} of the record's text (an event's
     * evidence sentence), or null: an event's date and place are given as words, and the page links
     * each value of a report to the words it rests on.
     */
    static Span within(Span around, String words) {
        if (around == null || words == null || words.isEmpty()) {
            return null;
        }
        int at = around.text().indexOf(words);
        if (at < 0) {
            return null;
        }
        int start = around.start() + around.text().codePointCount(0, at);
        return new Span(start, start + words.codePointCount(0, words.length()), words);
    }

    /** The first date the record gives with these words, or null. */
    private static Span dateFact(ArticleRecord r, String words) {
        return r.dates().stream().filter(d -> d.text() != null && d.text().equals(words)).findFirst()
            .map(DateFact::span).orElse(null);
    }

    /**
     * Whether bare weekday words ("Tuesday", "early Sunday") were read as six days before the
     * published day: they name the weekday after it, and a report naming tomorrow's weekday for a
     * happening is rarer than a published day a day behind the text's (a page's date stamped where
     * it was crawled or in another time zone). On the GVA dev set such a day was the archive's in 2
     * of 29 reports and the published day in 15. Such words date nothing; "last Sunday" or
     * "Sunday, May 4" still do.
     */
    static boolean dayAfterPublished(String words, LocalDate day, ArticleRecord r) {
        return words != null && day != null && r.published() != null
            && day.equals(r.published().date().minusDays(6)) && WEEKDAY.matcher(words).find()
            && !NOT_BARE.matcher(words).find();
    }

    private static final Pattern WEEKDAY = Pattern.compile(
        "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    private static final Pattern NOT_BARE = Pattern.compile("(?i)\\b(last|past|previous|ago|week|next|jan|feb|mar|apr|may|jun"
        + "|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november"
        + "|december)\\b");

    /** Whether a day is after the article's published day: no happening it reports. */
    private static boolean after(String value, ArticleRecord r) {
        LocalDate day = DateFact.dayOf(value);
        return day != null && r.published() != null && day.isAfter(r.published().date());
    }

    /**
     * Whether date words name a day of their own: not a clock time alone ("about 9:10 p.m.", whose
     * day is only the published day guessed) and not the page's own time stamp ("Monday, February 2,
     * 2015 9:45 PM EST", a year and a clock time together).
     */
    static boolean namesDay(String text) {
        if (CLOCK.matcher(text).find() && YEAR.matcher(text).find()) {
            return false;
        }
        return LETTERS.matcher(CLOCK_WORDS.matcher(text).replaceAll(" ")).find();
    }

    private static final Pattern CLOCK = Pattern.compile("(?i)\\d:\\d\\d|\\b[ap]\\.?m\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");
    private static final Pattern CLOCK_WORDS = Pattern.compile(
        "(?i)\\b(about|around|approximately|shortly|just|after|before|at|by|[ap]\\.?m\\.?|noon|midnight|o'clock)\\b|[\\d:.,]"
            // a time zone is a clock's: "14:40 PDT" is a page's time stamp, no day
            + "|\\b(?:[ECMPA][SD]T|[ECMP]T|UTC|GMT)\\b");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}");

    private static Event largest(List<Event> events, boolean killed) {
        Event best = null;
        for (Event e : events) {
            Event.Count c = killed ? e.fatalities() : e.injured();
            if (c != null && c.value() != null) {
                Event.Count b = best == null ? null : killed ? best.fatalities() : best.injured();
                if (b == null || c.value() > b.value()) {
                    best = e;
                }
            }
        }
        return best;
    }

    /**
     * Whether an event counts in wound words only people another event of the article tells dead:
     * its count is no more than its recipients, and each of them is a recipient of an event with a
     * death counted ("Antrez Felder died ... Felder was wounded in the head"). A wound told so is the
     * dead's body's, as a wound noun is ({@link WoundWords}), not a living victim's. (Words of being hit
     * only, "Felder was shot", count the dead anyway: the less-killed reading.)
     */
    private static boolean hurtOnlyTheDead(Event e, Set<String> deadRecipients) {
        // an event counting a death is no wound of the dead (its recipients are those dead themselves)
        return e.injured() != null && e.injured().value() != null && namesWound(e.injured()) && e.fatalities() == null
            && !e.recipients().isEmpty() && e.injured().value() <= e.recipients().size()
            && deadRecipients.containsAll(e.recipients());
    }

    /** The recipients of the events that count a death. */
    private static Set<String> deadRecipients(List<Event> events) {
        Set<String> dead = new HashSet<>();
        for (Event d : events) {
            if (d.fatalities() != null && d.fatalities().value() != null && d.fatalities().value() > 0) {
                dead.addAll(d.recipients());
            }
        }
        return dead;
    }

    /** The event with the largest injured count told in wound words ("two were wounded"), or null. */
    private static Event largestWounded(List<Event> events) {
        Event best = null;
        for (Event e : events) {
            if (e.injured() != null && e.injured().value() != null && namesWound(e.injured())
                && (best == null || e.injured().value() > best.injured().value())) {
                best = e;
            }
        }
        return best;
    }

    /** Whether a count's words say the people were hurt and lived ({@link WoundWords}), not only hit. */
    private static boolean namesWound(Event.Count c) {
        return WoundWords.namesWound(c.evidence());
    }


    /**
     * Whether the report is of harm done (an event of the violence family, {@link IncidentFamilies}:
     * an attack, or the investigation of one) and no word of its headline or text tells of a death
     * ({@code death} in headline-words.tsv, not after a word that voids it: "no one was killed").
     */
    private static boolean silentOnDeath(ArticleRecord r, List<Event> events) {
        return events.stream().anyMatch(e -> IncidentFamilies.of(e).equals(IncidentFamilies.VIOLENCE))
            && !Headline.tellsDeath(r.title()) && !Headline.tellsDeath(r.text());
    }

    /** Whether some event has words for this side without a number ("dozens killed"): then no 0 is implied. */
    private static boolean tellsOf(List<Event> events, boolean killed) {
        return events.stream().anyMatch(e -> (killed ? e.fatalities() : e.injured()) != null);
    }

    /**
     * The actors (else recipients) of these events of the article, each once, as named, keyed and
     * coded; none of an event whose family row says its parties are none of the incident's.
     */
    static List<IncidentReport.Party> parties(StoryArticle a, List<Event> events, boolean actors) {
        Map<String, Entity> byId = new HashMap<>();
        a.record().entities().forEach(e -> byId.put(e.id(), e));
        Set<String> seen = new HashSet<>();
        List<IncidentReport.Party> out = new ArrayList<>();
        for (Event e : events) {
            if (!IncidentFamilies.parties(e)) {
                continue; // an investigation's police are no party to the shooting
            }
            for (String id : actors ? e.actors() : e.recipients()) {
                Entity en = byId.get(id);
                if (en != null && seen.add(id)) {
                    out.add(new IncidentReport.Party(en.name(), a.keyOf(id), en.code()));
                }
            }
        }
        return out;
    }

    private static final List<Factuality> STRENGTH = List.of(Factuality.ASSERTED, Factuality.REPORTED,
        Factuality.HISTORICAL, Factuality.FUTURE, Factuality.HYPOTHETICAL, Factuality.NEGATED);

    private static Factuality factuality(List<Event> events) {
        return events.stream().map(Event::factuality).filter(f -> f != null)
            .min(Comparator.comparingInt(STRENGTH::indexOf)).orElse(null);
    }

    /** The speaker the events are claimed by, when every event is a claim of the same one. */
    private static String claimedBy(ArticleRecord r, List<Event> events) {
        Set<String> ids = new HashSet<>();
        for (Event e : events) {
            if (e.factuality() != Factuality.REPORTED || e.claimedBy() == null) {
                return null;
            }
            ids.add(e.claimedBy());
        }
        if (ids.size() != 1) {
            return null;
        }
        String id = ids.iterator().next();
        return r.entities().stream().filter(e -> e.id().equals(id)).map(Entity::name).findFirst().orElse(id);
    }

    /** The original of a wire copy; an exact copy names itself, which is no other source. */
    private static String copyOf(ArticleRecord r) {
        return r.duplicateOf() == null || r.duplicateOf().equals(r.id()) ? null : r.duplicateOf();
    }

}
