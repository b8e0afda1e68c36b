package org.dateline.analyze.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.analyze.Datelines;
import org.dateline.analyze.FunctionWords;
import org.dateline.model.EntityType;
import org.dateline.model.Sector;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.NerMention;
import org.dateline.nlp.Token;

/**
 * Proper-name mentions: the tagger's PERSON / ORGANIZATION / LOCATION mentions, with the types
 * corrected by what the article and the actor tables know. The tagger alone calls an outlet a
 * place ("According to Azernews"), an unfamiliar town a person ("passes by Shusha") and stops a
 * road's name before "road".
 */
final class NameMentions {
    /** Endings that make a company of an organisation's name: "Pacific Gas & Electric Co." */
    private static final Set<String> CORPORATE_SUFFIXES = Set.of("Co", "Inc", "Corp", "Ltd", "LLC", "PLC", "Plc",
        "AG", "SA", "GmbH", "NV", "BV", "SpA", "AB", "ASA", "Oyj", "KK", "LP", "LLP", "Company", "Corporation", "Holdings");

    /** Prepositions after which a bare name is a place, whatever the tagger thought. */
    static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "around", "across",
        "through", "past", "via", "towards", "toward", "into", "within", "inside", "nearby");
    /** Verbs of motion that make "by", "from" and "to" locative: "the road passes by Shusha". */
    private static final Set<String> MOTION = Set.of("pass", "run", "drive", "travel", "go", "come", "flee",
        "move", "lead", "stretch", "head", "return", "arrive", "fly", "march", "walk", "deploy", "link",
        "connect", "evacuate", "transfer", "relocate");

    private final ActorCodes codes;
    private final EntityLexicon lexicon;
    private final SharedNames shared;

    NameMentions(ActorCodes codes, EntityLexicon lexicon) {
        this.codes = codes;
        this.lexicon = lexicon;
        this.shared = SharedNames.of(codes);
    }

    /**
     * The names of {@link SharedNames} the text means as places, with their places' country codes
     * ("Bristol" USA in a report that names Tennessee); empty for most texts.
     */
    Map<String, String> placesMeant(AnnotatedText text) {
        return shared.placesMeant(text);
    }

    /** The text's name mentions, typed and coded; {@code placesMeant} as {@link #placesMeant} gives it. */
    List<Mention> find(AnnotatedText text, String sourceName, Map<String, String> placesMeant) {
        List<Mention> tagged = new ArrayList<>();
        for (Mention joined : joinedFragments(text)) {
            Mention m = withoutFunctionWords(text, joined);
            if (m == null || isPronoun(text, m)) {
                continue;
            }
            if (m.type() == EntityType.PERSON) {
                tagged.add(withoutHonorific(text, m));
            } else {
                tagged.addAll(titledPersonInside(text, m));
            }
        }
        Set<String> personWords = fullNameWords(text, tagged);
        List<Mention> found = new ArrayList<>();
        for (Mention m : tagged) {
            found.add(correct(text, m, MentionGrouper.words(text, m), sourceName, placesMeant, personWords));
        }
        found = withDatelines(text, found, sourceName, placesMeant);
        found.addAll(institutionNames(text, found, placesMeant));
        if (sourceName != null) {
            found.addAll(outletNames(text, sourceName, found));
        }
        return found;
    }

    /** The places and agencies of datelines ({@link Datelines}) in place of what the tagger made of their words. */
    private List<Mention> withDatelines(AnnotatedText text, List<Mention> found, String sourceName,
                                        Map<String, String> placesMeant) {
        List<Datelines.Part> parts = Datelines.find(text).stream().flatMap(d -> d.parts().stream()).toList();
        if (parts.isEmpty()) {
            return found;
        }
        List<Mention> kept = new ArrayList<>();
        List<Mention> dated = new ArrayList<>();
        for (Datelines.Part p : parts) {
            Mention m = Mention.name(p.start(), p.end(), p.type(), null, p.sector());
            Mention same = found.stream().filter(f -> f.tokenStart() == p.start() && f.tokenEnd() == p.end()
                && (f.type() == p.type() || p.type() == EntityType.LOCATION && f.type() == EntityType.COUNTRY))
                .findFirst().orElse(null);
            dated.add(same != null ? same : p.type() == EntityType.ORGANIZATION ? m
                : correct(text, m, MentionGrouper.words(text, m), sourceName, placesMeant, Set.of()));
        }
        for (Mention m : found) {
            if (dated.stream().noneMatch(m::overlaps)) {
                kept.add(m);
            }
        }
        kept.addAll(dated);
        kept.sort(java.util.Comparator.comparingInt(Mention::tokenStart));
        return kept;
    }

    /** The outlet's own name where the tagger saw none: "According to Trend, ...". */
    private static List<Mention> outletNames(AnnotatedText text, String sourceName, List<Mention> known) {
        List<Mention> found = new ArrayList<>();
        List<Token> tokens = text.tokens();
        int maxWords = sourceName.split("\\s+").length + 1;
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isCapitalised()) {
                continue;
            }
            for (int end = i + 1; end <= Math.min(tokens.size(), i + maxWords); end++) {
                Mention m = Mention.name(i, end, EntityType.ORGANIZATION, null, Sector.MED);
                if (sameName(Token.joinWords(tokens, i, end), sourceName) && known.stream().noneMatch(m::overlaps)) {
                    found.add(m);
                    i = end - 1;
                    break;
                }
            }
        }
        return found;
    }

    /**
     * An organisation the tagger read through a title into a person's name ("Pitt County Sheriff
     * Neil Elks", "Richmond County Board of Education Spokesperson Israel Butler") as what it is:
     * the body or place before the title, when it is two words or more (a county's name is a
     * place), and the person of the two or three capitalised words after it, whom the title then
     * describes. A name whose words after the title include a body's or place's word, or that opens
     * with the title, is the organisation it says ("Governor Morehead School"). Any other mention
     * as it is.
     */
    private List<Mention> titledPersonInside(AnnotatedText text, Mention m) {
        List<Token> tokens = text.tokens();
        if (m.type() != EntityType.ORGANIZATION) {
            return List.of(m);
        }
        // the title after an owner's name: a name that opens with a title is an institution named
        // after someone ("Governor Morehead School", "President Lincoln Hospital")
        for (int title = m.tokenEnd() - 3; title > m.tokenStart() && title >= m.tokenEnd() - 4; title--) {
            Token t = tokens.get(title);
            // "Office of the Chief Medical Examiner": a title after "the" or "of" is the office's name
            if (!t.isCapitalised() || !lexicon.isTitleHead(t.word())
                    || !tokens.get(title - 1).isCapitalised()) {
                continue;
            }
            boolean person = true;
            for (int k = title + 1; k < m.tokenEnd(); k++) {
                person &= mayNamePerson(tokens.get(k));
            }
            if (!person) {
                return List.of(m);
            }
            List<Mention> out = new ArrayList<>();
            if (title - m.tokenStart() >= 2) {
                boolean place = lexicon.isPlaceNoun(tokens.get(title - 1).word());
                out.add(Mention.name(m.tokenStart(), title, place ? EntityType.LOCATION : EntityType.ORGANIZATION, null, null));
            }
            out.add(Mention.name(title + 1, m.tokenEnd(), EntityType.PERSON, null, null));
            return out;
        }
        return List.of(m);
    }

    /**
     * A capitalised proper noun that may be a word of a person's name: no initials ("SBI"), no
     * title, and no word that ends a body's, place's or site's name ("Board", "County", "Hospital").
     */
    private boolean mayNamePerson(Token t) {
        String w = t.word();
        boolean initials = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
        return t.isCapitalised() && t.pos().equals("NNP") && Character.isLetter(w.codePointAt(0)) && !initials
            && !lexicon.isTitleHead(w) && !lexicon.isOrgHead(w) && !lexicon.isOrgNoun(w)
            && !lexicon.isPlaceNoun(w) && !lexicon.isSiteNoun(w);
    }

    /**
     * The words (as {@link #letters} writes them) of the persons' names of two words or more among
     * {@code mentions}: "Mike Ireland", "Shawn Jordan" (also {@link PersonNames}' full names).
     */
    static Set<String> fullNameWords(AnnotatedText text, List<Mention> mentions) {
        Set<String> words = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.tokenEnd() - m.tokenStart() > 1) {
                for (int k = m.tokenStart(); k < m.tokenEnd(); k++) {
                    words.add(letters(text.tokens().get(k).word()));
                }
            }
        }
        return words;
    }

    /**
     * The mention's type and codes, the tagger's corrected. {@code placesMeant}: the names of
     * {@link SharedNames} this text means as places, with their places' country codes.
     * {@code personWords}: the words of the persons' full names ({@link #fullNameWords}): a
     * country's name the tagger reads as a person where the article names a person of that name
     * is the person ("Mike Ireland" ... "Lt. Ireland said"; "Shawn Jordan" ... "said Jordan, 42"),
     * not the country; where the tagger reads it as a country it stays one ("Israel Katz said
     * Israel would").
     */
    private Mention correct(AnnotatedText text, Mention m, String name, String sourceName, Map<String, String> placesMeant,
                            Set<String> personWords) {
        if (sourceName != null && sameName(name, sourceName)) {
            return m.withType(EntityType.ORGANIZATION).withCodes(null, Sector.MED);
        }
        if (placesMeant.containsKey(name)) {
            return m.withType(EntityType.LOCATION).withCodes(null, null); // a place named as a place keeps no code
        }
        Optional<String> country = codes.countryCode(name);
        boolean namesPerson = m.type() == EntityType.PERSON && m.tokenEnd() - m.tokenStart() == 1
            && personWords.contains(letters(name));
        if (country.isPresent() && !namesPerson) {
            return m.withType(EntityType.COUNTRY).withCodes(country.get(), null);
        }
        Optional<ActorCodes.OrgCode> org = codes.organization(name);
        if (org.isPresent()) {
            return m.withType(EntityType.ORGANIZATION).withCodes(org.get().code(), org.get().sector());
        }
        List<Token> tokens = text.tokens();
        Token last = tokens.get(m.tokenEnd() - 1);
        if (m.type() != EntityType.ORGANIZATION && last.isCapitalised() && lexicon.isOrgHead(last.word())
            && m.tokenEnd() - m.tokenStart() > 1) {
            m = m.withType(EntityType.ORGANIZATION);
        }
        if (m.type() == EntityType.PERSON && m.tokenEnd() - m.tokenStart() == 1 && isLocative(text, m.tokenStart())) {
            m = m.withType(EntityType.LOCATION);
        }
        if ((m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION) && isAddress(tokens, m.tokenStart())) {
            // police reports give addresses by the block: "the 100 block of Carol Lane", "of Meyers",
            // "of Ellen Court" (not a court)
            m = m.withType(EntityType.LOCATION);
        }
        if (m.type() == EntityType.LOCATION && m.tokenEnd() < tokens.size()) {
            Token next = tokens.get(m.tokenEnd());
            if (next.sentence() == last.sentence() && lexicon.isPlaceNoun(next.word()) && next.isNoun()) {
                m = m.withEnd(m.tokenEnd() + 1);
            }
        }
        if (m.type() == EntityType.ORGANIZATION) {
            Sector sector = codes.sector(name).orElse(CORPORATE_SUFFIXES.contains(last.word().replace(".", "")) ? Sector.BUS : null);
            m = m.withCodes(orgCountry(text, m, placesMeant), sector);
        }
        return m;
    }

    /**
     * An organisation's country from a demonym or a country's possessive before it ("Azerbaijan's
     * Foreign Ministry"), or a country or a place of {@code places.tsv} named inside it. A country's
     * name within a place's is the place's ("New Jersey State Police", "University of New Mexico
     * Hospital": not Jersey, not Mexico; "Dane County Medical Examiner": not Denmark), and so is a
     * shared name the text means as a place ("Georgia Bureau of Investigation" in Macon).
     */
    private String orgCountry(AnnotatedText text, Mention m, Map<String, String> placesMeant) {
        if (m.tokenStart() > 0) {
            Token before = text.tokens().get(m.tokenStart() - 1);
            if (before.ner().equals("NATIONALITY")) {
                Optional<String> code = codes.demonymCode(before.word());
                if (code.isPresent()) {
                    return code.get();
                }
            }
            String possessor = possessor(text, m.tokenStart() - 1);
            if (possessor != null) {
                return possessor;
            }
        }
        Set<Integer> inPlaces = inMultiWordPlaces(text, m);
        for (int i = m.tokenStart(); i < m.tokenEnd(); i++) {
            Token t = text.tokens().get(i);
            if (t.isCapitalised() && !inPlaces.contains(i) && !placesMeant.containsKey(t.word()) && !namesPlace(text, i, m)) {
                Optional<String> code = codes.countryCode(t.word()).or(() -> codes.demonymCode(t.word()));
                if (code.isPresent()) {
                    return code.get();
                }
            }
        }
        // a local body named after its place: "Los Angeles Police Department", "Oregon State Police"
        for (int i = m.tokenStart(); i < m.tokenEnd(); i++) {
            if (!text.tokens().get(i).isCapitalised()) {
                continue;
            }
            for (int end = Math.min(m.tokenEnd(), i + 3); end > i; end--) { // the longest place first: "Los Angeles"
                String place = text.index().slice(text.tokens().get(i).start(), text.tokens().get(end - 1).end());
                Optional<String> code = codes.placeCode(place, placesMeant);
                if (code.isPresent()) {
                    return code.get();
                }
            }
        }
        return null;
    }

    /**
     * Whether the word at {@code i} names a place with the words after it, up to a capitalised
     * county's or natural place's word within the mention: "Dane County", "Indian River County"
     * (not Denmark, not India); "Armenian Border Guards" are Armenia's.
     */
    private boolean namesPlace(AnnotatedText text, int i, Mention m) {
        for (int k = i + 1; k < Math.min(m.tokenEnd(), i + 3); k++) {
            Token t = text.tokens().get(k);
            if (!t.isCapitalised()) {
                return false;
            }
            if (lexicon.isAreaNoun(t.word())) {
                return true;
            }
        }
        return false;
    }

    /** The tokens of the mention inside a place of two or three words ("New Jersey", "New Mexico"). */
    private Set<Integer> inMultiWordPlaces(AnnotatedText text, Mention m) {
        Set<Integer> inside = new HashSet<>();
        for (int i = m.tokenStart(); i + 1 < m.tokenEnd(); i++) {
            for (int end = Math.min(m.tokenEnd(), i + 3); end > i + 1; end--) {
                if (codes.placeCode(text.index().slice(text.tokens().get(i).start(), text.tokens().get(end - 1).end())).isPresent()) {
                    for (int k = i; k < end; k++) {
                        inside.add(k);
                    }
                    break;
                }
            }
        }
        return inside;
    }

    /** The country whose possessive ends at token {@code pos} ("Azerbaijan 's", "the United States '"), or null. */
    private String possessor(AnnotatedText text, int pos) {
        List<Token> tokens = text.tokens();
        if (!tokens.get(pos).pos().equals("POS")) {
            return null;
        }
        // the longest country name first: "United States" before "States"
        for (int start = Math.max(0, pos - 3); start < pos; start++) {
            if (tokens.get(start).isCapitalised() && tokens.get(start).sentence() == tokens.get(pos).sentence()) {
                Optional<String> code = codes.countryCode(Token.joinWords(tokens, start, pos));
                if (code.isPresent()) {
                    return code.get();
                }
            }
        }
        return null;
    }

    /** The name follows "block of": "the 16600 block of Meyers". */
    private static boolean isAddress(List<Token> tokens, int tokenIndex) {
        return tokenIndex >= 2 && tokens.get(tokenIndex - 1).word().equalsIgnoreCase("of")
            && tokens.get(tokenIndex - 2).word().equalsIgnoreCase("block")
            && tokens.get(tokenIndex - 2).sentence() == tokens.get(tokenIndex).sentence();
    }

    private boolean isLocative(AnnotatedText text, int tokenIndex) {
        List<Token> tokens = text.tokens();
        if (tokenIndex == 0) {
            return false;
        }
        Token name = tokens.get(tokenIndex);
        if (tokenIndex + 1 < tokens.size() && tokens.get(tokenIndex + 1).pos().equals("POS")) {
            return false;
        }
        Token prev = tokens.get(tokenIndex - 1);
        if (prev.sentence() != name.sentence()) {
            return false;
        }
        String p = prev.word().toLowerCase(Locale.ROOT);
        if (LOCATIVE.contains(p)) {
            return true;
        }
        if ((p.equals("by") || p.equals("from") || p.equals("to")) && tokenIndex >= 2) {
            Token verb = tokens.get(tokenIndex - 2);
            return verb.isVerb() && MOTION.contains(verb.lemma().toLowerCase(Locale.ROOT));
        }
        return false;
    }

    /**
     * Government bodies the tagger often misses when they are listed: "the Ministry of Economy",
     * "Ministries of Economy, Ecology and Natural Resources".
     */
    private List<Mention> institutionNames(AnnotatedText text, List<Mention> known, Map<String, String> placesMeant) {
        List<Mention> found = new ArrayList<>();
        List<Token> tokens = text.tokens();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            Token head = tokens.get(i);
            if (!head.isCapitalised() || !lexicon.isOrgHead(head.word())
                || !tokens.get(i + 1).word().equals("of") || !tokens.get(i + 2).isCapitalised()) {
                continue;
            }
            int end = i + 3;
            while (end < tokens.size() && tokens.get(end).sentence() == head.sentence()) {
                Token t = tokens.get(end);
                boolean joiner = t.word().equals("and") || t.word().equals(",");
                if (t.isCapitalised() && !t.ner().equals("O") && !t.ner().equals("ORGANIZATION")
                    && !t.ner().equals("MISC")) {
                    break;
                }
                if (t.isCapitalised()) {
                    end++;
                } else if (joiner && end + 1 < tokens.size() && tokens.get(end + 1).isCapitalised()) {
                    end += 2;
                } else {
                    break;
                }
            }
            Mention m = Mention.name(i, end, EntityType.ORGANIZATION, null, null);
            if (known.stream().noneMatch(m::overlaps)) {
                String name = Token.joinWords(tokens, i, end);
                found.add(m.withCodes(orgCountry(text, m, placesMeant), codes.sector(name).orElse(Sector.GOV)));
            }
            i = end - 1;
        }
        return found;
    }

    /**
     * The tagger's name mentions of the five coarse types, with neighbours of one class that only a
     * space separates joined: its fine-grained pass splits "Northern Ireland" into a place and a
     * country, and "Jones Beach" into two places.
     */
    private static List<Mention> joinedFragments(AnnotatedText text) {
        List<Mention> joined = new ArrayList<>();
        for (NerMention m : text.mentions()) {
            EntityType type = typeOf(m.type());
            if (type == null) {
                continue;
            }
            if (!joined.isEmpty()) {
                Mention last = joined.get(joined.size() - 1);
                boolean place = type == EntityType.LOCATION || type == EntityType.COUNTRY;
                boolean lastPlace = last.type() == EntityType.LOCATION || last.type() == EntityType.COUNTRY;
                Token lastToken = text.tokens().get(last.tokenEnd() - 1);
                if (last.tokenEnd() == m.tokenStart() && (place ? lastPlace : last.type() == type)
                    && m.start() - lastToken.end() == 1 && text.tokens().get(m.tokenStart()).isCapitalised()) {
                    joined.set(joined.size() - 1, Mention.name(last.tokenStart(), m.tokenEnd(),
                        place ? EntityType.LOCATION : type, null, null));
                    continue;
                }
            }
            joined.add(Mention.name(m.tokenStart(), m.tokenEnd(), type, null, null));
        }
        return joined;
    }

    /**
     * The mention without the prepositions and conjunctions at its ends, or null when nothing else
     * is left: in all-capital text the tagger reads "IN MIAMI" as one place and "ON", "OR", "AS" as
     * places of their own, and no name begins or ends with such a word. A lone state code after a
     * comma and before no further word stays a place: "PORTLAND, OR".
     */
    static Mention withoutFunctionWords(AnnotatedText text, Mention m) {
        List<Token> tokens = text.tokens();
        if (m.tokenEnd() - m.tokenStart() == 1 && isStateCodeAfterComma(tokens, m.tokenStart())) {
            return m;
        }
        int start = m.tokenStart();
        int end = m.tokenEnd();
        while (start < end && isFunctionWord(tokens.get(start))) {
            start++;
        }
        while (end > start && isFunctionWord(tokens.get(end - 1))) {
            end--;
        }
        if (start == end) {
            return null;
        }
        return start == m.tokenStart() && end == m.tokenEnd() ? m
            : new Mention(start, end, m.type(), m.kind(), m.code(), m.sector(), m.titles(), m.organization());
    }

    private static boolean isFunctionWord(Token t) {
        return FunctionWords.PREPOSITIONS_AND_CONJUNCTIONS.contains(t.word().toLowerCase(Locale.ROOT));
    }

    private static boolean isStateCodeAfterComma(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        boolean code = t.word().length() == 2 && t.word().equals(t.word().toUpperCase(Locale.ROOT));
        boolean afterComma = i > 0 && tokens.get(i - 1).word().equals(",") && tokens.get(i - 1).sentence() == t.sentence();
        boolean lastWord = i + 1 >= tokens.size() || tokens.get(i + 1).sentence() != t.sentence()
            || !Character.isLetter(tokens.get(i + 1).word().codePointAt(0));
        return code && afterComma && lastWord;
    }

    /** "Dr Lewis-Jones" names Lewis-Jones: courtesy titles are not part of the name. */
    private static Mention withoutHonorific(AnnotatedText text, Mention m) {
        int start = m.tokenStart();
        while (start < m.tokenEnd() - 1 && HONORIFICS.contains(text.tokens().get(start).word().replace(".", ""))) {
            start++;
        }
        return new Mention(start, m.tokenEnd(), m.type(), m.kind(), m.code(), m.sector(), m.titles(), m.organization());
    }

    /** Courtesy titles and abbreviated ranks the tagger sometimes takes into a name ("Col Alexander Vindman"). */
    private static final Set<String> HONORIFICS = Set.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame",
        "Mx", "Messrs", "Mme", "Mlle", "Herr", "Frau", "Col", "Lt", "Gen", "Maj", "Capt", "Sgt", "Cpl", "Adm",
        "Cmdr", "Brig", "Rep", "Sen", "Gov", "Rev", "Fr", "Hon", "Amb", "Pres", "Supt", "Insp", "Det");

    private static boolean isPronoun(AnnotatedText text, Mention m) {
        for (int i = m.tokenStart(); i < m.tokenEnd(); i++) {
            if (!text.tokens().get(i).pos().startsWith("PRP")) {
                return false;
            }
        }
        return true;
    }

    static EntityType typeOf(String nerType) {
        return switch (nerType) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "COUNTRY" -> EntityType.COUNTRY;
            case "LOCATION", "CITY", "STATE_OR_PROVINCE" -> EntityType.LOCATION;
            default -> null;
        };
    }

    /** Names equal when their letters and digits are, so "AzerNews" is "Azernews" and "Azer News". */
    static boolean sameName(String a, String b) {
        return letters(a).equals(letters(b)) && !letters(a).isEmpty();
    }

    static String letters(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(b::appendCodePoint);
        return b.toString();
    }
}
