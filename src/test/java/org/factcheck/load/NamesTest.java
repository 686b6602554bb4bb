package org.factcheck.load;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** "Did you mean" hints. */
class NamesTest {

    @Test
    void findsTyposIncludingSwappedLetters() {
        List<String> ids = List.of("cnn-2025-12-29-mar-a-lago", "two", "dailymail-2025-08-16-alaska");
        assertEquals("two", Names.closest("tow", ids));
        assertEquals("cnn-2025-12-29-mar-a-lago", Names.closest("cnn-2025-12-29-mar-a-lgao", ids));
        assertEquals("cnn-2025-12-29-mar-a-lago", Names.closest("cnn-2025-12-29-mar-lago", ids));
        assertNull(Names.closest("bbc-2025-01-01-kyiv", ids));
    }
}
