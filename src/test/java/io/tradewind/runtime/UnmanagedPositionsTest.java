package io.tradewind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tradewind.execution.Position;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnmanagedPositionsTest {

    @Test
    void aPositionOfAnInstanceNoLongerConfiguredIsNamedWithItsVenue() {
        Map<String, List<Position>> positions = new LinkedHashMap<>();
        positions.put("paper", List.of(position("sma", "1.5"), position("rsi", "2.23433729"), position("flat", "0")));
        positions.put("nobitex", List.of(position("grid", "-0.10")));

        assertEquals(Optional.of("positions no configured instance manages: rsi 2.23433729 BTC-USD at paper, grid -0.1"
                + " BTC-USD at nobitex; nothing trades, flattens or shows them: configure the instance again (it starts with"
                + " its position) or close the position at the venue"),
                UnmanagedPositions.warning(positions, Set.of("sma")));
    }

    @Test
    void configuredOrFlatPositionsOrOrdersApiUsersSayNothing() {
        Map<String, List<Position>> positions = Map.of("paper", List.of(position("sma", "1.5"), position("gone", "0"),
                position("orders-api:alice", "2.3"), position("orders-api:bob", "-2.3")));

        assertEquals(Optional.empty(), UnmanagedPositions.warning(positions, Set.of("sma")));
    }

    private static Position position(String instance, String quantity) {
        return new Position(instance, "BTC-USD", new BigDecimal(quantity), BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
