/**
 * What the generated site is, independent of how it is made: where each of its pages lives
 * ({@link org.factcheck.site.SitePaths}). Every stage may name a page (an error can point at the
 * page it would break); this package depends on nothing.
 */
package org.factcheck.site;
