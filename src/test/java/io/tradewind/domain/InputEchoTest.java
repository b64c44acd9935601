package io.tradewind.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class InputEchoTest {

    @Test
    void a_short_value_is_echoed_as_given() {
        assertEquals("BTC-USD", InputEcho.shortened("BTC-USD"));
        assertNull(InputEcho.shortened(null));
    }

    @Test
    void a_long_value_is_cut_and_its_length_counted() {
        assertEquals("9".repeat(40) + "… (200,000 characters)", InputEcho.shortened("9".repeat(200_000)));
    }

    /** data import echoed a volume of "10" and two NUL bytes raw: the terminal showed 10^@^@. */
    @Test
    void a_control_character_is_echoed_as_its_escape() {
        assertEquals("10\\u0000\\u0000", InputEcho.shortened("10\0\0"));
        assertEquals("a\\u0009b", InputEcho.shortened("a\tb"));
        assertEquals("\\u001B[31m" + "x".repeat(35) + "… (41 characters)", InputEcho.shortened("\u001b[31m" + "x".repeat(36)));
    }
}
