package io.tradewind.service.dashboard;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A page test over {@link FakeDashboardService}: one Debian Chromium for the class's tests. */
abstract class FakeServicePageTest {

    private static Playwright playwright;
    static Browser browser;

    @BeforeAll
    static void startBrowser() {
        assumeTrue(Chromium.installed(), "needs Debian's chromium (apt-get install -y chromium)");
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            playwright.close();
        }
    }
}
