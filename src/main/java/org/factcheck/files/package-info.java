/**
 * Reading files safely: only regular files inside the root, as UTF-8, within the {@link org.factcheck.files.Limits} a desk may set. On the ground floor, below loading and the cache.
 */
package org.factcheck.files;
