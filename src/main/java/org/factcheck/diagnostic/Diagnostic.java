package org.factcheck.diagnostic;

/**
 * One problem found in the content, located in the file an editor must change.
 *
 * @param severity error or warning
 * @param at where the problem is
 * @param message what is wrong and, where it helps, what was expected
 * @param blocksBuild true for content errors (bad YAML, unknown article, …) that stop a build;
 *                    false for consistency findings, which the site shows instead
 * @param rule the kind of problem, for code-scanning views and machine formats
 */
public record Diagnostic(Severity severity, Location at, String message, boolean blocksBuild, Rule rule) {

    /** How serious a diagnostic is. */
    public enum Severity { ERROR, WARNING;
        public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    /** A content error: the build cannot go on. */
    public static Diagnostic contentError(Rule rule, Location at, String message) {
        return new Diagnostic(Severity.ERROR, at, message, true, rule);
    }

    /** A consistency finding that fails {@code check} but not {@code build}. */
    public static Diagnostic finding(Rule rule, Location at, String message) {
        return new Diagnostic(Severity.ERROR, at, message, false, rule);
    }

    /** A warning: reported, never fails anything. */
    public static Diagnostic warning(Rule rule, Location at, String message) {
        return new Diagnostic(Severity.WARNING, at, message, false, rule);
    }

    /** The compiler-style line: {@code path:line:column: severity: message}. */
    public String format() {
        return at + ": " + severity.id() + ": " + message;
    }
}
