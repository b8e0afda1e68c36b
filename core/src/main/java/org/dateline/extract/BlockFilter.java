package org.dateline.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Single blocks inside the content that a reader skips: the repeated headline, ad labels, share and
 * follow prompts, sign-up pitches, "read more" pointers, bylines and timestamp lines (read with the
 * same parsers as scraped page text), unrendered shortcodes. Only short blocks whose whole text is such a
 * line are dropped, so a sentence that merely mentions sharing or subscribing stays.
 */
final class BlockFilter {
    private static final int SHORT = 160;
    private static final Pattern FURNITURE_LINE = Pattern.compile(
        "(?i)^\\W*(advertisement|advertising|ad|sponsored( content)?|story continues (below|after)( advertisement)?|"
        + "continue reading( below| the main story)?|scroll (down )?to continue.*|"
        + "(read|see|view|watch|click) (more|also|here|next|the full).{0,80}|related( articles?| stories| content| coverage| links?)?:?.{0,120}|"
        + "(share|tweet|email|print|save)( this| the)?( article| story| post| page)?( on .{0,30})?|"
        + "(follow|like) us.{0,80}|sign up.{0,120}|subscribe.{0,120}|(get|receive) (our|the) .{0,40}newsletter.{0,80}|"
        + "(all rights reserved|copyright|©).{0,120}|photo:?.{0,80}|image:?.{0,80}|(photo|image) (credit|courtesy).{0,80}|"
        + "loading\\.*|comments?( \\(\\d+\\))?|leave a (comment|reply)|you might also like.*|recommended( for you)?|"
        + "more (from|on|about) .{0,80}|trending( now)?|most (read|popular|viewed)|also read.{0,120}|"
        + "(this|the) (article|story|post) (was|has been) (updated|corrected).{0,120}|"
        + "(this|the) .{0,40}requires javascript.*|(please )?enable javascript.*)\\W*$");
    /** A CMS shortcode that was never rendered: "[button link=...]Send us your review[/button]". */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SHORTCODE = Pattern.compile("^\\[\\w[^\\]]*\\].*\\[/\\w+\\]$");
    private static final Pattern BY = Pattern.compile("^(?i)(by|written by|words by|story by|reported by)\\s.*");

    private BlockFilter() {}

    static boolean skip(Element e) {
        String tag = e.normalName();
        if (tag.equals("h1") || tag.equals("figcaption")) {
            return true;
        }
        if (TextStats.INLINE.contains(tag) && !tag.equals("a") && !tag.equals("span")) {
            return false;
        }
        String text = shortText(e);
        if (text == null) {
            return false;
        }
        if (FURNITURE_LINE.matcher(text).matches()) {
            return true;
        }
        // Bylines and timestamps count only as whole blocks: a linked date ends many an embedded tweet.
        return !TextStats.INLINE.contains(tag) && (SHORTCODE.matcher(text).matches()
            || BY.matcher(text).matches() && BylineParser.parse(text).isPresent()
            || TimestampParser.parseLine(text).isPresent());
    }

    /** The element's text when it is short, found without reading a long subtree twice. */
    private static String shortText(Element e) {
        StringBuilder sb = new StringBuilder();
        boolean[] tooLong = {false};
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof org.jsoup.nodes.TextNode t) {
                    sb.append(t.text()).append(' ');
                    if (sb.length() > SHORT) {
                        tooLong[0] = true;
                        return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(org.jsoup.nodes.Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, e);
        String s = WHITESPACE.matcher(sb).replaceAll(" ").strip();
        return tooLong[0] || s.isEmpty() ? null : s;
    }
}
