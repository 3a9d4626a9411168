package org.sitrep.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which {@code Host} and {@code Origin} values the app answers, against DNS rebinding: a hostile page can point a
 * name it controls at this machine's address, and its scripts would then read the app as that name. So the app
 * answers only names that cannot be rebound (IP literals, {@code localhost}), the address it is bound to, and names
 * its user configures. A write must also come from the app's own origin when the browser says where it comes from.
 */
final class HostGuard {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]+(%[0-9a-z]+)?]");

    private final String boundHost;
    private final Set<String> names;

    HostGuard(String boundHost, List<String> names) {
        this.boundHost = normalise(boundHost);
        this.names = names.stream().map(HostGuard::normalise).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether a request with this {@code Host} header may be answered (none at all: an HTTP/1.0 client, allowed). */
    boolean allowsHost(String header) {
        if (header == null) {
            return true;
        }
        String host = hostPart(header.strip());
        return host != null && allowedName(host);
    }

    /**
     * Whether a write with this {@code Origin} may proceed: no Origin (not a browser, or a same-origin form), or the
     * very origin the request was addressed to ({@code http://} and its Host). "null" (a sandboxed or file page) is
     * refused.
     */
    boolean allowsOrigin(String origin, String hostHeader) {
        if (origin == null) {
            return true;
        }
        if (hostHeader == null) {
            return false;
        }
        try {
            URI uri = new URI(origin.strip());
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return false;
            }
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getRawAuthority().equalsIgnoreCase(hostHeader.strip()) && allowsHost(hostHeader);
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private boolean allowedName(String host) {
        return IPV4.matcher(host).matches() || IPV6.matcher(host).matches() || host.equals("localhost")
                || host.endsWith(".localhost") || host.equals(boundHost) || names.contains(host);
    }

    /** The host of a Host header ({@code name}, {@code name:port}, {@code [v6]:port}), lower case; null if malformed. */
    private static String hostPart(String header) {
        String host;
        if (header.startsWith("[")) {
            int close = header.indexOf(']');
            if (close < 0) {
                return null;
            }
            host = header.substring(0, close + 1);
            String rest = header.substring(close + 1);
            if (!rest.isEmpty() && !rest.matches(":\\d{1,5}")) {
                return null;
            }
        } else {
            int colon = header.indexOf(':');
            host = colon < 0 ? header : header.substring(0, colon);
            if (colon >= 0 && !header.substring(colon).matches(":\\d{1,5}")) {
                return null;
            }
        }
        return host.isEmpty() ? null : normalise(host);
    }

    private static String normalise(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.contains(":") && !h.startsWith("[")) {
            h = "[" + h + "]"; // a bound IPv6 address is given bare
        }
        return h;
    }
}
