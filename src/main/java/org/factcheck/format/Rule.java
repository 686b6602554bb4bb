package org.factcheck.format;

/**
 * A kind of problem, as code-scanning views group them: a stable id, a short name and what it means.
 *
 * @param id stable identifier, e.g. {@code unanchored-quote} (SARIF ruleId)
 * @param name a PascalCase name (SARIF rule name)
 * @param description one sentence saying what is wrong and how to fix it
 */
public record Rule(String id, String name, String description) {
}
