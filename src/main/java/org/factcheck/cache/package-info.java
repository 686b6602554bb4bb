/**
 * The build cache: a directory the tool owns (default {@code .factcheck/cache/} under the root,
 * git-ignored, safe to delete) holding what an earlier build computed, keyed by content hashes.
 * Every file in it is signed (HMAC-SHA256 under a per-machine secret kept outside every root, see
 * {@link org.factcheck.cache.MachineKey}) and stamped with the code version that wrote it; anything
 * that does not verify, a file crafted on purpose included, is ignored, never trusted, so a cache can
 * only make a build faster, never different.
 */
package org.factcheck.cache;
