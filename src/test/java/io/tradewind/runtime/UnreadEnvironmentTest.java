package io.tradewind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnreadEnvironmentTest {

    /** A misspelt group in the environment started the service without the instance, and said nothing. */
    @Test
    void onlyTradewindVariablesThatNothingReadsAreNamed() {
        Map<String, String> environment = Map.ofEntries(Map.entry("TRADEWIND_STRATEGIEZ_DEMO_PLUGIN", "x"),
                Map.entry("TRADEWIND_STRATEGIES_DEMO_PLUGIN", "sma-crossover"), Map.entry("TRADEWIND_DATA_DIR", "/var/lib"),
                Map.entry("TRADEWIND_API_TOKEN", "t"), Map.entry("TRADEWIND_API_TOKEN_ALICE", "a"),
                Map.entry("TRADEWIND_NOBITEX_PASSWORD", "p"), Map.entry("TRADEWIND_TELEGRAM_TOKEN", "b"),
                Map.entry("TRADEWIND_ORDERS_API_USERS_DESK_WALLET", "w"), Map.entry("TRADEWIND_DESK_SECRET", "s"),
                Map.entry("TRADEWIND_DATADIR", "/tmp"), Map.entry("HOME", "/root"));

        assertEquals(List.of("TRADEWIND_DATADIR", "TRADEWIND_STRATEGIEZ_DEMO_PLUGIN"),
                UnreadEnvironment.names(environment, Set.of("nobitex"), List.of("${TRADEWIND_DESK_SECRET:}")));
    }
}
