package io.tradewind.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** A body past Jackson's read limits was answered "the body does not have the shape this endpoint takes" (an audit). */
class JsonBodyProblemsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aNumberOfThousandsOfDigitsIsSaidToBeOne() {
        assertEquals("a number in the body has more than 1000 characters; no price or amount needs that many",
                problemOf("{\"quantity\": 0." + "0".repeat(2_000) + "1}"));
    }

    @Test
    void aBodyNestedThousandsOfLevelsDeepIsSaidToBeOne() {
        assertEquals("the body nests more than 1000 levels deep; send one flat JSON object",
                problemOf("[".repeat(1_100) + "]".repeat(1_100)));
    }

    @Test
    void textThatIsNoJsonSaysWhereItStops() {
        assertEquals("the body is not JSON (it stops being JSON at line 1, column 21)", problemOf("{\"cancelOrders\": tru}"));
    }

    private static String problemOf(String body) {
        return JsonBodyProblems.describe(assertThrows(JsonProcessingException.class, () -> JSON.readTree(body)));
    }
}
