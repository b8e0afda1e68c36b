package org.dateline.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines every news template wraps around an article: share and subscribe prompts, ads,
 * "Read more" links, copyright, photo credits, separators, follow prompts. Each rule matches a
 * whole short line, so body paragraphs that merely mention sharing or subscribing are kept.
 */
final class Furniture {
    private static final int MAX_LENGTH = 160;
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String NETWORK =
        "(?:twitter|x|facebook|instagram|telegram|threads|bluesky|mastodon|youtube|linkedin|tiktok|"
            + "whatsapp|google news|reddit|pinterest|vk|email|e-mail|messenger|flipboard)";

    private static final Pattern SEPARATOR = Pattern.compile("^\\s*(?:[-*_=~•·#]\\s*){3,}$");
    private static final List<Pattern> LINES = List.of(
        // share buttons, alone or several in a row: "Share", "Facebook Twitter WhatsApp", "Copy link"
        Pattern.compile("^(?:share|tweet|print|copy link|save|comment|comments|\\d+ comments|" + NETWORK
            + ")(?:[\\s,|/]+(?:share|tweet|print|copy link|save|" + NETWORK + "))*$", CI),
        Pattern.compile("^share(?: this| the| our)?(?: article| story| post| page| video)?"
            + "(?:\\s+(?:on|via|to|with)\\s+[\\p{L} ]{1,30})?\\s*[:!]?$", CI),
        Pattern.compile("^(?:subscribe|sign up|sign in|log in|register|get our|download our|join our)\\b.{0,140}$", CI),
        Pattern.compile("^click here\\b.*$", CI),
        Pattern.compile("^(?:advertisement|advertising|ad|sponsored(?: content)?|paid content|promoted|"
            + "story continues(?: below)?(?: advertisement)?|scroll to continue(?: with content)?|"
            + "continue reading.*|skip advert(?:isement)?|article continues(?: below)?(?: this ad)?)\\.?$", CI),
        Pattern.compile("^(?:read more|also read|read also|see also|related|more on this(?: story)?|"
            + "more from [\\p{L} ]{1,30}|recommended(?: stories)?|most read|most popular|you may also like|"
            + "trending(?: now)?|explore more|more stories|latest news|top stories|editor's picks|"
            + "further reading|watch|listen)\\s*(?:[:\\-\u2013\u2014|>»].*)?$", CI),
        Pattern.compile("^(?:©|\\(c\\)\\s|copyright\\b).*$", CI),
        Pattern.compile("^.*\\ball rights reserved\\.?$", CI),
        Pattern.compile("^(?:photo|photos|photograph|image|images|picture|pictures|file photo|credit|"
            + "caption|illustration|video|graphic)(?:\\s+(?:credit|source|caption|by))?\\s*[:,].*$", CI),
        Pattern.compile("^\\((?:photo|photos|image|picture|file photo|illustration)\\b[^()]*\\)$", CI),
        Pattern.compile("^\\([^()]*(?:\\bPhoto\\b|Getty Images|via Getty|Reuters/|AFP/|EPA/|/Reuters|/AFP|/EPA)[^()]*\\)$"),
        Pattern.compile("^(?:listen to this article.*|\\d+\\s*min(?:ute)?s?\\s+read|reading time.*|"
            + "(?:tags?|topics?|filed under|categories|category|keywords)\\s*:.*|show more|load more|"
            + "back to top|skip to (?:main )?content|our standards:.*|report an error|"
            + "fact-checked by.*|translated by.*|reuse this content|explore more.*|related topics|"
            + "save (?:this )?articles?\\b.*|enditem|end item|print this (?:article|page)|"
            + "(?:sources?|editors?)\\s*:.*)$", CI));

