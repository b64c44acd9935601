package io.tradewind.service.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MalformedUrlTest {

    @Test
    void wellFormedUrlsHaveNoProblem() {
        assertNull(MalformedUrl.problem("/api/orders?symbol=BTC%2DUSD&status=filled"));
        assertNull(MalformedUrl.problem("/api/orders?symbol=%D8%A8%D8%AA"), "UTF-8 escapes of another script");
        assertNull(MalformedUrl.problem("/q/health/ready"));
    }

    @Test
    void eachKindOfMalformedUrlIsNamedWithWhereItIs() {
        assertEquals("'%ZZ' at character 20 is not a percent-escape (% and two hexadecimal digits)",
                MalformedUrl.problem("/api/orders?status=%ZZ"));
        assertEquals("'%' at character 20 is not a percent-escape (% and two hexadecimal digits)",
                MalformedUrl.problem("/api/orders?status=%"));
        // other scripts' digits are no hexadecimal digits, though Character.digit reads them
        assertEquals("'%٣٣' at character 20 is not a percent-escape (% and two hexadecimal digits)",
                MalformedUrl.problem("/api/orders?status=%٣٣"));
        assertEquals("its percent-escapes decode to bytes that are not UTF-8", MalformedUrl.problem("/api/orders?symbol=%FF"));
        assertEquals("its percent-escapes decode to bytes that are not UTF-8", MalformedUrl.problem("/api/orders?symbol=%D8x%A8"),
                "a character split by a letter between its escapes");
        assertEquals("illegal character in query at character 21 ('|')", MalformedUrl.problem("/api/orders?symbol=a|b"));
        // UTF-8 sent unencoded, as Vert.x hands it on (a byte a character): answered for a strategy named Ø´
        assertEquals("the byte 0xD8 at character 17 is not ASCII (a URL carries other characters as percent-escapes of their"
                + " UTF-8 bytes)", MalformedUrl.problem("/api/strategies/\u00d8\u00b4"));
        assertEquals("the byte 0xFF at character 21 is not ASCII (a URL carries other characters as percent-escapes of their"
                + " UTF-8 bytes)", MalformedUrl.problem("/udf/symbols?symbol=\u00ff"));
    }
}
