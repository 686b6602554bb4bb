package org.factcheck.render;

/**
 * How long lists are cut so that no page grows with the archive: a topic, an outlet or the report
 * shows the first {@code preview} entries of each list and links to the whole list on pages of
 * {@code pageSize}; the report keeps every claim inline up to {@code reportInline} claims (then its
 * filters load the rows in chunks of {@code rowChunk}).
 */
public record Paging(int preview, int pageSize, int reportInline, int rowChunk) {

    /** At 100,000 claims no page passes ~500 kB: a claim row is about 500 bytes of HTML. */
    public static final Paging DEFAULT = new Paging(100, 500, 1000, 2000);

    public Paging {
        if (preview < 1 || pageSize < 1 || reportInline < 0 || rowChunk < 1) {
            throw new IllegalArgumentException("paging sizes must be positive");
        }
    }
}
