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
    private static volatile String current;

    private Version() {
    }

    /** The running version, e.g. {@code 1.2.0} or {@code 1.3.0-SNAPSHOT}; {@code unknown} if the build left none. */
    public static String current() {
        String v = current;
        if (v == null) {
            v = read();
            current = v;
        }
        return v;
    }

    /** Whether the running code is a released version (not a {@code -SNAPSHOT} nor unknown): only those can be downloaded. */
    public static boolean released() {
        String v = current();
        return !v.equals(UNKNOWN) && !v.endsWith("-SNAPSHOT");
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("/factcheck/version.properties")) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").strip();
            // An unfiltered copy (e.g. an IDE that copies resources itself) still holds the Maven expression.
            return v.isEmpty() || v.startsWith("${") ? UNKNOWN : v;
        } catch (IOException e) {
            return UNKNOWN;
        }
    }
}
