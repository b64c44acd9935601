package io.tradewind.service.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;

/** The service stops while the page is open and the operator does nothing: the page says it does not answer, and no more. */
class DashboardOutageTest extends FakeServicePageTest {

    @Test
    void a_refresh_that_finds_the_service_gone_does_not_say_an_action_was_not_done() throws Exception {
        try (FakeDashboardService service = new FakeDashboardService(); Page page = browser.newPage()) {
            service.answer("/api/strategies", "[" + DashboardRefreshTest.instance("alpha", "2026-01-01T10:00:00Z") + "]");
            DashboardRefreshTest.logIn(page, service);
            service.down(true);
            page.waitForSelector("#offline:has-text('has not answered since')");
            // the equity curves are asked again every minute, the instances at each event: here, at once
            page.evaluate("() => document.querySelector('#irr-unit').dispatchEvent(new Event('change'))");
            page.waitForSelector("#problem:has-text('does not answer')");
            assertFalse(page.textContent("#problem").contains("nothing was done"),
                    "the operator did nothing, yet was told it was not done: " + page.textContent("#problem"));
            service.down(false);
            page.waitForSelector("#connection.up", new Page.WaitForSelectorOptions().setTimeout(10_000));
            page.waitForSelector("#offline", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.HIDDEN));
            assertEquals("", page.textContent("#problem"), "once the service answers again, its silence is no longer told");
        }
    }
}
