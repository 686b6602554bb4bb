/**
 * Machine-readable exports of the checked archive: the ClaimReview JSON-LD of a claim and the report JSON, written with a small deterministic JSON printer.
 */
package org.factcheck.export;
