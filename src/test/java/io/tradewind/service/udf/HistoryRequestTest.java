package io.tradewind.service.udf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class HistoryRequestTest {

    @Test
    void reads_seconds_and_lets_countback_stand_in_for_from() {
        HistoryRequest range = HistoryRequest.parse("BTC-IRT", "60", "100", "200", null);
        assertEquals(new HistoryRequest("BTC-IRT", ChartResolution.HOUR, 100, 200, OptionalLong.empty()), range);

        HistoryRequest counted = HistoryRequest.parse("BTC-IRT", "1D", null, "200", "300");
        assertEquals(OptionalLong.of(300), counted.countback());
        assertEquals(200, counted.to());

        // the protocol ignores from when countback is given: a from after to was refused
        HistoryRequest fromIgnored = HistoryRequest.parse("BTC-IRT", "1D", "2000000000", "200", "2");
        assertEquals(new HistoryRequest("BTC-IRT", ChartResolution.DAY, 0, 200, OptionalLong.of(2)), fromIgnored);
    }

    @Test
    void times_outside_the_calendar_are_read_as_its_ends() {
        HistoryRequest request = HistoryRequest.parse("BTC-IRT", "1", "-5", "99999999999999", null);
        assertEquals(0, request.from());
        assertEquals(HistoryRequest.LATEST, request.to());
        // past a long's range too: such a time was refused as "not a whole number"
        HistoryRequest huge = HistoryRequest.parse("BTC-IRT", "1", "-99999999999999999999", "99999999999999999999", null);
        assertEquals(0, huge.from());
        assertEquals(HistoryRequest.LATEST, huge.to());
    }

    @Test
    void bad_parameters_are_refused_in_one_line_each() {
        assertRefused("from 300 is after to 200", "1", "300", "200", null);
        // countback makes from ignored, not unchecked; other scripts' digits are no numbers here
        assertRefused("from must be a whole number, was 'abc'", "1D", "abc", "200", "3");
        assertRefused("countback must be a whole number, was '\u0663'", "1D", null, "200", "\u0663");
        assertRefused("to must be a whole number, was 'soon'", "1", "100", "soon", null);
        assertRefused("from must be a whole number, was '1.5'", "1", "1.5", "200", null);
        assertRefused("countback must be from 1 to 20000, was 0", "1", "100", "200", "0");
        assertRefused("countback must be from 1 to 20000, was 99999999999999999999", "1", "100", "200", "99999999999999999999");
        assertRefused("countback must be a whole number, was 'x'", "1", "100", "200", "x");
        assertRefused("to is missing", "1", "100", null, null);
        assertRefused("from is missing", "1", null, "200", null);
        assertRefused("unsupported resolution '7'", "7", "100", "200", null);
    }

    private static void assertRefused(String expected, String resolution, String from, String to, String countback) {
        UdfException e = assertThrows(UdfException.class, () -> HistoryRequest.parse("BTC-IRT", resolution, from, to, countback));
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
        assertEquals(400, e.status());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }
}
