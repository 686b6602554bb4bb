package org.factcheck.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The address a site is published at: {@code base_url} in {@code content/site.yaml}, which a build
 * may override as Hugo's {@code --baseURL} does (the {@code --base-url} option first, then the
 * environment variable {@value #ENV}, then the file), so one content repository can be published
 * under a sub-path such as {@code https://user.github.io/repo/} without editing it.
 */
public final class BaseUrl {

    /** The environment variable that overrides {@code base_url} when no {@code --base-url} is given. */
    public static final String ENV = "FACTCHECK_BASE_URL";

    private BaseUrl() {
    }

    /**
     * The address as pages print it: stripped and ending in '/'.
     *
     * @throws IllegalArgumentException when it is not an absolute http:// or https:// address with a host
     */
    public static String normalise(String url) {
        String u = url.strip();
        try {
            URI uri = new URI(u);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getQuery() == null && uri.getFragment() == null) {
                return u.endsWith("/") ? u : u + "/";
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException("must be an http:// or https:// address such as https://user.github.io/repo/,"
                + " found '" + url + "'");
    }

    /**
     * The override a build applies: {@code option} when given, else {@code env} when set and not blank,
     * else null (the file's {@code base_url} stands). Normalised as {@link #normalise}.
     *
     * @throws IllegalArgumentException naming where the bad address came from
     */
    public static String override(String option, String env) {
        if (option != null) {
            try {
                return normalise(option);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--base-url " + e.getMessage(), e);
            }
        }
        if (env != null && !env.isBlank()) {
            try {
                return normalise(env);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(ENV + " " + e.getMessage(), e);
            }
        }
        return null;
    }

    /**
     * True for a documentation placeholder a desk has not replaced yet: a host under
     * {@code example.org}, {@code example.com} or {@code example.net} (RFC 2606), as in the demo
     * content and the scaffold {@code init} writes.
     */
    public static boolean isPlaceholder(String url) {
        String host;
        try {
            host = new URI(url.strip()).getHost();
        } catch (URISyntaxException e) {
            return false;
        }
        if (host == null) {
            return false;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        for (String example : new String[] {"example.org", "example.com", "example.net"}) {
            if (host.equals(example) || host.endsWith("." + example)) {
                return true;
            }
        }
        return false;
    }
}
