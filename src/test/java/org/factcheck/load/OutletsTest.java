package org.factcheck.load;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OutletsTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
            "Alpha Daily | alpha-daily",
            "Alpha-Daily | alpha-daily",
            "'  alpha   daily! ' | alpha-daily",
            "ALPHA_DAILY | alpha-daily",
            "Café Crème | cafe-creme",
            "The Daily-Mail! | the-daily-mail",
            "Élysée 24 | elysee-24",
            "--- | x",
    })
    void spellingsOfOneOutletShareOneKey(String name, String key) {
        assertEquals(key, Outlets.key(name));
    }
}
