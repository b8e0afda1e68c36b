package org.dateline.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What class names, ids and roles say about an element. News CMSs name their furniture plainly
 * ("share-bar", "related-stories", "newsletter-signup"), so these words carry most of the signal a
 * reader gets from layout. Words are matched inside names, as CMSs glue them ("articleShareTools").
 */
final class Boilerplate {
    /** Never article text, whatever it is called. */
    static final String NEVER_TEXT = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
        + "button, input, select, textarea, option, nav, dialog, link, meta, map, audio, video, source, "
        + "[role=navigation], [role=menu], [role=menubar], [role=dialog], [role=alertdialog], [role=search], "
        + "[role=banner], [role=contentinfo], [role=complementary], [hidden], [aria-hidden=true], "
        + "[aria-modal=true], [itemprop=comment], [itemtype*=Comment]";

    /**
     * Furniture by name: removed outright unless the name also says "this is the content". These
     * words are long enough to be matched inside glued names ("articleSidebarWrap").
     */
    private static final Pattern UNLIKELY = Pattern.compile(
        "advert|ai2html|breadcrumb|combx|comment|community|consent|cookie|cover-wrap|disqus|footer|gdpr|legends|"
        + "related|remark|replies|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|"
        + "pagination|popup|newsletter|subscribe|signup|sign-up|outbrain|taboola|sharing|sharedaddy|"
        + "sharebar|share-bar|sharetools|share-tools|toolbar|byline|author-?bio|authorbox|about-?the-?author|"
        + "recirc|most-?read|most-?popular|trending|read-?more|more-?stories|tagcloud|jump-?link|skip-?link|"
        + "print-?only|visually-?hidden|sr-only|screen-?reader|offscreen|hidden-?print|masthead|navbar|topbar|"
        + "dropdown|alert-bar|video-?player|playlist|carousel|slideshow|nativead|native-ad|wp-?caption-?text|"
        + "inline-?ad|ad-?container|ad-?wrapper|ad-?slot|adslot|adunit|googlead|feedback|donate|donation|follow-?us",
        Pattern.CASE_INSENSITIVE);
    /** Short furniture words, matched only as whole words of a name ("pager" but not "pagerow"). */
    private static final Set<String> UNLIKELY_WORDS = Set.of("ad", "ads", "pager", "rss", "tags", "tag", "menu",
        "cta", "dfp", "login", "modal", "promo", "promos", "rating", "share", "overlay", "banner", "menus");
    private static final Pattern WORD_BREAK = Pattern.compile("[^a-z0-9]+");
    private static final Pattern CAMEL = Pattern.compile("([a-z])([A-Z])");

    private static final Pattern MAYBE_CONTENT = Pattern.compile(
        "and|article|body|column|content|main|shadow|post|story|entry|text", Pattern.CASE_INSENSITIVE);

    private static final Pattern NEGATIVE = Pattern.compile(
        "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|"
        + "outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|caption|"
        + "credit|byline|author|newsletter|subscribe|nav|recirc|teaser|card|list",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITIVE = Pattern.compile(
        "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|paragraph|prose|rich-?text",
        Pattern.CASE_INSENSITIVE);

    private static final Set<String> NEVER_UNLIKELY = Set.of("html", "body", "article", "main", "a", "p",
        "table", "tbody", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6");

    private Boilerplate() {}

    static String marker(Element e) {
        return (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).strip();
    }

    /** The element is named as furniture (and not also as the content). */
    static boolean unlikely(Element e) {
        if (NEVER_UNLIKELY.contains(e.normalName()) || e.hasAttr("itemprop") && e.attr("itemprop").equals("articleBody")) {
            return false;
        }
        String m = marker(e);
        if (m.isEmpty()) {
            return false;
        }
        return (UNLIKELY.matcher(m).find() || hasUnlikelyWord(e)) && !MAYBE_CONTENT.matcher(m).find();
    }

    private static boolean hasUnlikelyWord(Element e) {
        String split = CAMEL.matcher(e.className() + " " + e.id()).replaceAll("$1 $2").toLowerCase(Locale.ROOT);
        for (String word : WORD_BREAK.split(split)) {
            if (UNLIKELY_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Readability's class weight: +25 for content-like names, -25 for furniture-like, per class and id. */
    static int weight(Element e) {
        int w = 0;
        String cls = e.className();
        if (!cls.isEmpty()) {
            if (NEGATIVE.matcher(cls).find()) {
                w -= 25;
            }
            if (POSITIVE.matcher(cls).find()) {
                w += 25;
            }
        }
        String id = e.id();
        if (!id.isEmpty()) {
            if (NEGATIVE.matcher(id).find()) {
                w -= 25;
            }
            if (POSITIVE.matcher(id).find()) {
                w += 25;
            }
        }
        return w;
    }
}
