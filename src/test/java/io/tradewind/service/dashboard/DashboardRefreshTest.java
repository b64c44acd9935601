package io.tradewind.service.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the dashboard shows follows what the event stream tells: every candle and order is followed by a
 * refresh of the instances, however closely the events come (in Debian's Chromium, over a fake service).
 */
class DashboardRefreshTest extends FakeServicePageTest {

    @Test
    void a_candle_a_second_after_another_instances_is_shown_within_seconds_not_dropped() throws Exception {
        try (FakeDashboardService service = new FakeDashboardService(); Page page = browser.newPage()) {
            service.answer("/api/strategies", instances("2026-01-01T10:00:01Z", "2026-01-01T10:00:00Z"));
            logIn(page, service);
            service.send("candle", "alpha", candle());
            page.waitForTimeout(1_000);
            service.answer("/api/strategies", instances("2026-01-01T10:00:01Z", "2026-01-01T10:01:00Z"));
            service.send("candle", "beta", candle());
            // at most 5 s after the last refresh; before, this candle was dropped and beta showed 10:00:00
            // until the next candle came, a minute later on live data
            page.waitForSelector("#instances tr[data-instance='beta'] td:has-text('10:01:00')",
                    new Page.WaitForSelectorOptions().setTimeout(7_000));
        }
    }

    @Test
    void events_that_keep_coming_do_not_postpone_the_refresh_until_they_stop() throws Exception {
        try (FakeDashboardService service = new FakeDashboardService(); Page page = browser.newPage()) {
            service.answer("/api/strategies", instances("2026-01-01T10:00:00Z", "2026-01-01T10:00:00Z"));
            logIn(page, service);
            service.answer("/api/strategies", instances("2026-01-01T10:00:00Z", "2026-01-01T10:01:00Z"));
            boolean shown = false;
            // an order event every 100 ms for 3 s, as a market maker on a fast replay sends them
            for (int n = 0; n < 30 && !shown; n++) {
                service.send("order", "beta", "{\"client_order_id\":\"o" + n + "\",\"side\":\"buy\",\"type\":\"limit\","
                        + "\"quantity\":\"1\",\"symbol\":\"BTC-USD\",\"price\":\"100\",\"status\":\"active\"}");
                page.waitForTimeout(100);
                shown = page.locator("#instances tr[data-instance='beta'] td:has-text('10:01:00')").count() == 1;
            }
            assertTrue(shown, "the instances were not refreshed while the events kept coming");
        }
    }

    /** After its first load the equity chart asks only for the minutes since its newest point, and keeps its lines. */
    @Test
    void the_equity_chart_asks_for_what_it_lacks_after_its_first_load() throws Exception {
        try (FakeDashboardService service = new FakeDashboardService(); Page page = browser.newPage()) {
            service.answer("/api/strategies", instances("2026-01-01T10:00:00Z", "2026-01-01T10:00:00Z"));
            service.answer("/api/equity", equity("{\"time\":\"2026-01-01T10:00:00Z\",\"equity\":\"1.5\"},"
                    + "{\"time\":\"2026-01-01T10:01:00Z\",\"equity\":\"2\"}"));
            logIn(page, service);
            waitFor(() -> !service.requestsFor("/api/equity").isEmpty(), 3_000, "the first equity load");
            assertEquals(List.of("/api/equity"), service.requestsFor("/api/equity"));

            service.answer("/api/equity", equity("{\"time\":\"2026-01-01T10:01:00Z\",\"equity\":\"2.5\"},"
                    + "{\"time\":\"2026-01-01T10:02:00Z\",\"equity\":\"3\"}"));
            service.send("candle", "alpha", candle());
            // at most 5 s after the first: the next asks from the newest point drawn
            waitFor(() -> service.requestsFor("/api/equity").size() == 2, 8_000, "the second equity load");
            assertEquals("/api/equity?since=2026-01-01T10%3A01%3A00Z", service.requestsFor("/api/equity").get(1));
            page.waitForTimeout(500);
            service.send("candle", "alpha", candle());
            waitFor(() -> service.requestsFor("/api/equity").size() == 3, 8_000, "the third equity load");
            assertEquals("/api/equity?since=2026-01-01T10%3A02%3A00Z", service.requestsFor("/api/equity").get(2));
            assertTrue(page.isVisible("#equity"), "the chart is shown");
        }
    }

    private static String equity(String points) {
        return "{\"instances\":{\"alpha\":{\"quote\":\"USD\",\"points\":[" + points + "]}},\"totals\":{\"USD\":["
                + points + "]}}";
    }

    static void logIn(Page page, FakeDashboardService service) {
        page.navigate(service.url());
        page.fill("#token", "operator-token");
        page.click("#login-form button");
        page.waitForSelector("#instances tbody tr[data-instance]");
        page.waitForSelector("#connection.up");
        try {
            waitFor(service::streaming, 3_000, "the event stream");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlaywrightException("interrupted");
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, long millis, String what) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < end, "waited in vain for " + what);
            Thread.sleep(20);
        }
    }

    private static String candle() {
        return "{\"time\":\"2026-01-01T10:00:00Z\",\"open\":\"100\",\"high\":\"101\",\"low\":\"99\",\"close\":\"100.5\"}";
    }

    private static String instances(String alphaTick, String betaTick) {
        return "[" + instance("alpha", alphaTick) + "," + instance("beta", betaTick) + "]";
    }

    static String instance(String id, String lastTick) {
        return "{\"id\":\"" + id + "\",\"plugin\":\"sma-crossover\",\"venue\":\"paper\",\"account\":\"main\",\"symbol\":\"BTC-USD\","
                + "\"resolution\":\"1m\",\"chartTicker\":\"sim:BTC-USD\",\"state\":\"RUNNING\",\"lastTick\":\"" + lastTick + "\","
                + "\"lastCandle\":\"2026-01-01T10:00:00Z\",\"errors\":0,\"position\":\"0\",\"budget\":{},"
                + "\"realisedPnl\":\"0\",\"unrealisedPnl\":\"0\"}";
    }
}
