package org.factcheck.figures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The rules of the intervals table, one by one. */
class IntervalsTest {

    @Test
    void stepFollowsTheLastSignificantDigit() {
        assertEquals(1, Intervals.step(64, 0, 1));
        assertEquals(0.1, Intervals.step(32, 1, 1));          // 3.2
        assertEquals(100, Intervals.step(12_400, 0, 1));
        assertEquals(1000, Intervals.step(12_000, 0, 1));
        assertEquals(5, Intervals.step(70, 0, 1));             // a single round digit: half its place
        assertEquals(50_000, Intervals.step(600_000, 0, 1));
        assertEquals(5e10, Intervals.stepOf(8e11));            // $800 billion
        assertEquals(1e8, Intervals.stepOf(1.5e9));            // 1.5 billion
        assertEquals(1, Intervals.stepOf(7));
    }

    @Test
    void widthIsNeverMoreThanATenthOfTheValue() {
        assertEquals(10, Intervals.width(Intervals.step(100, 0, 1), 100));
        assertEquals(2, Intervals.width(5, 20));
        assertEquals(1, Intervals.width(1, 64));
        assertEquals(0.3, Intervals.width(1, 3));
    }

    @Test
    void shapes() {
        assertArrayEquals(new Double[] {64.0, 64.0, 63.6, 64.4}, Intervals.of(null, 64, 1, null, null, 0, 0));
        assertArrayEquals(new Double[] {63.0, 65.0, 63.0, 65.0},
                Intervals.of(Hedge.Shape.APPROXIMATE, 64, 1, null, null, 0, 0));
        assertArrayEquals(new Double[] {65.0, 70.0, 65.0, 72.0},
                Intervals.of(Hedge.Shape.JUST_BELOW, 70, 5, null, null, 0, 0));
        assertArrayEquals(new Double[] {9000.0, null, 8800.0, null},
                Intervals.of(Hedge.Shape.AT_LEAST, 9000, 500, null, null, 0, 0));
        assertArrayEquals(new Double[] {40.0, 45.0, 38.4, 45.4}, Intervals.of(null, 42.5, 1, 40.0, 45.0, 5, 1));
    }

    @Test
    void cleanRemovesFloatingPointNoiseOnly() {
        assertEquals(15_400_000.0, Intervals.clean(15400000.000000002));
        assertEquals(3.16, Intervals.clean(3.2 - 0.04));
        assertEquals(100.0 / 3, Intervals.clean(100.0 / 3));
        assertEquals(-3.2, Intervals.clean(-3.2));
        assertEquals(1.2e-7, Intervals.clean(1.2e-7));
    }
}
