package org.factcheck.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The build date pages print as "site built on" (never as a claim's checked date) — the only
 * thing that may differ between two builds of the same content. Settable for reproducible builds, first match wins:
 * <ol>
 *   <li>system property {@value #PROPERTY}: an ISO date ({@code 2026-01-31});</li>
 *   <li>environment variable {@value #ENV} (reproducible-builds.org): seconds since the epoch;</li>
 *   <li>otherwise today's date in UTC.</li>
 * </ol>
 */
public final class BuildDate {

    /** System property holding the build date as an ISO date. */
    public static final String PROPERTY = "factcheck.build.date";
    /** Environment variable holding the build time in seconds since the epoch. */
    public static final String ENV = "SOURCE_DATE_EPOCH";

    private BuildDate() {
    }

    /** The build date from the property, the environment, or the clock. */
    public static LocalDate resolve() {
        return resolve(System.getProperty(PROPERTY), System.getenv(ENV));
    }

    static LocalDate resolve(String property, String epoch) {
        if (property != null && !property.isBlank()) {
            try {
                return LocalDate.parse(property.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(PROPERTY + " must be an ISO date such as 2026-01-31, found '" + property + "'", e);
            }
        }
        if (epoch != null && !epoch.isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(epoch.strip())).atOffset(ZoneOffset.UTC).toLocalDate();
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(ENV + " must be seconds since the epoch, found '" + epoch + "'", e);
            }
        }
        return LocalDate.now(ZoneOffset.UTC);
    }
}
