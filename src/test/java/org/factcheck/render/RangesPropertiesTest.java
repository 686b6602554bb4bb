package org.factcheck.render;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The position index that keeps article pages linear answers exactly what the
 * former scan of every quote and figure per line answered (same items, same order).
 */
class RangesPropertiesTest {

    @Property(tries = 300)
    void overlappingIsTheBruteForceAnswer(@ForAll @Size(max = 40) List<@IntRange(max = 200) Integer> starts,
                                          @ForAll @Size(max = 40) List<@IntRange(min = 1, max = 60) Integer> lengths,
                                          @ForAll @IntRange(max = 260) int s, @ForAll @IntRange(min = 0, max = 60) int len) {
        List<int[]> items = new ArrayList<>();
        for (int i = 0; i < Math.min(starts.size(), lengths.size()); i++) {
            items.add(new int[] {starts.get(i), starts.get(i) + lengths.get(i), i});
        }
        ArticleLayout.Ranges<int[]> ranges = new ArticleLayout.Ranges<>(items, x -> x[0], x -> x[1]);
        int e = s + len;
        List<int[]> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt(x -> x[0]));
        List<Integer> expected = sorted.stream().filter(x -> x[0] < e && x[1] > s).map(x -> x[2]).toList();
        assertEquals(expected, ranges.overlapping(s, e).stream().map(x -> x[2]).toList());
        assertEquals(!expected.isEmpty(), ranges.any(s, e));
    }
}
