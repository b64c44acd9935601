package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which parts of the store each documented command line starts (see {@link StoreNeeds}). */
class StoreNeedsTest {

    @Test
    void helpAndVersionAnywhereNeedNoStore() {
        assertEquals(StoreNeeds.NONE, StoreNeeds.of());
        assertEquals(StoreNeeds.NONE, StoreNeeds.of("--help"));
        assertEquals(StoreNeeds.NONE, StoreNeeds.of("-V"));
        assertEquals(StoreNeeds.NONE, StoreNeeds.of("orders", "list", "-h"));
        assertEquals(StoreNeeds.NONE, StoreNeeds.of("bench", "store", "--help"));
        assertEquals(StoreNeeds.NONE, StoreNeeds.of("data", "import", "--version"));
    }

    @Test
    void theSimulatorNeedsNoStore() {
        assertEquals(StoreNeeds.NONE, StoreNeeds.of("sim", "replay", "backtests/examples/settlement.jsonl"));
        assertEquals(StoreNeeds.NONE, StoreNeeds.of("sim", "bench", "--orders", "1000"));
    }

    @Test
    void venueCallsNeedNoStore() {
        assertEquals(StoreNeeds.NONE, StoreNeeds.of("exchange", "nobitex", "markets", "--base-url", "http://127.0.0.1:9"));
        assertEquals(StoreNeeds.NONE, StoreNeeds.of("exchange", "toparz", "place", "BTCIRT", "--side", "buy", "--yes"));
    }

    @Test
    void venueDataIntoTheStoreNeedsJdbcButNoOrm() {
        assertEquals(StoreNeeds.CANDLES, StoreNeeds.of("data", "download", "--venue", "nobitex", "--symbol", "BTCIRT"));
        assertEquals(StoreNeeds.CANDLES, StoreNeeds.of("data", "record", "--venue", "nobitex", "--symbol", "BTCIRT"));
    }

    @Test
    void theKillSwitchLivesInTheServiceAndNeedsNoStore() {
        assertEquals(StoreNeeds.ORDERS, StoreNeeds.of("kill-switch", "on", "--cancel-orders"));
    }

    @Test
    void candleCommandsNeedJdbcAndMigrationsButNoOrm() {
        assertEquals(StoreNeeds.CANDLES, StoreNeeds.of("backtest", "backtests/sma-crossover-demo.properties"));
        assertEquals(StoreNeeds.CANDLES, StoreNeeds.of("data", "list", "--json"));
        assertEquals(StoreNeeds.CANDLES, StoreNeeds.of("data", "import", "file.csv", "--symbol", "X-Y"));
        assertEquals(StoreNeeds.CANDLES, StoreNeeds.of("data", "generate", "--symbol", "X-Y", "--count", "10"));
        assertEquals(StoreNeeds.CANDLES, StoreNeeds.of("bench", "backtest", "--candles", "1000", "--skip-ta4j"));
    }

    @Test
    void orderCommandsAndUnknownWordsKeepEverything() {
        for (String[] args : new String[][] {{"orders", "list"}, {"orders", "show", "cid-1"}, {"orders", "cancel", "cid-1"},
                {"fills", "list", "--json"}, {"holds", "list"}, {"bench", "store"}, {"bench"}, {"serve"}}) {
            assertEquals(StoreNeeds.ORDERS, StoreNeeds.of(args), String.join(" ", args));
        }
        assertEquals(Map.of(), StoreNeeds.ORDERS.properties());
    }

    @Test
    void propertiesSwitchOffOnlyWhatIsUnused() {
        assertEquals(Map.of("quarkus.hibernate-orm.active", "false", "quarkus.flyway.active", "false"),
                StoreNeeds.NONE.properties());
        assertEquals(Map.of("quarkus.hibernate-orm.active", "false"), StoreNeeds.CANDLES.properties());
    }
}
