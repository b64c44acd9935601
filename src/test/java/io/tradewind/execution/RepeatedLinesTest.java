package io.tradewind.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RepeatedLinesTest {

    private long now = 1_000_000_000_000L;
    private final RepeatedLines lines = new RepeatedLines(() -> now);

    @Test
    void aRunOfTheSameLineIsLoggedOnceAMinuteWithTheCountOfThoseNotLogged() {
        assertEquals(0, lines.log("demo", "max_notional (global)"));
        now += 30_000_000_000L;
        assertEquals(RepeatedLines.NOT_LOGGED, lines.log("demo", "max_notional (global)"));
        assertEquals(0, lines.log("other", "max_notional (global)"), "another instance's line is its own");
        assertEquals(RepeatedLines.NOT_LOGGED, lines.log("demo", "max_notional (global)"));
        now += 31_000_000_000L;

        assertEquals(2, lines.log("demo", "max_notional (global)"), "a minute after the line logged");
        assertEquals(" (after 2 more refusals like the previous line, not logged)",
                RepeatedLines.notLoggedBefore(2, "refusals"));
        assertEquals("", RepeatedLines.notLoggedBefore(0, "refusals"));
    }

    @Test
    void anotherLineIsLoggedAtOnce() {
        assertEquals(0, lines.log("demo", "max_notional (global)"));
        assertEquals(RepeatedLines.NOT_LOGGED, lines.log("demo", "max_notional (global)"));

        assertEquals(1, lines.log("demo", "balance (account main)"));
        assertEquals(0, lines.log("demo", "max_notional (global)"), "the run of the first ended with the other line");
    }
}
