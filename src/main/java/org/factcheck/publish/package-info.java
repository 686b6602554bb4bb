/**
 * The output directory: a build is staged beside {@code site/}, moved in with a journal so a kill at any moment can be rolled forward, guarded by a lock, and only files the tool provably wrote are ever deleted.
 */
package org.factcheck.publish;
