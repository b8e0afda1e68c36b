package org.dateline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Source;

/**
 * Weighs what a page says about its outlet. The name is taken as the outlet spells itself in a
 * bio or byline, ahead of follow lines and copyright; a wire agency from a dateline names the
 * outlet only when nothing else does, since outlets reprint wire copy under their own name.
 */
final class SourceResolver {
    private static final Pattern URL = Pattern.compile("(?:https?://|(?<![\\w.@/])www\\.)([A-Za-z0-9.-]+\\.[A-Za-z]{2,})");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})");

    private static final Set<String> NOT_NAME_LABELS = Set.of("www", "amp", "com", "org", "net", "news", "edu", "gov");

    private SourceResolver() {}

    static Source resolve(PageFacts facts, String pageText, String pageUrl) {
        String name = facts.outlets.stream()
            .min(Comparator.comparing(PageFacts.OutletClue::evidence))
            .map(PageFacts.OutletClue::name).orElse(null);
        Set<String> handles = new LinkedHashSet<>();
        for (Follow f : facts.follows) {
            if (f.handle() != null && f.isOutlet()) {
                handles.add(f.handle());
            }
        }
        String domain = domain(name, pageText, pageUrl, facts.urls).orElse(null);
        if (name == null && domain == null && handles.isEmpty()) {
            return Source.UNKNOWN;
        }
        return new Source(name, domain, List.copyOf(handles));
    }

    /**
     * The outlet's domain: one in the page that carries the outlet's name ("AzerNews" and
     * azernews.az), else the page's own address, else an address the page gives on a line of its
     * own. Links inside the body usually point elsewhere, so they only count when they match the name.
     */
    static Optional<String> domain(String name, String pageText, String pageUrl, List<String> urlLines) {
        if (name != null) {
            List<String> all = new ArrayList<>(hosts(URL, pageText));
            all.addAll(hosts(EMAIL, pageText));
            for (String host : all) {
                if (matchesName(host, name)) {
                    return Optional.of(host);
                }
            }
        }
        if (pageUrl != null) {
            return host(pageUrl);
        }
        return urlLines.stream().map(SourceResolver::host).flatMap(Optional::stream).findFirst();
    }

    /** azernews.az for "AzerNews", dailyplanet.com for "The Daily Planet Media Group". */
    static boolean matchesName(String host, String name) {
        String key = letters(name.replaceFirst("(?i)^the\\s+", ""));
        String[] labels = host.split("\\.");
        for (int i = 0; i < labels.length - 1; i++) {
            String label = letters(labels[i]);
            if (label.length() >= 3 && !NOT_NAME_LABELS.contains(label)
                && (key.contains(label) || label.contains(key))) {
                return true;
            }
        }
        return false;
    }

    static Optional<String> host(String url) {
        String h = Hosts.domain(url.startsWith("www.") ? "https://" + url : url);
        return h == null ? Optional.empty() : Optional.of(bare(h));
    }

    private static List<String> hosts(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(bare(m.group(1)));
        }
        return out;
    }

    private static String bare(String host) {
        return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "").replaceFirst("\\.$", "");
    }

    private static String letters(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
