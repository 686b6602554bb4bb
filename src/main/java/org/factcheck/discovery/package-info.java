/**
 * Discovery: the archive finds its own discrepancies. Every figure an article prints becomes a
 * {@link org.factcheck.discovery.Mention} with what it is about (the quantity key of the checker's
 * comparability model, the words and names of its sentence, the article's date); mentions about the
 * same thing form a {@link org.factcheck.discovery.Finding}, and only inside a finding are values
 * compared, with the checker's own agreement rule. Republished copies
 * ({@link org.factcheck.discovery.Copies}) count with the story they copy.
 *
 * <p>Stages, each linear in the archive: mentions per article; copies by MinHash bands; findings by
 * quantity key, then an inverted index of context words (a word in more than a few dozen mentions
 * of one key links nothing), then complete-link merging, so values never chain (88 %, 90 % and two
 * unrelated 100 % figures are not one finding). {@link org.factcheck.discovery.Discovery} is the
 * entry point.
 */
package org.factcheck.discovery;
