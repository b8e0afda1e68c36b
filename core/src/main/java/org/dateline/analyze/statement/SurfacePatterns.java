package org.dateline.analyze.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.analyze.quote.Quote;
import org.dateline.analyze.quote.Quotes;
import org.dateline.model.StatementKind;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.DependencyTree;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;
import org.dateline.nlp.TokenSpan;

/**
 * Attribution read from word order when the parse gave nothing usable for a speech verb: the
 * parser misreads reduced relatives ("people briefed on the talks said ...") and inverted cues
 * ("..., said the company's chair in an email"). Three news layouts, each bounded so that a
 * stray "said" does not take half a paragraph:
 * <ul>
 *   <li>SOURCE CUE (that) CONTENT — the source opens the sentence or follows a fronted comma;</li>
 *   <li>CONTENT, SOURCE CUE. and CONTENT, CUE SOURCE. — the cue closes the sentence, or only its
 *       adjuncts follow it ("said on Tuesday, after years of debate");</li>
 *   <li>..., saying (that) CONTENT — a participle cue takes the main clause's subject.</li>
 * </ul>
 */
final class SurfacePatterns {
    private static final int MAX_SOURCE_TOKENS = 12;
    private static final int MIN_CONTENT_TOKENS = 4;
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "—", "–", "--");
    private static final Set<String> END = Set.of(".", "!", "?", "\"", "”", "''");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

    private final CueLexicon cues;

    SurfacePatterns(CueLexicon cues) {
        this.cues = cues;
    }

    /** Attributions for cue verbs of the sentence that {@code used} does not cover yet. */
    List<Attribution> find(AnnotatedText text, Sentence sentence, List<Attribution> used, List<Quote> quotes) {
        DependencyTree tree = sentence.tree();
        List<Attribution> found = new ArrayList<>();
        List<Token> tokens = text.tokens();
        for (int v = sentence.tokenStart(); v < sentence.tokenEnd(); v++) {
            Token verb = tokens.get(v);
            CueLexicon.CueClass cueClass = verb.isVerb() ? cues.classOf(verb.lemma()) : null;
            // a rejecting verb states a denial only of a claim with its that-clause, which the words'
            // order alone cannot tell from "rejected Assange's attempt to delay the hearing"
            if (cueClass == null || cueClass == CueLexicon.CueClass.CLAIM || covered(used, verb) || covered(found, verb)
                || Quotes.insideSpeech(quotes, verb.start()) || hyphenated(tokens, v)) {
                continue;
            }
            Attribution a = verb.pos().equals("VBG") ? participle(text, sentence, tree, v)
                : sentenceFinal(text, sentence, v);
            if (a == null) {
                a = sentenceInitial(text, sentence, v);
            }
            if (a != null) {
                found.add(a);
            }
        }
        return found;
    }

    /** SOURCE CUE (that) CONTENT. */
    private Attribution sentenceInitial(AnnotatedText text, Sentence s, int v) {
        List<Token> tokens = text.tokens();
        int sourceStart = v;
        while (sourceStart > s.tokenStart() && !CLAUSE_BREAKS.contains(tokens.get(sourceStart - 1).word())) {
            sourceStart--;
        }
        TokenSpan source = text.span(sourceStart, v);
        if (!isNounPhrase(source)) {
            return null;
        }
        int contentStart = v + 1;
        while (contentStart < s.tokenEnd() && CLAUSE_BREAKS.contains(tokens.get(contentStart).word())) {
            contentStart++;
        }
        TokenSpan content = clauseToSentenceEnd(text, s, contentStart);
        return content == null ? null : attribution(text, s, source, v, content);
    }

    /** CONTENT, SOURCE CUE. and CONTENT, CUE SOURCE. */
    private Attribution sentenceFinal(AnnotatedText text, Sentence s, int v) {
        List<Token> tokens = text.tokens();
        int end = s.tokenEnd();
        while (end > v + 1 && END.contains(tokens.get(end - 1).word())) {
            end--;
        }
        TokenSpan source;
        int comma;
        // "CONTENT, SOURCE said on Tuesday, after ...": what follows the cue is its adjunct (a
        // preposition, a day, a comma), not a source written after it; only a finite cue says so
        // ("the teen accused of shooting", "so-called midnight regulation" say nothing)
        boolean adjunctFollows = v + 1 < end && adjunct(tokens.get(v + 1));
        if (adjunctFollows && !FINITE.contains(tokens.get(v).pos())) {
            return null;
        }
        if (v + 1 < end && !adjunctFollows) {
            // CUE SOURCE: the source runs to the sentence end, a prepositional tail ("in an email") apart.
            int sourceEnd = v + 1;
            while (sourceEnd < end && !tokens.get(sourceEnd).pos().equals("IN") && !CLAUSE_BREAKS.contains(tokens.get(sourceEnd).word())) {
                sourceEnd++;
            }
            source = text.span(v + 1, sourceEnd);
            comma = v - 1;
        } else {
            comma = v - 1;
            while (comma > s.tokenStart() && !tokens.get(comma).word().equals(",")) {
                comma--;
            }
            source = text.span(comma + 1, v);
        }
        if (comma <= s.tokenStart() || !tokens.get(comma).word().equals(",") && !isClosingQuote(tokens.get(comma))
            || !isNounPhrase(source)) {
            return null;
        }
        int contentEnd = tokens.get(comma).word().equals(",") ? comma : comma + 1;
        TokenSpan content = text.span(s.tokenStart(), contentEnd);
        if (content.size() < MIN_CONTENT_TOKENS || !hasFiniteVerb(content) || subordinateAlone(content)
            || tokens.get(source.from()).pos().equals("CC")) {
            return null; // "As the charges were unsealed, X testified ...", "..., and Vindman reported to him"
        }
        return attribution(text, s, source, v, content);
    }

    /**
     * A subordinate clause with no main clause beside it ("As the charges were unsealed in New
     * York"): what it tells frames the sentence's own news and is nobody's statement.
     */
    private static boolean subordinateAlone(TokenSpan content) {
        Token first = content.tokens().get(0);
        return (first.pos().equals("IN") || first.pos().equals("WRB"))
            && content.tokens().stream().noneMatch(t -> CLAUSE_BREAKS.contains(t.word()));
    }

    /** A verb glued to a hyphen before it is part of a compound word: "so-called", "self-described". */
    private static boolean hyphenated(List<Token> tokens, int v) {
        return v > 0 && tokens.get(v - 1).end() == tokens.get(v).start() && tokens.get(v - 1).word().endsWith("-");
    }

    /** A word that starts a cue's adjunct rather than a source after it: "on Tuesday", "Tuesday", ", adding". */
    private static boolean adjunct(Token t) {
        return t.pos().equals("IN") || CLAUSE_BREAKS.contains(t.word()) || "DATE".equals(t.ner()) || "TIME".equals(t.ner());
    }

    /** "..., saying (that) CONTENT": the participle speaks for the main clause's subject. */
    private Attribution participle(AnnotatedText text, Sentence s, DependencyTree tree, int v) {
        List<Token> tokens = text.tokens();
        if (v == s.tokenStart() || !tokens.get(v - 1).word().equals(",")) {
            return null;
        }
        int root = -1;
        for (int i = s.tokenStart(); i < s.tokenEnd(); i++) {
            if (tree.relation(i).equals("root")) {
                root = i;
            }
        }
        int subject = root < 0 ? -1 : tree.firstChild(root, "nsubj");
        if (subject < 0 || subject > v) {
            return null;
        }
        TokenSpan source = text.subtreeWithout(subject, tree.children(subject, "acl"));
        TokenSpan content = clauseToSentenceEnd(text, s, v + 1);
        if (content == null) {
            return null;
        }
        return new Attribution(s.index(), source.toSpan(), subject, TokenSpan.of(text, v).toSpan(), content.toSpan(),
            StatementKind.INDIRECT);
    }

    /**
     * Tokens [from, sentence end) as reported content: without a leading "that" and the closing
     * punctuation, and only when they make a clause (a finite verb, a few words at least).
     */
    private static TokenSpan clauseToSentenceEnd(AnnotatedText text, Sentence s, int from) {
        List<Token> tokens = text.tokens();
        int start = from;
        if (start < s.tokenEnd() && tokens.get(start).word().equalsIgnoreCase("that")) {
            start++;
        }
        int end = s.tokenEnd();
        while (end > start && END.contains(tokens.get(end - 1).word())) {
            end--;
        }
        if (end - start < MIN_CONTENT_TOKENS) {
            return null;
        }
        TokenSpan clause = text.span(start, end);
        return hasFiniteVerb(clause) ? clause : null;
    }

    /**
     * The source's head word, read from word order since the parse is not trusted here: the first
     * noun or pronoun that no noun follows ("the company's chair": chair).
     */
    private static Attribution attribution(AnnotatedText text, Sentence s, TokenSpan source, int v, TokenSpan content) {
        List<Token> tokens = text.tokens();
        int head = source.to() - 1;
        for (int i = source.from(); i < source.to(); i++) {
            if (tokens.get(i).isNoun() || tokens.get(i).pos().startsWith("PRP")) {
                head = i;
                Token next = tokens.get(i + 1 < source.to() ? i + 1 : i);
                // a possessor is no head: "Austria's interior minister" is the minister
                if (!next.isNoun() && !next.pos().equals("POS")) {
                    break;
                }
            }
        }
        return new Attribution(s.index(), source.toSpan(), head, TokenSpan.of(text, v).toSpan(), content.toSpan(),
            StatementKind.INDIRECT);
    }

    /** A short run of words naming someone: nouns, names or a pronoun, and no finite verb. */
    private static boolean isNounPhrase(TokenSpan range) {
        if (range.size() < 1 || range.size() > MAX_SOURCE_TOKENS) {
            return false;
        }
        boolean nominal = false;
        for (Token t : range.tokens()) {
            String pos = t.pos();
            if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")
                || CLAUSE_BREAKS.contains(t.word()) || isClosingQuote(t) || t.word().equals("“")) {
                return false;
            }
            nominal |= t.isNoun() || pos.equals("PRP");
        }
        String first = range.first().word().toLowerCase(Locale.ROOT);
        return nominal && !Set.of("it", "this", "that", "which", "who").contains(first) || first.equals("it") && range.size() == 1;
    }

    private static boolean hasFiniteVerb(TokenSpan range) {
        for (Token t : range.tokens()) {
            String pos = t.pos();
            if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isClosingQuote(Token t) {
        return t.word().equals("”") || t.word().equals("\"") || t.word().equals("''");
    }

    private static boolean covered(List<Attribution> attributions, Token verb) {
        return attributions.stream().anyMatch(a -> a.cue() != null && a.cue().start() <= verb.start() && verb.end() <= a.cue().end());
    }
}
