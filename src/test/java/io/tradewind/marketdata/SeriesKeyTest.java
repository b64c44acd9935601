package io.tradewind.marketdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A venue or symbol the store cannot keep is bad input, said as such: it was an SQL error from a "failing" store (exit 3). */
class SeriesKeyTest {

    @Test
    void a_name_of_64_characters_is_kept_and_a_longer_one_refused_with_its_length() {
        String longest = "C".repeat(SeriesKey.LONGEST_NAME);
        assertEquals(longest, new SeriesKey("sim", longest, Resolution.M1).symbol());

        IllegalArgumentException symbol = assertThrows(IllegalArgumentException.class,
                () -> new SeriesKey("sim", longest + "C", Resolution.M1));
        assertEquals("symbol 'CCCCCCCCCCCCCCCCCCCC…' is 65 characters long; the store keeps at most 64", symbol.getMessage());
        IllegalArgumentException venue = assertThrows(IllegalArgumentException.class,
                () -> new SeriesKey("v".repeat(300), "BTC-USD", Resolution.M1));
        assertEquals("venue 'vvvvvvvvvvvvvvvvvvvv…' is 300 characters long; the store keeps at most 64", venue.getMessage());
    }
}
