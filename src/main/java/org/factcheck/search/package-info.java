/**
 * The site's offline search: {@link org.factcheck.search.SearchTerms} splits text into terms as the
 * browser's {@code search.js} does, {@link org.factcheck.search.SearchIndex} writes the sharded static
 * index, and {@link org.factcheck.search.SearchMemo} carries each document's terms from one build to
 * the next. Depends on nothing of the pipeline but the cache directory.
 */
package org.factcheck.search;
