package org.dateline.analyze.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dateline.model.EntityType;
import org.dateline.model.Sector;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Token;

/**
 * Definite descriptions of one person by the office held for a country, organisation or place,
 * which may be all an article gives of that person: "the Azerbaijani deputy foreign minister",
 * "Azerbaijan's foreign minister", "the UN High Commissioner for Human Rights", "the UN rights
 * chief", "the prime minister of Armenia". The grouper ties such a description to a named person
 * it fits, else makes a person of it (docs/CONTRACT.md, entities, {@code nominal}).
 *
 * <p>Not offices: indefinite or plural phrases ("a minister", "ministers"), heads of which a country
 * has many at once ("the Azerbaijani official": {@code office-head} in entity-lexicon.tsv), roles
 * without a named owner ("the spokesman"), a role word that modifies another noun ("minister-level
 * talks"), a title before a name ("Russia's foreign minister Sergei Lavrov": a title of that name),
 * a role said of someone ("Mammadov is the deputy foreign minister") and words inside a name.
 */
final class RoleDescriptions {
    private static final int MAX_PREMODIFIERS = 2;
    private static final int MAX_OWNER_TOKENS = 4;
    private static final int MAX_ROLE_TOKENS = 6;
    private static final int MAX_OF_TOKENS = 4;
    /** Tagger labels of a name that can own an office. */
    private static final Set<String> OWNER_LABELS = Set.of("ORGANIZATION", "COUNTRY", "STATE_OR_PROVINCE", "CITY",
        "LOCATION", "NATIONALITY");
    /** Labels a capitalised word of a role may carry: "UN [High Commissioner]", "Russia's [Foreign Ministry] spokeswoman". */
    private static final Set<String> ROLE_LABELS = Set.of("O", "TITLE", "ORGANIZATION", "MISC");
    /** Prepositions inside a capitalised title: "High Commissioner for Human Rights", "Minister of Foreign Affairs". */
    static final Set<String> TITLE_PREPOSITIONS = Set.of("for", "of", "on");
    /** Prepositions that name where an office is held: "ambassador to Britain", "envoy in Kabul". */
    private static final Set<String> TITLE_PLACE_PREPOSITIONS = Set.of("to", "in", "at", "for");
    /** Words a title keeps in lower case, and that reading a title back ({@link RoleHolders}) skips. */
    static final Set<String> SMALL_WORDS = Set.of("for", "of", "on", "and", "the", "to", "in");

    private final ActorCodes codes;
    private final EntityLexicon lexicon;

    RoleDescriptions(ActorCodes codes, EntityLexicon lexicon) {
        this.codes = codes;
        this.lexicon = lexicon;
    }

    /** Who holds an office: a country, organisation or place, read from tokens [start, end). */
    private record Owner(int start, int end, String code, String organization, boolean possessive) {}

    /** The words of a role, tokens [start, end), its head noun at {@code head}. */
    private record Role(int start, int end, int head) {}

