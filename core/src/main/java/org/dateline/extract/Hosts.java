package org.dateline.extract;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Domains from URLs: "https://www.azernews.az/news.php?id=1" is "azernews.az". */
final class Hosts {
    /**
     * A capture in the Internet Archive's Wayback Machine: /web/, a 1-14 digit timestamp, an
     * optional mode (id_, im_, ...), then the captured page's address, with or without its scheme.
     */
    private static final Pattern WAYBACK = Pattern.compile("^/web/\\d{1,14}(?:[a-z]{2}_)?/(.+)$");

    private Hosts() {}

    /**
     * The page's domain; for a Wayback Machine capture the captured page's, since the archive
     * keeps the page but did not publish it (a monitor asks which outlet ran the story).
     */
    static String domain(String url) {
        try {
            URI uri = URI.create(url.strip());
            String host = uri.getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            if ((host.equals("web.archive.org") || host.equals("wayback.archive.org")) && uri.getRawPath() != null) {
                Matcher m = WAYBACK.matcher(uri.getRawPath());
                if (m.matches()) {
                    String captured = m.group(1);
                    String inner = domain(captured.matches("(?i)^https?:/.*") ? captured.replaceFirst("(?i)^(https?:)/+", "$1//")
                        : "http://" + captured);
                    if (inner != null) {
                        return inner;
                    }
                }
            }
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
