package org.dateline.extract;

import java.net.URI;
import java.util.Locale;

/** Domains from URLs: "https://www.azernews.az/news.php?id=1" is "azernews.az". */
final class Hosts {
    private Hosts() {}

    static String domain(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
