package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The order, fill and hold commands against a store seeded with one partially filled order (the
 * Orders API seed's example): output, filters, JSON, errors and exit codes.
 */
@QuarkusMainTest
class ExecutionCommandsTest {

    @BeforeEach
    void seed() throws Exception {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        Flyway.configure().dataSource(url, null, null).load().migrate();
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
            // kill_switch_event too: a switch another test left on would be "on already" here
            for (String table : new String[] {"exec_order", "exec_fill", "exec_hold", "exec_order_event", "kill_switch_event"}) {
                sql.executeUpdate("DELETE FROM " + table);
            }
            sql.executeUpdate("INSERT INTO exec_order (client_order_id, venue, venue_order_id, strategy_instance, wallet_id,"
                    + " symbol, side, order_type, price, quantity, filled, time_in_force, status, session_id, hold_id,"
                    + " cancel_requested, created_at, updated_at) VALUES ('cid-123', 'sim', 'ord_123abc', 'grid-1',"
                    + " 'wallet_456', 'BTC-IRR', 'buy', 'limit', 1000000000, 0.5, 0.2, 'good-till-canceled', 'partial',"
                    + " 'sess_123', 'hold_789', FALSE, TIMESTAMP WITH TIME ZONE '2025-12-30 10:00:00+00',"
                    + " TIMESTAMP WITH TIME ZONE '2025-12-30 10:05:00+00')");
            sql.executeUpdate("INSERT INTO exec_fill VALUES ('sim', 'trade_456', 'cid-123', 'grid-1', 'wallet_456',"
                    + " 'BTC-IRR', 'buy', 999000000, 0.2, 199800, 'IRR', TIMESTAMP WITH TIME ZONE '2025-12-30 10:05:00+00')");
            sql.executeUpdate("INSERT INTO exec_hold VALUES ('cid-123', 'sim', 'wallet_456', 'IRR', 300300000,"
                    + " TIMESTAMP WITH TIME ZONE '2025-12-30 10:05:00+00')");
        }
    }

    @Test
    void orders_list_filters_by_status_and_symbol(QuarkusMainLauncher launcher) {
        LaunchResult partial = launcher.launch("orders", "list", "--status", "partial", "--symbol", "BTC-IRR");
        assertEquals(0, partial.exitCode());
        assertTrue(partial.getOutput().contains("cid-123          BTC-IRR  buy   limit  1000000000  -           0.5       0.2     partial  grid-1"),
                partial.getOutput());

        LaunchResult filled = launcher.launch("orders", "list", "--status", "filled");
        assertEquals(0, filled.exitCode());
        assertFalse(filled.getOutput().contains("cid-123"));

        LaunchResult otherCase = launcher.launch("orders", "list", "--symbol", " btc-irr");
        assertEquals(0, otherCase.exitCode());
        assertTrue(otherCase.getOutput().contains("cid-123"), "found nothing: " + otherCase.getOutput());

        LaunchResult empty = launcher.launch("orders", "list", "--symbol", "");
        assertEquals(2, empty.exitCode());
        assertTrue(empty.getErrorOutput().contains("--symbol is empty"), empty.getErrorOutput());
    }

    /** Months of a market maker's orders were all listed, read whole into memory first. */
    @Test
    void orders_list_shows_the_latest_orders_and_says_when_older_ones_are_left_out(QuarkusMainLauncher launcher) throws Exception {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO exec_order (client_order_id, venue, venue_order_id, strategy_instance, wallet_id,"
                    + " symbol, side, order_type, price, quantity, filled, time_in_force, status, session_id, hold_id,"
                    + " cancel_requested, created_at, updated_at) VALUES ('cid-124', 'sim', 'ord_124', 'grid-1',"
                    + " 'wallet_456', 'BTC-IRR', 'sell', 'limit', 1100000000, 0.5, 0, 'good-till-canceled', 'active',"
                    + " 'sess_123', 'hold_790', FALSE, TIMESTAMP WITH TIME ZONE '2025-12-30 11:00:00+00',"
                    + " TIMESTAMP WITH TIME ZONE '2025-12-30 11:00:00+00')");
        }

        LaunchResult latest = launcher.launch("orders", "list", "--limit", "1");
        assertEquals(0, latest.exitCode(), latest.getErrorOutput());
        assertTrue(latest.getOutput().contains("cid-124") && !latest.getOutput().contains("cid-123"), latest.getOutput());
        assertEquals("note: the latest 1 order; older ones are left out (--limit up to 100,000 shows more)",
                latest.getErrorOutput().strip());
        LaunchResult both = launcher.launch("orders", "list");
        assertTrue(both.getOutput().contains("cid-123") && both.getOutput().contains("cid-124"), both.getOutput());
        assertEquals("", both.getErrorOutput().strip());
        LaunchResult none = launcher.launch("orders", "list", "--limit", "0");
        assertEquals(2, none.exitCode());
        assertTrue(none.getErrorOutput().contains("--limit must be from 1 to 100000, was 0"), none.getErrorOutput());
    }

    /** Pressed again, the switch said and recorded it all again, and a second cancel counted 0 of the open orders. */
    @Test
    void the_kill_switch_pressed_again_without_a_service_says_nothing_changed(QuarkusMainLauncher launcher) {
        try {
            LaunchResult on = launcher.launch("kill-switch", "on");
            assertEquals(0, on.exitCode(), on.getErrorOutput());
            assertTrue(on.getOutput().contains("kill switch on in the store (no service is running)"), on.getOutput());
            LaunchResult again = launcher.launch("kill-switch", "on");
            assertTrue(again.getOutput().contains("the kill switch was on already in the store (no service is running),"
                    + " since "), again.getOutput());
            assertTrue(again.getOutput().contains("; nothing changed"), again.getOutput());

            LaunchResult cancelling = launcher.launch("kill-switch", "on", "--cancel-orders");
            assertTrue(cancelling.getOutput().contains("cancellation of 1 open order requested, sent"), cancelling.getOutput());
            LaunchResult cancellingAgain = launcher.launch("kill-switch", "on", "--cancel-orders");
            assertTrue(cancellingAgain.getOutput().contains("cancellation of 0 open orders requested (and of 1 more before)"),
                    cancellingAgain.getOutput());
        } finally {
            LaunchResult off = launcher.launch("kill-switch", "off"); // the switch must not reach the other tests' services
            assertTrue(off.getOutput().contains("kill switch off in the store"), off.getOutput());
        }
        LaunchResult offAgain = launcher.launch("kill-switch", "off");
        assertEquals(0, offAgain.exitCode());
        assertTrue(offAgain.getOutput().contains("the kill switch was off already in the store (no service is running);"
                + " nothing changed"), offAgain.getOutput());
    }

    @Test
    void what_cannot_be_a_client_order_id_is_bad_input(QuarkusMainLauncher launcher) {
        LaunchResult empty = launcher.launch("orders", "cancel", " ");
        assertEquals(2, empty.exitCode(), "was not found (4)");
        assertTrue(empty.getErrorOutput().contains("CLIENT_ORDER_ID is empty"), empty.getErrorOutput());

        LaunchResult tooLong = launcher.launch("orders", "show", "c".repeat(65));
        assertEquals(2, tooLong.exitCode());
        assertTrue(tooLong.getErrorOutput().contains("CLIENT_ORDER_ID is 65 characters long; a client order id has at"
                + " most 64"), tooLong.getErrorOutput());
    }

    @Test
    void orders_list_json_uses_the_orders_api_field_names(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("orders", "list", "--json");

        assertEquals(0, result.exitCode());
        assertTrue(result.getOutput().contains("\"uid\" : \"ord_123abc\""), result.getOutput());
        assertTrue(result.getOutput().contains("\"quantity\" : \"0.5\""), result.getOutput());
        assertTrue(result.getOutput().contains("\"time_in_force\" : \"good-till-canceled\""), result.getOutput());
    }

    @Test
    void a_bad_status_names_the_option_and_the_accepted_values(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("orders", "list", "--status", "open");

        assertEquals(2, result.exitCode());
        assertTrue(result.getErrorOutput().contains("--status: unknown order status 'open': expected one of new, queued,"
                + " rejected, active, partial, filled, cancelled, expired"), result.getErrorOutput());
    }

    @Test
    void orders_show_includes_trades_and_journal_and_an_unknown_uid_is_an_error(QuarkusMainLauncher launcher) {
        LaunchResult shown = launcher.launch("orders", "show", "cid-123");
        assertEquals(0, shown.exitCode());
        assertTrue(shown.getOutput().contains("\"trade_id\" : \"trade_456\""), shown.getOutput());

        LaunchResult missing = launcher.launch("orders", "show", "cid-999");
        assertEquals(4, missing.exitCode());
        assertTrue(missing.getErrorOutput().contains("no order with client order id 'cid-999'"), missing.getErrorOutput());
        assertTrue(missing.getErrorOutput().contains("List the orders with 'orders list'"));
    }

    @Test
    void orders_cancel_records_the_request_for_the_service(QuarkusMainLauncher launcher) {
        LaunchResult cancel = launcher.launch("orders", "cancel", "cid-123");
        assertEquals(0, cancel.exitCode());
        assertTrue(cancel.getOutput().contains("cancel of order cid-123 (partial) requested"), cancel.getOutput());

        LaunchResult shown = launcher.launch("orders", "show", "cid-123");
        assertTrue(shown.getOutput().contains("\"cancel_requested\" : true"), shown.getOutput());
        assertTrue(shown.getOutput().contains("\"type\" : \"CANCEL_REQUESTED\""), shown.getOutput());
    }

    @Test
    void fills_and_holds(QuarkusMainLauncher launcher) {
        LaunchResult fills = launcher.launch("fills", "list", "--json");
        assertEquals(0, fills.exitCode());
        assertTrue(fills.getOutput().contains("\"fee\" : \"199800\""), fills.getOutput());

        LaunchResult holds = launcher.launch("holds", "list");
        assertEquals(0, holds.exitCode());
        assertTrue(holds.getOutput().contains("cid-123          sim    wallet_456  IRR    300300000"), holds.getOutput());
    }
}
