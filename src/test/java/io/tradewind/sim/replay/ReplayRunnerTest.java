package io.tradewind.sim.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.sim.book.ReferenceOrderBook;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplayRunnerTest {

    private static final String INSTRUMENT = "{\"op\":\"instrument\",\"symbol\":\"BTC-IRR\",\"base\":\"BTC\",\"quote\":\"IRR\","
            + "\"tick_size\":\"1000\",\"step_size\":\"0.0001\",\"min_quantity\":\"0.0001\",\"maker_fee\":\"0.001\",\"taker_fee\":\"0.001\"}";
    private static final String ALICE = "{\"op\":\"account\",\"account\":\"alice\",\"balances\":{\"IRR\":\"5000000000\"}}";

    private static String replay(String scenario) throws IOException {
        StringWriter out = new StringWriter();
        new ReplayRunner(ReferenceOrderBook::new, out).run(new StringReader(scenario));
        return out.toString();
    }

    /** The example the README's Quick start runs. */
    private static String bundledExample() throws IOException {
        try (Reader in = Files.newBufferedReader(Path.of("backtests/examples/settlement.jsonl"), StandardCharsets.UTF_8)) {
            StringWriter out = new StringWriter();
            new ReplayRunner(ReferenceOrderBook::new, out).run(in);
            return out.toString();
        }
    }

    @Test
    void writesTheDocumentedEventFormat() throws IOException {
        String out = replay(INSTRUMENT + "\n" + ALICE + "\n"
                + "{\"op\":\"place\",\"account\":\"alice\",\"uid\":\"o1\",\"symbol\":\"BTC-IRR\",\"side\":\"buy\",\"type\":\"limit\","
                + "\"price\":\"1000000000\",\"quantity\":\"0.5\",\"time_in_force\":\"good-till-canceled\"}\n"
                + "{\"op\":\"snapshot\"}");
        assertEquals("{\"event\":\"order\",\"uid\":\"o1\",\"status\":\"active\",\"filled\":\"0\",\"rejection_reasons\":[]}\n"
                + "{\"event\":\"snapshot\",\"accounts\":{\"alice\":{\"IRR\":{\"available\":\"4499500000\",\"held\":\"500500000\"}}},"
                + "\"books\":{\"BTC-IRR\":{\"bids\":[[\"1000000000\",\"0.5\"]],\"asks\":[]}},\"fees\":{}}\n", out);
    }

    @Test
    void sameScenarioSameEvents() throws IOException {
        String first = bundledExample();
        assertEquals(first, bundledExample());
        assertTrue(first.contains("\"event\":\"trade\""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not json|line 3: not valid JSON",
        "{\"op\":\"fly\"}|line 3: unknown op 'fly'",
        "{\"uid\":\"x\"}|line 3: field 'op' is missing",
        "{\"op\":\"place\",\"account\":\"alice\",\"uid\":\"o1\",\"symbol\":\"BTC-IRR\",\"side\":\"buy\",\"type\":\"limit\",\"price\":\"1000000000\",\"quantiy\":\"1\"}|line 3: place: unknown field 'quantiy'",
        "{\"op\":\"place\",\"account\":\"alice\",\"uid\":\"o1\",\"symbol\":\"ETH-IRR\",\"side\":\"buy\",\"type\":\"limit\",\"price\":\"1\",\"quantity\":\"1\"}|line 3: place: unknown symbol 'ETH-IRR'",
        "{\"op\":\"place\",\"account\":\"carol\",\"uid\":\"o1\",\"symbol\":\"BTC-IRR\",\"side\":\"buy\",\"type\":\"limit\",\"price\":\"1\",\"quantity\":\"1\"}|line 3: place: unknown account 'carol'",
        "{\"op\":\"place\",\"account\":\"alice\",\"uid\":\"o1\",\"symbol\":\"BTC-IRR\",\"side\":\"up\",\"type\":\"limit\",\"price\":\"1\",\"quantity\":\"1\"}|line 3: unknown side 'up': expected one of buy, sell",
        "{\"op\":\"place\",\"account\":\"alice\",\"uid\":\"o1\",\"symbol\":\"BTC-IRR\",\"side\":\"buy\",\"type\":\"limit\",\"price\":\"abc\",\"quantity\":\"1\"}|line 3: place: price is not a decimal number: 'abc'",
        "{\"op\":\"place\",\"account\":\"alice\",\"uid\":\"o1\",\"symbol\":\"BTC-IRR\",\"side\":\"buy\",\"type\":\"limit\",\"price\":\"1000\",\"quantity\":\"-1\"}|line 3: place: quantity must be greater than zero, was -1",
        "{\"op\":\"place\",\"account\":\"alice\",\"uid\":\"o1\",\"symbol\":\"BTC-IRR\",\"side\":\"sell\",\"type\":\"market\",\"price\":\"1000\",\"quantity\":\"1\"}|line 3: place: a market order takes no price",
        "{\"op\":\"time\",\"at\":\"yesterday\"}|line 3: time: at 'yesterday' is not an ISO-8601 UTC time",
        "{\"op\":\"account\",\"account\":\"alice\"}|line 3: account alice already exists",
        "{\"op\":\"account\",\"account\":\"bob\",\"balances\":{\"IRR\":\"1.123456\"}}|line 3: bob IRR balance 1.123456 has more than 1 decimals",
    })
    void aBadLineStopsTheRunNamingTheLineAndTheProblem(String line, String message) {
        ReplayException error = assertThrows(ReplayException.class, () -> replay(INSTRUMENT + "\n" + ALICE + "\n" + line));
        assertTrue(error.getMessage().startsWith(message), () -> "message was: " + error.getMessage());
        assertEquals(3, error.lineNumber());
    }

    @Test
    void aFieldGivenTwiceIsNamedWithoutJacksonsSettings() {
        ReplayException error = assertThrows(ReplayException.class,
                () -> replay(INSTRUMENT + "\n" + ALICE + "\n{\"op\":\"time\",\"op\":\"time\"}"));
        assertEquals("line 3: not valid JSON at column 19: Duplicate field 'op'; give each field once", error.getMessage());
    }

    /** A second command on a line was dropped without a word, and text after an object ignored. */
    @Test
    void anythingAfterALinesObjectIsRefused() {
        ReplayException second = assertThrows(ReplayException.class,
                () -> replay(INSTRUMENT + "\n" + ALICE + "\n{\"op\":\"snapshot\"}{\"op\":\"snapshot\"}"));
        assertEquals("line 3: not valid JSON at column 18: more follows the command's object: give one command a line",
                second.getMessage());
        ReplayException garbage = assertThrows(ReplayException.class,
                () -> replay(INSTRUMENT + "\n" + ALICE + "\n{\"op\":\"snapshot\"} ]]] garbage"));
        assertTrue(garbage.getMessage().startsWith("line 3: not valid JSON at column "), garbage.getMessage());
    }

    @Test
    void aLineNestedPastTheParsersLimitIsBadInputNotAnInternalError() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        ReplayException error = assertThrows(ReplayException.class, () -> replay(INSTRUMENT + "\n" + ALICE + "\n" + deep));
        assertTrue(error.getMessage().startsWith("line 3: not valid JSON: "), () -> "message was: " + error.getMessage());
        assertTrue(error.getMessage().contains("nesting depth"), () -> "message was: " + error.getMessage());
    }

    @Test
    void aUidCannotBeReused() {
        String place = "{\"op\":\"place\",\"account\":\"alice\",\"uid\":\"o1\",\"symbol\":\"BTC-IRR\",\"side\":\"buy\",\"type\":\"limit\","
                + "\"price\":\"1000\",\"quantity\":\"1\"}";
        ReplayException error = assertThrows(ReplayException.class,
                () -> replay(INSTRUMENT + "\n" + ALICE + "\n# comment\n\n" + place + "\n" + place));
        assertEquals("line 6: place: uid 'o1' was already used; every order needs its own uid", error.getMessage());
    }

    @Test
    void aTimeBeyondTheClocksRangeIsBadInputOnItsLine() {
        ReplayException error = assertThrows(ReplayException.class, () -> replay(
                "{\"op\":\"time\",\"at\":\"2025-12-30T10:00:00Z\"}\n{\"op\":\"time\",\"at\":\"+999999999-01-01T00:00:00Z\"}"));
        assertEquals("line 2: time: at '+999999999-01-01T00:00:00Z' is out of range: give a time such as 2025-12-30T10:00:00Z",
                error.getMessage());
    }

    @Test
    void timeCannotGoBackwards() {
        ReplayException error = assertThrows(ReplayException.class, () -> replay(
                "{\"op\":\"time\",\"at\":\"2025-12-30T10:00:00Z\"}\n{\"op\":\"time\",\"at\":\"2025-12-30T09:00:00Z\"}"));
        assertTrue(error.getMessage().startsWith("line 2: time cannot go backwards"));
    }
}
