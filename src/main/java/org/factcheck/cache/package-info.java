/**
 * The build cache: a directory the tool owns (default {@code .factcheck/cache/} under the root,
 * git-ignored, safe to delete) holding what an earlier build computed, keyed by content hashes.
 * Every file in it is signed (HMAC-SHA256 under a per-machine secret kept outside every root, see
 * {@link org.factcheck.cache.MachineKey}) and stamped with the code version that wrote it; anything
 * that does not verify, a file crafted on purpose included, is ignored, never trusted, so a cache can
 * only make a build faster, never different. A build without a cache uses
 * {@link org.factcheck.cache.CacheDir#none()}, which keeps nothing: the same code path, nothing reused.
 *
 * <p>What the cache holds; every file is one {@link org.factcheck.cache.CacheFile} (kind, code
 * version, signature, body):
 * <table>
 * <caption>Entries of the build cache</caption>
 * <tr><th>file (kind)</th><th>entry</th><th>key</th><th>written and read by</th></tr>
 * <tr><td>{@code check-memo-00}…{@code 15} ({@code check-memo/4})</td><td>a file's stat and SHA-256</td>
 *     <td>the path; trusted while size, mtime, ctime and file identity are unchanged</td>
 *     <td>{@code check.CheckMemo} (via {@link org.factcheck.cache.FileHashes})</td></tr>
 * <tr><td></td><td>an article's or claim's parse</td><td>the file's SHA-256, its context (rating labels), an
 *     article's capture SHA-256</td><td>{@code check.CheckMemo}, asked by {@code load.Loader}</td></tr>
 * <tr><td></td><td>a quote's anchor and figures</td><td>the text key (capture SHA-256, slice, published
 *     date) and the claim, source and quote</td><td>{@code check.CheckMemo}, asked by {@code check.Checker}</td></tr>
 * <tr><td></td><td>a claim's decided result</td><td>the claim, its cited articles as loaded, its anchors and
 *     the site settings, compared whole</td><td>{@code check.CheckMemo}, asked by {@code check.Checker}</td></tr>
 * <tr><td>{@code copy-prints} ({@code copy-prints/1})</td><td>a text's copy fingerprint (MinHash signature, credit
 *     names)</td><td>the text key</td><td>{@code check.CopyMemo}, asked by {@code check.Republished}</td></tr>
 * <tr><td>{@code site-…} ({@code site-manifest})</td><td>every file of the site at one output folder: its key
 *     and its stamp as written</td><td>the output folder's path; an output's key is the hash of everything it is
 *     made from</td><td>{@code publish.Manifest}, read by {@code render.SiteWriter}; what it proves the tool
 *     wrote is read whatever code version wrote it</td></tr>
 * <tr><td>{@code search-terms.bin}, {@code search-terms-delta.bin}</td><td>a search document's terms</td>
 *     <td>the document's page key</td><td>{@code search.SearchMemo}, read by {@code render.SiteWriter}</td></tr>
 * </table>
 * In memory only, for the runs of one process ({@code serve}): the check's memo itself and the last
 * copies found ({@code check.CopyMemo}, by the key of what was searched). Beside
 * the site, not in the cache: the commit journal ({@code site-journal}, same file format), removed
 * once a commit is complete.
 */
package org.factcheck.cache;