    /**
     * @param names the article's name mentions: a description overlapping a name other than its
     *     owner's is part of that name, not a description
     */
    List<Mention> find(AnnotatedText text, List<Mention> names) {
        List<Token> tokens = text.tokens();
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Mention m = at(text, i, names);
            if (m != null && !predicative(text, m.tokenStart())) {
                found.add(m);
                i = m.tokenEnd() - 1;
            }
        }
        return found;
    }

    /** A description starting at token i: "the [former] OWNER ROLE", "OWNER's ROLE", "the ROLE of OWNER". */
    private Mention at(AnnotatedText text, int i, List<Mention> names) {
        List<Token> tokens = text.tokens();
        Token t = tokens.get(i);
        if (!t.word().equalsIgnoreCase("the")) {
            Owner owner = owner(text, i);
            // without "the", only a possessive makes a role definite: "Azerbaijan's foreign minister"
            if (owner == null || !owner.possessive() || i > 0 && isArticle(tokens.get(i - 1))) {
                return null;
            }
            return withOwner(text, i, i, owner, names);
        }
        if (i + 1 >= tokens.size() || !sameSentence(tokens, i, i + 1)) {
            return null;
        }
        int j = i + 1;
        while (j + 1 < tokens.size() && j - i - 1 < MAX_PREMODIFIERS && sameSentence(tokens, i, j + 1)
            && !tokens.get(j).isCapitalised() && (tokens.get(j).pos().equals("JJ") || tokens.get(j).pos().equals("VBN"))) {
            j++; // "the former Soviet leader", "the outgoing UN rights chief"
        }
        Owner owner = owner(text, j);
        if (owner != null) {
            return withOwner(text, i, i + 1, owner, names);
        }
        // "the prime minister of Armenia", "the head of the IAEA"
        Role role = role(text, i + 1);
        if (role == null || role.end() + 1 >= tokens.size() || !tokens.get(role.end()).word().equals("of")) {
            return null;
        }
        int from = role.end() + 1;
        if (tokens.get(from).word().equalsIgnoreCase("the") && from + 1 < tokens.size()) {
            from++;
        }
        Owner after = sameSentence(tokens, i, from) ? owner(text, from) : null;
        if (after == null || after.possessive() || continues(tokens, after.end())) {
            return null;
        }
        return mention(text, i, i + 1, role, after, after.end(), names);
    }

    private Mention withOwner(AnnotatedText text, int start, int premodifiersFrom, Owner owner, List<Mention> names) {
        Role role = owner.end() < text.tokens().size() && sameSentence(text.tokens(), start, owner.end())
            ? role(text, owner.end()) : null;
        if (role == null || continues(text.tokens(), role.end()) || titleOfANameAfter(text.tokens(), role.end())) {
            return null;
        }
        return mention(text, start, premodifiersFrom, role, owner, role.end(), names);
    }

    private Mention mention(AnnotatedText text, int start, int premodifiersFrom, Role role, Owner owner, int end,
                            List<Mention> names) {
        if (insideAName(start, end, role.head(), names)) {
            return null;
        }
        List<Token> tokens = text.tokens();
        String words = text.index().slice(tokens.get(role.start()).start(), tokens.get(role.end() - 1).end());
        StringBuilder ranked = new StringBuilder();
        for (int k = premodifiersFrom; k < owner.start() && k < role.start(); k++) {
            ranked.append(tokens.get(k).word()).append(' ');
        }
        // "former" before the owner still makes an elite of an office holder: "the former Soviet leader"
        Sector sector = codes.sector(ranked + words).orElse(null);
        return new Mention(start, end, EntityType.PERSON, Mention.Kind.ROLE, owner.code(), sector,
            List.of(titleCase(words)), owner.organization());
    }

    /**
     * A description inside a name is part of it ("the UN High Commissioner for Refugees" where the
     * tables know the agency): only names that own the office (before its head noun) may lie in
     * it, and no person's name.
     */
    private static boolean insideAName(int start, int end, int head, List<Mention> names) {
        for (Mention n : names) {
            if (n.tokenStart() >= end || start >= n.tokenEnd()) {
                continue;
            }
            boolean within = n.tokenStart() >= start && n.tokenEnd() <= end;
            if (!within || n.type() == EntityType.PERSON || n.tokenStart() <= head && head < n.tokenEnd()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The owner of an office starting at token i: a demonym ("Azerbaijani"), or a country,
     * organisation or place name (the longest the tables know, else a name the tagger calls an
     * organisation), with its possessive ("Azerbaijan's", "the UN's").
     */
    private Owner owner(AnnotatedText text, int i) {
        List<Token> tokens = text.tokens();
        Token t = tokens.get(i);
        if (!t.isCapitalised()) {
            return null;
        }
        if (t.ner().equals("NATIONALITY") || t.pos().equals("JJ") || t.pos().startsWith("NNP")) {
            Optional<String> demonym = codes.demonymCode(t.word());
            if (demonym.isPresent()) {
                return new Owner(i, i + 1, demonym.get(), null, false);
            }
        }
        int end = i;
        String label = t.ner();
        while (end < tokens.size() && end - i < MAX_OWNER_TOKENS && sameSentence(tokens, i, end)
            && tokens.get(end).isCapitalised() && tokens.get(end).isProperNoun()
            && tokens.get(end).ner().equals(label)) {
            end++;
        }
        if (end == i || !label.equals("O") && !OWNER_LABELS.contains(label)) {
            return null;
        }
        for (int to = end; to > i; to--) {
            String name = Token.joinWords(tokens, i, to);
            Optional<String> country = codes.countryCode(name);
            if (country.isPresent()) {
                return withPossessive(tokens, i, to, country.get(), null);
            }
            Optional<ActorCodes.OrgCode> org = codes.organization(name);
            if (org.isPresent()) {
                return withPossessive(tokens, i, to, org.get().code(), org.get().canonicalName());
            }
            Optional<String> place = codes.placeCode(name);
            if (place.isPresent()) {
                return withPossessive(tokens, i, to, place.get(), null);
            }
        }
        if (label.equals("ORGANIZATION")) {
            // a body the tables do not know still owns its offices: "the Kremlin spokesman"
            return withPossessive(tokens, i, end, null, Token.joinWords(tokens, i, end));
        }
        return null;
    }

    private static Owner withPossessive(List<Token> tokens, int start, int end, String code, String organization) {
        boolean possessive = end < tokens.size() && tokens.get(end).pos().equals("POS") && sameSentence(tokens, start, end);
        return new Owner(start, possessive ? end + 1 : end, code, organization, possessive);
    }

    /**
     * The role starting at token k: lower-case nouns and adjectives or capitalised title words
     * ending in a singular office head ("deputy foreign minister", "High Commissioner"), then a
     * capitalised title's own "for"/"of" part ("for Human Rights").
     */
    private Role role(AnnotatedText text, int k) {
        List<Token> tokens = text.tokens();
        int end = k;
        while (end < tokens.size() && end - k < MAX_ROLE_TOKENS && sameSentence(tokens, k, end) && isRoleWord(tokens.get(end))) {
            end++;
        }
        if (end == k) {
            return null;
        }
        Token head = tokens.get(end - 1);
        if (!lexicon.isOfficeHead(head.word()) || !(head.pos().equals("NN") || head.pos().equals("NNP"))) {
            return null;
        }
        int headIndex = end - 1;
        if (head.isCapitalised() && end + 1 < tokens.size() && sameSentence(tokens, k, end + 1)
            && TITLE_PREPOSITIONS.contains(tokens.get(end).word()) && isCapitalisedTitleWord(tokens.get(end + 1))) {
            int to = end + 1;
            while (to < tokens.size() && to - end <= MAX_OF_TOKENS && sameSentence(tokens, k, to)
                && (isCapitalisedTitleWord(tokens.get(to)) || tokens.get(to).word().equals("and")
                    && to + 1 < tokens.size() && isCapitalisedTitleWord(tokens.get(to + 1)))) {
                to++;
            }
            end = to;
        }
        return new Role(k, end, headIndex);
    }

    private static boolean isRoleWord(Token t) {
        String pos = t.pos();
        boolean content = pos.startsWith("NN") || pos.equals("JJ");
        if (!t.isCapitalised()) {
            return content || pos.equals("VBG");
        }
        return content && ROLE_LABELS.contains(t.ner());
    }

    private static boolean isCapitalisedTitleWord(Token t) {
        return t.isCapitalised() && t.pos().startsWith("NN") && ROLE_LABELS.contains(t.ner());
    }

    /**
     * True when the noun phrase goes on after token end - 1, so that the role word modifies
     * another noun ("minister-level talks") or is a title before a name ("the foreign minister
     * Sergei Lavrov"). A possessive ends it: "the UN rights chief's office" is about that chief.
     */
    private static boolean continues(List<Token> tokens, int end) {
        if (end >= tokens.size() || tokens.get(end).sentence() != tokens.get(end - 1).sentence()) {
            return false;
        }
        Token next = tokens.get(end);
        boolean joined = next.start() == tokens.get(end - 1).end() && next.word().startsWith("-");
        return joined || next.pos().equals("HYPH") || next.isNoun() || next.ner().equals("PERSON")
            || next.pos().equals("JJ") && !next.isCapitalised();
    }

    /**
     * "China's ambassador to Britain Liu Xiaming": a role whose place or body after it ends in a
     * person's name is that person's title.
     */
    private static boolean titleOfANameAfter(List<Token> tokens, int end) {
        if (end >= tokens.size() || !TITLE_PLACE_PREPOSITIONS.contains(tokens.get(end).word())) {
            return false;
        }
        int k = end + 1;
        if (k < tokens.size() && tokens.get(k).word().equalsIgnoreCase("the")) {
            k++;
        }
        for (int from = k; k < tokens.size() && k - from < MAX_OWNER_TOKENS && sameSentence(tokens, end, k); k++) {
            Token t = tokens.get(k);
            if (t.ner().equals("PERSON")) {
                return k > from;
            }
            if (!t.isCapitalised() || !t.isProperNoun()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Mammadov is the deputy foreign minister", "served as Russia's ambassador", "was named the
     * UN envoy": the role is said of someone, not a mention of a person of its own. "As" that
     * joins a list ("such as", "as well as") names people.
     */
    private boolean predicative(AnnotatedText text, int start) {
        if (start == 0) {
            return false;
        }
        List<Token> tokens = text.tokens();
        Token before = tokens.get(start - 1);
        if (before.sentence() != tokens.get(start).sentence()) {
            return false;
        }
        if (before.word().equalsIgnoreCase("as") && start >= 2) {
            String earlier = tokens.get(start - 2).word().toLowerCase(Locale.ROOT);
            if (earlier.equals("such") || earlier.equals("well")) {
                return false;
            }
        }
        return lexicon.isRolePredicate(before.word()) || lexicon.isRolePredicate(before.lemma());
    }

    private static boolean isArticle(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return w.equals("a") || w.equals("an");
    }

    private static boolean sameSentence(List<Token> tokens, int a, int b) {
        return tokens.get(a).sentence() == tokens.get(b).sentence();
    }

    /** "deputy foreign minister" as a title list reads it: "Deputy Foreign Minister"; "secretary-general" "Secretary-General". */
    static String titleCase(String words) {
        StringBuilder b = new StringBuilder();
        String[] parts = words.split(" ");
        for (int p = 0; p < parts.length; p++) {
            String w = parts[p];
            if (p > 0) {
                b.append(' ');
            }
            if (p > 0 && SMALL_WORDS.contains(w)) {
                b.append(w);
                continue;
            }
            String[] pieces = w.split("-", -1);
            for (int q = 0; q < pieces.length; q++) {
                String piece = pieces[q];
                b.append(q > 0 ? "-" : "");
                b.append(piece.isEmpty() ? piece : piece.substring(0, 1).toUpperCase(Locale.ROOT) + piece.substring(1));
            }
        }
        return b.toString();
    }
}
