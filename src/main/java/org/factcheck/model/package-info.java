/**
 * The content model every stage shares: articles, claims, their sources, corrections and claimants, the site settings, and outlet identity. Plain records on the ground floor; {@code load} makes them, the stages above read them.
 */
package org.factcheck.model;
