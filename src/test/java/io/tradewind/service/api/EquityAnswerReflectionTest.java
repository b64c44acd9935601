package io.tradewind.service.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.tradewind.NativeReflection;
import io.tradewind.service.EquityHistory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/equity} answers a map of curves and points: records no REST signature names, so
 * a native executable serializes them only where they are registered for reflection (else Jackson
 * finds no property and the dashboard's equity chart gets an error instead of its curves).
 */
class EquityAnswerReflectionTest {

    @Test
    void the_curves_and_points_the_answer_holds_are_registered_for_reflection() throws Exception {
        EquityHistory history = new EquityHistory();
        history.record("btc-sma", "USD", Instant.parse("2030-01-01T00:00:00Z"), new BigDecimal("1.5"));
        Set<Class<?>> looked = new HashSet<>();

        String json = NativeReflection.recording(new ApiJson(JsonMapper.builder().findAndAddModules().build()).getContext(Object.class),
                looked).writeValueAsString(EquityResource.answer(history, null));

        assertTrue(json.contains("\"equity\":\"1.5\""), json);
        assertTrue(looked.contains(EquityHistory.Point.class), "the answer was not serialized through its records: " + looked);
        assertEquals(Set.of(), NativeReflection.unregistered(looked));
    }
}
