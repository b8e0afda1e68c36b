package org.dateline.server;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which {@code Host} headers the server answers: the DNS-rebinding defence. A page on
 * {@code attacker.example} whose name the attacker re-points at 127.0.0.1 reaches a loopback server
 * with its scripts, but the browser still sends {@code Host: attacker.example}; a server that
 * answers only the names it is really served under gives that page nothing.
 *
 * <p>Allowed: the address the server is bound to, with the port it listens on; on a loopback bind
 * also {@code localhost}, {@code 127.0.0.1} and {@code [::1]}; on a wildcard bind (0.0.0.0, ::)
 * any IP literal and {@code localhost} (an IP literal cannot be re-pointed); and any name the
 * operator allows ({@code --allow-host}, e.g. the name a reverse proxy forwards), with any port.
 * A Host without a port is port 80. Names are compared without case; nothing is resolved.
 */
final class HostCheck {
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]+(%[0-9a-z._~-]+)?]");
    /** A Host header's port: compiled once, not per request as String.matches would. */
    private static final Pattern PORT = Pattern.compile("\\d{1,5}");
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final Set<String> WILDCARD = Set.of("0.0.0.0", "[::]", "::", "[0:0:0:0:0:0:0:0]");

    private final Set<String> names;
    private final boolean anyIpLiteral;
    private final int port;
    private final Set<String> extra;

    /**
     * @param bindHost the address the server listens on, as given to {@link ApiServer#start}
     * @param port the port it really listens on (after a port 0 was given a free one)
     * @param allowed further names, each answered on any port
     */
    HostCheck(String bindHost, int port, List<String> allowed) {
        String bind = bracketed(bindHost.strip().toLowerCase(Locale.ROOT));
        this.anyIpLiteral = WILDCARD.contains(bind);
        this.names = anyIpLiteral || LOOPBACK.contains(bind) || bind.startsWith("127.") ? union(LOOPBACK, bind) : Set.of(bind);
        this.port = port;
        this.extra = allowed.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether a request with this {@code Host} header is answered; null (an HTTP/1.0 request without one) is. */
    boolean allows(String hostHeader) {
        if (hostHeader == null) {
            return true;
        }
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        String name = h;
        int p = 80;
        if (colon >= 0 && colon > h.lastIndexOf(']')) {
            name = h.substring(0, colon);
            String digits = h.substring(colon + 1);
            if (!PORT.matcher(digits).matches()) {
                return false;
            }
            p = Integer.parseInt(digits);
        }
        if (extra.contains(name)) {
            return true;
        }
        if (p != port) {
            return false;
        }
        return names.contains(name) || anyIpLiteral && (IPV4.matcher(name).matches() || IPV6.matcher(name).matches());
    }

    private static String bracketed(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static Set<String> union(Set<String> a, String b) {
        return java.util.stream.Stream.concat(a.stream(), java.util.stream.Stream.of(b)).collect(Collectors.toUnmodifiableSet());
    }
}
