package org.dateline.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dateline.analyze.data.NameSuffixes;
import org.dateline.model.ArticleRecord;
import org.dateline.model.DateFact;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.NameFold;
import org.dateline.model.Span;
import org.dateline.model.TimexType;
import org.dateline.table.EntityKey;

/**
 * Builds an article's {@link StoryProfile} against what is known when it is added: a word's weight
 * is {@code (1 + ln tf) * ln((N + 1) / df)} with N and df counted over the articles added so far
 * and this one, so a word every report of the week uses weighs little and a victim's street much.
 */
public final class StoryProfiles {
    /** Words kept per article: enough for a cosine, few enough to store with every article. */
    static final int MAX_WORDS = 150;
    /** Whitespace-separated words of the body, after the title, that make the lead. */
    static final int LEAD_WORDS = 80;
    /** How long before publication a date may be and still be the day of the happening. */
    static final int HAPPENED_WITHIN_DAYS = 7;

    private static final Pattern AGE = Pattern.compile("\\b(\\d{1,3})-year-old\\b");
    /**
     * A number in digits ("4", "1,400", "2.6") or a word; a year ("2014") says when, not what. A
     * run of digits is read once from its start and never backtracked into, so a hostile run
     * ("1,1,1,...") costs its length, not its square.
     */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}.,])(\\d++(?:[.,]\\d++)*+)(?![\\p{L}\\p{N}])|\\p{L}++");
    /** How much of the title and lead is read for numbers: 80 words of a page without spaces are one. */
    private static final int MAX_NUMBER_TEXT = 4_000;
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern WORD = Pattern.compile("\\S+");

    /** Surnames kept per article. */
    static final int MAX_SURNAMES = 20;
    /** Trailing punctuation of a name's word ("Jr.", "Smith,"). */
    private static final Pattern TRAILING_STOPS = Pattern.compile("[.,]+$");

    private final StoryWords words;

    public StoryProfiles(StoryWords words) {
        this.words = words;
    }

    public static StoryProfiles standard() {
        return new StoryProfiles(StoryWords.standard());
    }

    /**
     * A profile, the terms it was built from (see {@link StoryDecision#terms}) and whether the
     * article's body was left out as its page's chrome ({@link #chrome}).
     */
    public record Built(StoryProfile profile, Set<String> terms, boolean chrome) {}

    /** The profile of {@code a}, weighted as if it were already counted in {@code known}. */
    public StoryProfile of(StoryArticle a, KnownStories known) {
        return build(a, known).profile();
    }

    /** The same with the article's terms, from one reading of its words. */
    public Built build(StoryArticle a, KnownStories known) {
        ArticleRecord r = a.record();
        int n = known.articles() + 1;
        boolean chrome = chrome(r, known);
        String text = chrome ? "" : r.text();
        List<String> body = words.of(text);
        List<String> title = words.of(r.title());
        Map<String, Integer> all = counts(title, body);
        Map<String, Integer> lead = counts(title, words.of(lead(text)));
        Set<String> people = new HashSet<>();
        Set<String> places = new HashSet<>();
        Set<String> organizations = new HashSet<>();
        Main mainPerson = new Main();
        Main mainPlace = new Main();
        TreeSet<String> surnames = new TreeSet<>();
        for (Entity e : chrome ? List.<Entity>of() : r.entities()) {
            if (e.unnamed()) {
                // "a 17-year-old boy" names no one another report could name
                continue;
            }
            if (e.type() == EntityType.PERSON) {
                String s = surname(e.name());
                if (s != null) {
                    surnames.add(s);
                }
            }
            String key = keyOf(a, e);
            if (key == null) {
                continue;
            }
            if (e.type() == EntityType.PERSON && namePart(key).contains(" ")) {
                people.add(key);
                people.addAll(otherFullNames(e, key));
                mainPerson.offer(key, e);
            } else if (e.type() == EntityType.LOCATION) {
                places.add(key);
                mainPlace.offer(key, e);
            } else if (e.type() == EntityType.ORGANIZATION) {
                organizations.add(key);
            }
        }
        Set<String> ages = new HashSet<>();
        Matcher m = AGE.matcher(text);
        while (m.find()) {
            ages.add(m.group(1));
        }
        LocalDate published = r.published() == null ? null : r.published().date();
        List<DateFact> dates = chrome ? List.of() : r.dates();
        StoryProfile p = new StoryProfile(r.id(), a.seq(), published == null ? null : published.toString(),
            happened(dates, published), unit(all, known, n, MAX_WORDS), unit(lead, known, n, MAX_WORDS),
            people, places, organizations, ages, mainPerson.key, mainPlace.key, days(dates),
            largest(r.events(), Event::fatalities), largest(r.events(), Event::injured),
            surnames.stream().limit(MAX_SURNAMES).collect(Collectors.toSet()),
            leadNumbers(r.title(), text, dates));
        return new Built(p, terms(p, all.keySet()), chrome);
    }

    /**
     * The numbers of the title and lead ({@link StoryProfile#numbers}), less the days and hours the
     * dates stage found in the lead: "February 28" and "17:00" say when, which the day features
     * compare, not how many (two meetings a day apart shared "28"; one shooting told as "Sunday" and
     * as "March 5" shared nothing). The title has no dates of its own to leave out.
     */
    static Set<String> leadNumbers(String title, String text, List<DateFact> dates) {
        String words = text == null ? "" : text;
        int reach = leadEnd(words);
        StringBuilder blanked = new StringBuilder(words.substring(0, reach));
        // offsets are code points: one pass over the lead in their order, whatever the number of dates
        List<DateFact> inLead = dates.stream()
            .filter(d -> (d.type() == TimexType.DATE || d.type() == TimexType.TIME) && d.start() >= 0
                && d.start() < d.end() && d.start() < reach)
            .sorted(java.util.Comparator.comparingInt(DateFact::start)).toList();
        int point = 0;
        int at = 0;
        for (DateFact d : inLead) {
            while (point < d.start() && at < reach) {
                at += Character.charCount(words.codePointAt(at));
                point++;
            }
            if (at >= reach) {
                break;
            }
            int end = at;
            for (int p = point; p < d.end() && end < reach; p++) {
                end += Character.charCount(words.codePointAt(end));
            }
            for (int i = at; i < Math.min(end, reach); i++) {
                blanked.setCharAt(i, ' ');
            }
        }
        return numbers((title == null ? "" : title) + "\n" + lead(blanked.toString()));
    }

    /** Where the lead's {@value #LEAD_WORDS} words end in the text (a char index). */
    private static int leadEnd(String text) {
        Matcher w = WORD.matcher(text);
        int end = 0;
        for (int n = 0; n < LEAD_WORDS && w.find(); n++) {
            end = w.end();
        }
        return end;
    }

    /** The numbers of these words: digits as written without their commas, words as digits. */
    static Set<String> numbers(String words) {
        Set<String> out = new TreeSet<>();
        Matcher m = NUMBER.matcher(words.length() > MAX_NUMBER_TEXT ? words.substring(0, MAX_NUMBER_TEXT) : words);
        while (m.find()) {
            if (m.group(1) != null) {
                String digits = m.group(1).replace(",", "");
                // a dozen digits and more is an id or a page's noise, not a count a report repeats
                if (!YEAR.matcher(digits).matches() && digits.length() <= 12) {
                    out.add(digits);
                }
            } else {
                // number words as the headline reads them ("two": 2), but no 0: "no" is a count of none
                Integer value = Headline.NUMBERS.get(m.group().toLowerCase(Locale.ROOT));
                if (value != null && value > 0) {
                    out.add(value.toString());
                }
            }
        }
        return out;
    }

    /**
     * Whether the article's body is its page's chrome or another story, not its report: a body that
     * tells no event, under a title, and is either a copy of a stored article's body
     * ({@code duplicateOf}: a sign-up form, a cookie notice, a site's sidebar; on the GVA dev set 39
     * pages share such a body with pages of other incidents) or holds no word of the harm its
     * title tells ({@link Headline#tellsHarm}: "Four injured by gunfire outside Marion nightclub"
     * over a snow warning; 27 flagged pages of the dev set and 2 others, while 21 reports whose
     * events the event stage missed hold a harm word). Its title alone then says which happening
     * it reports; its body's words, names and days say nothing of it, and would link it to every
     * page of the site.
     */
    static boolean chrome(ArticleRecord r, KnownStories known) {
        if (!r.events().isEmpty() || r.title() == null || r.title().isBlank()) {
            return false;
        }
        return r.duplicateOf() != null && known.byArticle(r.duplicateOf()) != null
            || Headline.tellsHarm(r.title()) && !Headline.mentionsHarm(r.text());
    }

    /** The entity named most often so far (several entities of one key add up), the earliest first named of those tied. */
    private static final class Main {
        private final Map<String, Integer> mentions = new HashMap<>();
        private final Map<String, Integer> first = new HashMap<>();
        private String key;

        void offer(String k, Entity e) {
            int n = mentions.merge(k, e.mentions().size(), Integer::sum);
            int at = e.mentions().stream().mapToInt(org.dateline.model.Span::start).min().orElse(Integer.MAX_VALUE);
            first.merge(k, at, Math::min);
            if (key == null || n > mentions.get(key) || n == mentions.get(key) && first.get(k) < first.get(key)) {
                key = k;
            }
        }
    }

    /**
     * The last word of a name of two words or more, lower case, as {@link StoryWords} writes words
     * (so that its document frequency is known), a suffix such as "Jr." passed over; null for a name
     * of one word or a last word the words drop.
     */
    String surname(String name) {
        if (name == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String w : SPACE.split(name.strip())) {
            String folded = TRAILING_STOPS.matcher(w.toLowerCase(Locale.ROOT)).replaceAll("");
            if (!folded.isEmpty() && !NameSuffixes.is(w)) {
                parts.add(w);
            }
        }
        if (parts.size() < 2) {
            return null;
        }
        List<String> last = words.of(parts.get(parts.size() - 1));
        return last.size() == 1 ? last.get(0) : null;
    }

    /** Every term of the article whose document frequency the profile counts (its words and names). */
    private static Set<String> terms(StoryProfile p, Set<String> allWords) {
        Set<String> out = new HashSet<>();
        allWords.forEach(w -> out.add(StoryTerms.word(w)));
        for (Set<String> keys : List.of(p.people(), p.places(), p.organizations())) {
            keys.forEach(k -> out.add(StoryTerms.entity(k)));
        }
        return out;
    }

    private static String keyOf(StoryArticle a, Entity e) {
        if (e.type() == null || e.name() == null || e.name().isBlank()) {
            return null;
        }
        String key = a.keyOf(e.id());
        if (key == null && !NameFold.forEntityKey(e.name()).isEmpty()) {
            key = EntityKey.of(e.name(), e.type());
        }
        return key;
    }

    /**
     * The keys of the other full names a person is written by ("Quanice Hayes" of "Quanice Derrick
     * Hayes"), with the suffix of the person's own key ({@code :usa}): another report may give only
     * that one.
     */
    private Set<String> otherFullNames(Entity e, String key) {
        String[] parts = key.split(":", 3);
        String suffix = parts.length == 3 ? ":" + parts[2] : "";
        String surname = surname(e.name());
        Set<String> out = new TreeSet<>();
        for (Span m : e.mentions()) {
            String name = m.text();
            if (surname != null && !name.isEmpty() && surname.equals(surname(name)) && Character.isUpperCase(name.codePointAt(0))
                    && !NameFold.forEntityKey(name).isEmpty()) {
                String other = EntityKey.of(name, EntityType.PERSON) + suffix;
                if (!other.equals(key)) {
                    out.add(other);
                }
            }
        }
        return out;
    }

    /** The name of a key: "joshua boren" of "PERSON:joshua boren:usa". */
    static String namePart(String key) {
        String[] parts = key.split(":", 3);
        return parts.length > 1 ? parts[1] : key;
    }

    private static String lead(String text) {
        if (text == null) {
            return "";
        }
        // the words up to where leadEnd puts the lead's end, so that the lead and its numbers agree
        return String.join(" ", SPACE.split(text.substring(0, leadEnd(text)).strip()));
    }

    private static Map<String, Integer> counts(List<String> a, List<String> b) {
        Map<String, Integer> out = new HashMap<>();
        a.forEach(w -> out.merge(w, 1, Integer::sum));
        b.forEach(w -> out.merge(w, 1, Integer::sum));
        return out;
    }

    /** tf-idf of the heaviest {@code max} words, to unit length; ties by word, so any run keeps the same. */
    private static Map<String, Float> unit(Map<String, Integer> counts, KnownStories known, int n, int max) {
        Map<String, Double> w = new HashMap<>();
        counts.forEach((word, tf) -> {
            int df = known.docFreq(StoryTerms.word(word)) + 1;
            w.put(word, (1 + Math.log(tf)) * Math.log((n + 1.0) / df));
        });
        List<Map.Entry<String, Double>> top = w.entrySet().stream()
            .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .limit(max).toList();
        double norm = Math.sqrt(top.stream().mapToDouble(e -> e.getValue() * e.getValue()).sum());
        Map<String, Float> out = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : top) {
            out.put(e.getKey(), norm == 0 ? 0f : (float) (e.getValue() / norm));
        }
        return out;
    }

    private static Integer largest(List<Event> events, java.util.function.Function<Event, Event.Count> count) {
        Integer out = null;
        for (Event e : events) {
            Event.Count c = count.apply(e);
            if (c != null && c.value() != null && (out == null || c.value() > out)) {
                out = c.value();
            }
        }
        return out;
    }

    private static Set<String> days(List<DateFact> dates) {
        TreeSet<String> out = new TreeSet<>();
        for (DateFact d : dates) {
            LocalDate day = DateFact.dayOf(d.value());
            if (day != null) {
                out.add(day.toString());
            }
        }
        return out.stream().limit(StoryProfile.MAX_DAYS).collect(Collectors.toSet());
    }

    private static String happened(List<DateFact> dates, LocalDate published) {
        if (published == null) {
            return null;
        }
        for (DateFact d : dates) {
            LocalDate day = DateFact.dayOf(d.value());
            long before = day == null ? -1 : ChronoUnit.DAYS.between(day, published);
            if (before >= 0 && before <= HAPPENED_WITHIN_DAYS) {
                return day.toString();
            }
        }
        return published.toString();
    }
}
