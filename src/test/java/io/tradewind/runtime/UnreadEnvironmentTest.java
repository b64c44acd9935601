package io.tradewind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

    /**
     * An operator's trial: TRADEWIND_DATA_DIRECTORY began as TRADEWIND_DATA_DIR does and was taken as read, so the
     * service started on ./data without a word; a misspelt service setting likewise.
     */
    @Test
    void aSingleKeyOrAServiceSettingIsReadOnlyAsSpelt() {
        Map<String, String> environment = Map.of("TRADEWIND_DATA_DIRECTORY", "/x", "TRADEWIND_DATA_DIR", "/var/lib",
                "TRADEWIND_SERVICE_CANCEL_ORDERS_ON_STP", "true", "TRADEWIND_SERVICE_MAX_FAILURES", "3",
                "TRADEWIND_DB_PASWORD", "p", "TRADEWIND_DB_PASSWORD", "p", "TRADEWIND_REPORTS_DIR", "/r");

        assertEquals(List.of("TRADEWIND_DATA_DIRECTORY", "TRADEWIND_DB_PASWORD", "TRADEWIND_SERVICE_CANCEL_ORDERS_ON_STP"),
                UnreadEnvironment.names(environment, Set.of(), List.of()));
    }

    @Test
    void theServiceGroupsKeysAreTheMappingsOwn() {
        assertEquals(Arrays.stream(ServiceConfig.Service.class.getDeclaredMethods()).filter(method -> !method.isSynthetic())
                        .map(method -> method.getName().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT)).sorted().toList(),
                UnreadEnvironment.FIXED_GROUPS.get("service").stream().sorted().toList());
    }
}
