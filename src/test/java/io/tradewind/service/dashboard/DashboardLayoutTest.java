package io.tradewind.service.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an operator watching several bots must see stays in sight: a long instance id and a long last
 * error (a database's message with its SQL) wrap instead of pushing every instance's state, errors
 * and actions out of the card, in English and in Persian (right to left), and at a phone's width the
 * page stays as wide as the window. Screenshots are saved under {@code target/dashboard/}.
 */
class DashboardLayoutTest extends FakeServicePageTest {

    private static final Path SHOTS = Path.of("target", "dashboard");
    private static final String LONG_ID = "btc-irr-sma-crossover-paper-rial-market-with-a-very-long-identifier-2026";

    @Test
    void a_long_id_and_a_long_error_leave_every_instances_actions_in_sight() throws Exception {
        Files.createDirectories(SHOTS);
        try (FakeDashboardService service = new FakeDashboardService();
                Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 1000))) {
            service.answer("/api/strategies", "[" + failing() + "," + DashboardRefreshTest.instance("demo", "2026-01-01T10:00:00Z")
                    .replace("\"RUNNING\"", "\"PAUSED\",\"pausedReason\":\"flattened by the operator\"") + "]");
            service.answer("/api/fills", "[{\"venue\":\"paper\",\"trade_id\":\"7\",\"strategy_instance\":\"" + LONG_ID + "\","
                    + "\"side\":\"buy\",\"symbol\":\"BTC-IRR\",\"quantity\":\"0.12345678\",\"price\":\"119369349827\","
                    + "\"fee\":\"51579344.46117245\",\"fee_asset\":\"IRR\",\"created_at\":\"2026-01-01T10:00:00Z\"}]");
            DashboardRefreshTest.logIn(page, service);
            actionsInSight(page, "en");
            assertTrue(page.isVisible("#instances tr[data-instance='" + LONG_ID + "'] .last-error"), "the last error is shown");
            assertTrue(page.getAttribute("#instances .last-error", "title").endsWith("SQL statement: " + "x".repeat(400) + " [22001-230]"),
                    "the whole error is in the tooltip");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("layout-long-id-en.png")));
            page.selectOption("#language", "fa");
            page.waitForSelector("#instances th:has-text('نمونه')");
            actionsInSight(page, "fa");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("layout-long-id-fa.png")));
            page.selectOption("#language", "pt");
            page.waitForSelector("#instances th:has-text('Instância')");
            page.selectOption("#irr-unit", "toman");
            page.waitForSelector("#instances td:has-text('toman')");
            actionsInSight(page, "pt"); // its words are the longest
            Object cut = page.evaluate("() => [...document.querySelectorAll('#fills tbody td.number')].filter(td => td.scrollWidth > td.clientWidth)"
                    + ".map(td => td.textContent)");
            assertEquals(List.of(), cut, "amounts of a rial fill cut short at 1400 px");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("layout-long-id-pt.png")));
            page.selectOption("#irr-unit", "rial");
            page.selectOption("#language", "en");

            page.setViewportSize(390, 844);
            assertEquals(390, ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue(),
                    "the page stays as wide as a phone's window");
            Object selectInside = page.evaluate("() => { const s = document.querySelector('#chart-instance');"
                    + " return s.getBoundingClientRect().right <= s.closest('section').getBoundingClientRect().right; }");
            assertEquals(Boolean.TRUE, selectInside, "the chart's choice of a long id stays inside its card");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("layout-long-id-phone.png")).setFullPage(true));
        }
    }

    @Test
    void a_rial_chart_spells_its_prices_as_the_tables_do_in_the_pages_language_and_unit() throws Exception {
        Files.createDirectories(SHOTS);
        try (FakeDashboardService service = new FakeDashboardService();
                Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 1000))) {
            service.answer("/api/strategies", "[" + failing() + "]");
            service.answer("/udf/history", "{\"s\":\"ok\",\"t\":[1767261480,1767261540,1767261600],"
                    + "\"o\":[123000000000,123400000000,123300000000],\"h\":[123500000000,123600000000,123500000000],"
                    + "\"l\":[122900000000,123200000000,123300000000],\"c\":[123400000000,123300000000,123456789012]}");
            DashboardRefreshTest.logIn(page, service);
            // the axis is drawn on a canvas: its formatter's spelling of the last close is on the chart's element
            page.waitForSelector("#chart[data-last-close='123,456,789,012']");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("layout-rial-chart-en.png")));
            page.selectOption("#language", "fa");
            page.waitForSelector("#chart[data-last-close='۱۲۳٬۴۵۶٬۷۸۹٬۰۱۲']");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("layout-rial-chart-fa.png")));
            page.selectOption("#language", "en");
            page.selectOption("#irr-unit", "toman");
            page.waitForSelector("#chart[data-last-close='12,345,678,901.2']"); // as the tables, not ten times their price
            page.selectOption("#irr-unit", "rial");
        }
    }

    /** Each row's resume or pause and flatten buttons are inside the visible part of their card, without scrolling it. */
    private static void actionsInSight(Page page, String language) {
        Object outOfSight = page.evaluate("() => [...document.querySelectorAll('#instances button')]"
                + ".filter(b => { const card = b.closest('section').getBoundingClientRect(), button = b.getBoundingClientRect();"
                + " return button.left < card.left || button.right > card.right; }).length");
        assertEquals(0, ((Number) outOfSight).intValue(), "instance actions out of sight at 1400 px in " + language);
    }

    private static String failing() {
        String error = "strategy sma-crossover threw in onCandle at 2026-01-01T10:00:00Z (bar 77): io.tradewind.execution."
                + "StoreException: execution store: commit failed: Value too long for column \\\"STRATEGY_INSTANCE CHARACTER"
                + " VARYING(64)\\\"; SQL statement: " + "x".repeat(400) + " [22001-230]";
        return "{\"id\":\"" + LONG_ID + "\",\"plugin\":\"sma-crossover\",\"venue\":\"paper\",\"account\":\"rial\","
                + "\"symbol\":\"BTC-IRR\",\"resolution\":\"1m\",\"chartTicker\":\"sim:BTC-IRR\",\"state\":\"BACKING_OFF\","
                + "\"lastTick\":\"2026-01-01T10:00:00Z\",\"lastCandle\":\"2026-01-01T10:00:00Z\",\"errors\":12,"
                + "\"lastError\":\"" + error + "\",\"lastErrorAt\":\"2026-01-01T10:00:00Z\",\"position\":\"0.12345678\","
                + "\"budget\":{\"IRR\":\"80000000000\"},\"realisedPnl\":\"-123456789012.5\",\"unrealisedPnl\":\"98765432109.87654321\"}";
    }
}

