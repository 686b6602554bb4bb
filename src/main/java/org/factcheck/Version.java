package org.factcheck;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of factcheck that is running, as pom.xml's {@code <version>} wrote it into the build
 * ({@code factcheck/version.properties}, a filtered resource): what {@code --version} prints, what SARIF
 * names as the tool's version and what {@code init} pins in a desk's workflows.
 */
public final class Version {

    private static final String UNKNOWN = "unknown";
    private static volatile java.util.Map<String, String> properties;

    private Version() {
    }

    /** The running version, e.g. {@code 1.2.0} or {@code 1.3.0-SNAPSHOT}; {@code unknown} if the build left none. */
    public static String current() {
        return properties().getOrDefault("version", UNKNOWN);
    }

    /**
     * The GitHub repository ({@code owner/name}) whose releases publish this jar, for the download
     * address {@code init} writes; {@code OWNER/factcheck} in a build that did not say.
     */
    public static String repository() {
        return properties().getOrDefault("repository", "OWNER/factcheck");
    }

    /** Whether the running code is a released version (not a {@code -SNAPSHOT} nor unknown): only those can be downloaded. */
    public static boolean released() {
        String v = current();
        return !v.equals(UNKNOWN) && !v.endsWith("-SNAPSHOT");
    }

    private static java.util.Map<String, String> properties() {
        java.util.Map<String, String> p = properties;
        if (p == null) {
            p = read();
            properties = p;
        }
        return p;
    }

    private static java.util.Map<String, String> read() {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        try (InputStream in = Version.class.getResourceAsStream("/factcheck/version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                for (String key : p.stringPropertyNames()) {
                    String v = p.getProperty(key).strip();
                    // An unfiltered copy (e.g. an IDE that copies resources itself) still holds the Maven expression.
                    if (!v.isEmpty() && !v.startsWith("${")) {
                        values.put(key, v);
                    }
                }
            }
        } catch (IOException e) {
            // No version file: every value stays unknown.
        }
        return java.util.Map.copyOf(values);
    }
}
