package org.factcheck.search;

/**
 * A document's terms as ids into a {@link SearchMemo}'s dictionary: in its title, and in its body but
 * not its title; {@code base} is its entry's index in the memo's cache file, -1 when it is new.
 */
record DocTerms(int[] title, int[] body, int base) {
    DocTerms(int[] title, int[] body) {
        this(title, body, -1);
    }
}
