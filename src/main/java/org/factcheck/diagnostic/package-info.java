/**
 * What a run says about content: a {@link org.factcheck.diagnostic.Diagnostic} (severity, place, message), its {@link org.factcheck.diagnostic.Location} (file, line, column) and the {@link org.factcheck.diagnostic.Rule} it comes from. On the ground floor, so every stage reports the same way.
 */
package org.factcheck.diagnostic;