    private static final Pattern FOLLOW = Pattern.compile(
        "^follow\\s+(us|me|him|her|them|[^@]{2,60}?)\\s+on\\s+(" + NETWORK + "(?:\\s*(?:,|and|&)\\s*" + NETWORK
            + ")*)\\s*(?:[:\\-\u2013\u2014]|at)?\\s*(@[A-Za-z0-9_]{1,30})?\\s*[.!]?$", CI);
    private static final Pattern FOLLOW_HANDLE_FIRST = Pattern.compile(
        "^follow\\s+(@[A-Za-z0-9_]{1,30})(?:\\s+on\\s+" + NETWORK + ")?\\s*[.!]?$", CI);
    private static final Pattern NETWORK_HANDLE = Pattern.compile(
        "^" + NETWORK + "\\s*:\\s*(@[A-Za-z0-9_]{1,30})$", CI);
    private static final Pattern URL_LINE = Pattern.compile(
        "^(?:(?:source|url|link|canonical|originally published at|permalink)\\s*:\\s*)?"
            + "((?:https?://|www\\.)[^\\s]+)$", CI);
    private static final Pattern COPYRIGHT_HOLDER = Pattern.compile(
        "^(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-\u2013]\\s*\\d{4})?)?\\s*,?\\s*(.+?)"
            + "(?:,?\\s+\\d{4})?(?:[.,]?\\s*all rights reserved)?\\.?$", CI);
    /** "Source: Al Jazeera and news agencies", "Source: Xinhua": the outlet that credits itself. */
    private static final Pattern SOURCE_LINE = Pattern.compile("^sources?\\s*:\\s*(.+)$", CI);
    /** "Editor: Liu Wei": an editor, who is not an author. */
    private static final Pattern EDITOR_LINE = Pattern.compile("^editors?\\s*:\\s*(.+)$", CI);

    private Furniture() {}

    static boolean isSeparator(String line) {
        return SEPARATOR.matcher(line).matches();
    }

    /** Whether the line is template furniture with nothing worth keeping. */
    static boolean isBoilerplate(String line) {
        String s = line.strip();
        return !s.isEmpty() && s.length() <= MAX_LENGTH && LINES.stream().anyMatch(p -> p.matcher(s).matches());
    }

    static Optional<Follow> follow(String line) {
        String s = line.strip();
        Matcher m = FOLLOW.matcher(s);
        if (m.matches()) {
            String who = m.group(1).strip();
            String lower = who.toLowerCase(Locale.ROOT);
            boolean pronoun = List.of("us", "me", "him", "her", "them").contains(lower);
            // "Follow the money, investigators said on Twitter." is a sentence, not a prompt.
            if (!pronoun && !Outlets.isNameShaped(who)) {
                return Optional.empty();
            }
            return Optional.of(new Follow(pronoun ? lower : who, m.group(3)));
        }
        Matcher h = FOLLOW_HANDLE_FIRST.matcher(s);
        if (h.matches()) {
            return Optional.of(new Follow("us", h.group(1)));
        }
        Matcher n = NETWORK_HANDLE.matcher(s);
        return n.matches() ? Optional.of(new Follow("us", n.group(1))) : Optional.empty();
    }

    /** The address on a line that is only an address ("https://...", "Source: www..."). */
    static Optional<String> url(String line) {
        Matcher m = URL_LINE.matcher(line.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The outlet a "Source:" line credits: its first name-shaped part. */
    static Optional<String> sourceCredit(String line) {
        Matcher m = SOURCE_LINE.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String first = Names.splitList(m.group(1)).stream().findFirst().orElse("").replaceFirst("[.]$", "");
        return Outlets.isNameShaped(first) ? Optional.of(first) : Optional.empty();
    }

    /** The names on an "Editor:" line. */
    static Optional<String> editor(String line) {
        Matcher m = EDITOR_LINE.matcher(line.strip());
        return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** Who a copyright line names ("© 2024 Daily Planet Media Ltd. All rights reserved."). */
    static Optional<String> copyrightHolder(String line) {
        Matcher m = COPYRIGHT_HOLDER.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String holder = m.group(1).strip().replaceFirst("[.,]$", "");
        return holder.isEmpty() || holder.length() > 60 || !Outlets.isNameShaped(holder)
            ? Optional.empty() : Optional.of(holder);
    }
}
