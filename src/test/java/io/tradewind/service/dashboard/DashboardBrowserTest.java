package io.tradewind.service.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tradewind.runtime.TradingService;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The dashboard in a real browser (Debian's Chromium through Playwright): log in with the token,
 * watch two paper instances trade on replayed candles through the live event stream, pause one
 * and see it paused, place a manual order through the Orders API (refused with the reason, then
 * resting) and cancel it, open a backtest report, switch to Persian and see the page turn right to left, and
 * log in with the read token to be offered no actions. Screenshots are saved
 * under {@code target/dashboard/} to be looked at.
 */
@QuarkusTest
@TestProfile(DashboardBrowserTest.TwoReplays.class)
class DashboardBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SHOTS = Path.of("target", "dashboard");
    private static final String DESK_TOKEN = "dashboard-test-desk-token";

    public static class TwoReplays implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>();
            // a database of its own: a paper replay goes on where the last service on its store left it
            config.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:dashboard-browser;DB_CLOSE_DELAY=-1");
            config.put("tradewind.paper.instruments.BTC-USD.tick", "0.01");
            config.put("tradewind.paper.instruments.BTC-USD.step", "0.0001");
            config.put("tradewind.paper.instruments.BTC-USD.taker-fee", "0.001");
            config.put("tradewind.paper.accounts.main.balance.USD", "10000");
            config.put("tradewind.paper.accounts.desk.balance.USD", "1000");
            config.put("tradewind.orders-api.users.desk.token", DESK_TOKEN);
            config.put("tradewind.orders-api.users.desk.account", "desk");
            for (String id : List.of("alpha", "beta")) {
                String p = "tradewind.strategies." + id + ".";
                config.put(p + "plugin", "sma-crossover");
                config.put(p + "symbol", "BTC-USD");
                config.put(p + "budget.USD", "2000");
                config.put(p + "params.fast", id.equals("alpha") ? "2" : "3");
                config.put(p + "params.slow", id.equals("alpha") ? "5" : "8");
                config.put(p + "replay.source-venue", "dashboard-test");
                config.put(p + "replay.data-file", "src/test/resources/candles/service-walk.csv");
                config.put(p + "replay.from", "2024-01-01T00:30:00Z");
                config.put(p + "replay.candles-per-second", "8");
            }
            return config;
        }
    }

    @Inject
    TradingService service;

    @Test
    void an_operator_logs_in_watches_two_instances_trade_pauses_one_and_reads_it_in_persian() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "needs Debian's chromium (apt-get install -y chromium)");
        service.start();
        Files.createDirectories(SHOTS);
        Path report = Files.createDirectories(Path.of("target", "test-reports", "dashboard-demo-20300101-000000"));
        Files.writeString(report.resolve("report.html"), "<html><body><h1>dashboard demo report</h1></body></html>");
        Files.writeString(report.resolve("report.json"), "{\"strategy\":\"sma-crossover\",\"symbol\":\"BTC-USD\","
                + "\"metrics\":{\"totalReturn\":0.05,\"numberOfTrades\":3}}");
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                        .setExecutablePath(CHROMIUM).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
                                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                                "--disable-sync")))) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 1000));
            Set<Request> openStreams = ConcurrentHashMap.newKeySet();
            page.onRequest(request -> {
                if (request.url().contains("/api/events")) {
                    openStreams.add(request);
                }
            });
            page.onRequestFinished(openStreams::remove);
            page.onRequestFailed(openStreams::remove);
            List<String> askedWithoutToken = new CopyOnWriteArrayList<>();
            page.onRequest(request -> {
                String authorization = request.headers().get("authorization");
                if (authorization != null && !authorization.matches("Bearer \\S+") || "Bearer null".equals(authorization)) {
                    askedWithoutToken.add(request.url());
                }
            });
            page.navigate("http://localhost:" + port + "/");

            page.fill("#token", "wrong");
            page.click("#login-form button");
            page.waitForSelector("#login-error:has-text('refused')");

            page.fill("#token", "test-operator-token");
            page.click("#login-form button");
            page.waitForSelector("#instances tbody tr[data-instance='beta']");
            page.waitForSelector("#connection.up");
            page.waitForSelector("#events li:has-text('fill')", new Page.WaitForSelectorOptions().setTimeout(60_000));
            assertEquals(2, page.locator("#instances tbody tr").count());
            page.waitForSelector("#fills tbody tr td:has-text('BTC-USD')");
            page.waitForSelector("#balances tbody tr td:has-text('desk')"); // the Orders API user's wallet too
            assertEquals("none", page.textContent("#open-orders tbody td.empty"), "an empty table says so");
            assertEquals(4, page.locator("#instances tbody td.gain, #instances tbody td.loss, #instances tbody td.flat").count(),
                    "each instance's realised and unrealised PnL is marked a gain, a loss or flat");
            for (Locator gain : page.locator("#instances tbody td.gain").all()) {
                assertTrue(gain.textContent().startsWith("+"), "a gain carries its sign: " + gain.textContent());
            }
            for (Locator pnl : page.locator("#instances tbody td.gain, #instances tbody td.loss, #instances tbody td.flat").all()) {
                assertTrue(pnl.textContent().matches("[+-]?[0-9,]+(\\.[0-9]{1,2})?"),
                        "PnL in USD is shown to the cent (the exact amount in its tooltip): " + pnl.textContent());
            }
            assertTrue(page.textContent("#balances tbody").contains("1,000"), "thousands are grouped (the desk wallet holds 1000 USD): " + page.textContent("#balances tbody"));
            assertTrue(page.textContent("span[data-i18n='dates']").contains("UTC"), "the page says in which zone its times are");
            page.waitForSelector("#chart canvas", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
            chartFollowsTheReplay(page);
            aRestartIsFollowedWithoutRepeatingOrSkippingEvents(page);
            page.waitForSelector("#equity canvas", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
            assertEquals("5.00 %", page.textContent("#reports tr[data-report='dashboard-demo-20300101-000000'] td:nth-child(5)"),
                    "the return is shown as the report shows it, a percentage");
            Page opened = page.waitForPopup(() -> page.click("#reports tr[data-report='dashboard-demo-20300101-000000'] button"));
            opened.frameLocator("iframe[sandbox='allow-scripts']").locator("h1:has-text('dashboard demo report')").waitFor();
            assertEquals("null", opened.frames().get(1).evaluate("() => window.origin"), "the report runs in an origin of its own");
            opened.close();

            Locator alpha = page.locator("#instances tbody tr[data-instance='alpha']");
            alpha.locator("button[data-action='pause']").click();
            page.waitForSelector("#instances tbody tr[data-instance='alpha'] td[data-state='PAUSED']");
            assertTrue(page.locator("#instances tbody tr[data-instance='beta'] td[data-state='PAUSED']").count() == 0
                    || page.locator("#instances tbody tr[data-instance='beta'] td").nth(1).textContent().contains("replay"),
                    "only alpha was paused by the operator");
            Locator beta = page.locator("#instances tbody tr[data-instance='beta']");
            beta.locator("button[data-action='reduceOnly']").click();
            // a reduce-only instance is offered resume, which ends reduce-only (a replay that has ended
            // pauses it again at its next tick, and a paused one is offered resume too)
            page.waitForSelector("#instances tr[data-instance='beta']:has(td[data-state='REDUCE_ONLY']) button[data-action='resume'],"
                    + " #instances tr[data-instance='beta']:has(td[data-state='PAUSED']) button[data-action='resume']");
            beta.locator("button[data-action='resume']").click();

            page.fill("#order-token", DESK_TOKEN);
            page.fill("#order-symbol", "BTC-USD");
            page.fill("#order-price", "0.0001");
            page.fill("#order-quantity", "1");
            page.click("#order-form button");
            page.waitForSelector("#order-result.error:has-text('422')");
            assertTrue(page.textContent("#order-result").contains("price"), page.textContent("#order-result"));

            page.fill("#order-price", "50.00");
            page.fill("#order-quantity", "0.5");
            page.click("#order-form button");
            page.waitForSelector("#order-result:has-text('active')");
            String uid = page.textContent("#order-result").replaceAll(".*Order (\\S+):.*", "$1");
            page.selectOption("#order-type", "market");
            assertTrue(page.isDisabled("#order-price") && page.isDisabled("#order-stop"), "a market order takes neither price");
            page.selectOption("#order-type", "stop-limit");
            page.fill("#order-price", "150.00");
            page.fill("#order-stop", "150.00");
            page.click("#order-form button");
            page.waitForSelector("#order-result:not(.error):has-text('" + "Order" + "'):not(:has-text('" + uid + "'))");
            page.selectOption("#order-type", "limit");
            page.waitForSelector("#open-orders tr[data-order='" + uid + "']");
            String waitingStop = page.locator("#open-orders tbody tr:has(td:text-is('queued'))").textContent();
            assertTrue(waitingStop.contains("150"), "a stop order shows its trigger and that it waits for it: " + waitingStop);
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("dashboard-en.png")).setFullPage(true));
            Object cancelInside = page.evaluate("() => { const b = document.querySelector(\"#open-orders button[data-action='cancel']\");"
                    + " return b.getBoundingClientRect().right <= b.closest('section').getBoundingClientRect().right; }");
            assertEquals(Boolean.TRUE, cancelInside, "the cancel button is in sight at 1400 px, not scrolled out of its card");
            page.click("#open-orders tr[data-order='" + uid + "'] button[data-action='cancel']");
            page.waitForSelector("#open-orders tr[data-order='" + uid + "']",
                    new Page.WaitForSelectorOptions().setState(WaitForSelectorState.DETACHED));

            serviceGoneIsShownAndActionsAreOff(page);
            narrowWindowScrollsTablesNotThePage(page);

            page.selectOption("#language", "fa");
            assertEquals("rtl", page.getAttribute("html", "dir"));
            page.waitForSelector("#instances th:has-text('نمونه')");
            String quantity = page.textContent("#fills tbody tr td:nth-child(5)");
            assertTrue(quantity.matches("[۰-۹٫]+"), "the fills already shown are spelled again in Persian digits: " + quantity);
            page.waitForSelector("#instances tbody td.loss:has-text('۰'), #instances tbody td.gain:has-text('۰')");
            for (Locator signed : page.locator("#instances tbody td.loss, #instances tbody td.gain").all()) {
                assertTrue(signed.textContent().matches("\u200E[-+].*"), "a left-to-right mark keeps the sign in front: " + signed.textContent());
            }
            assertTrue(page.textContent("#order-type").contains("لیمیت"), "the order types in the exchange's words");
            String events = page.textContent("#events");
            assertTrue(events.contains("معامله:") && events.contains("سفارش") && !events.contains("client_order_id="),
                    "the live events already shown are spelled again in Persian, not as key=value lines: " + events);
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("dashboard-fa.png")).setFullPage(true));
            page.selectOption("#language", "en");

            aWatcherIsOfferedNoActions(page);
            // each logout ended its event stream: after two logouts and logins one stream is open, not three
            for (int wait = 0; openStreams.size() != 1 && wait < 50; wait++) {
                page.waitForTimeout(100);
            }
            assertEquals(1, openStreams.size(), "open event streams: " + openStreams.stream().map(Request::url).toList());
            assertEquals(List.of(), askedWithoutToken, "a request went out while nobody was logged in");
        }
    }

    /**
     * The service restarted: its event stream says {@code missed} and numbers on from where the new run
     * is, which may be lower than the old run's. The page resumes after the new run's number (a maximum
     * kept the old one and skipped the new run's events up to it) and starts its lists again from what
     * the service keeps, so no event or fill is shown twice.
     */
    private static void aRestartIsFollowedWithoutRepeatingOrSkippingEvents(Page page) {
        List<String> asked = new CopyOnWriteArrayList<>();
        page.onRequest(request -> {
            if (request.url().contains("/api/events")) {
                asked.add(request.url());
            }
        });
        page.route("**/api/events**", route -> route.fulfill(new Route.FulfillOptions().setStatus(200)
                .setContentType("text/event-stream").setBody("event: missed\ndata: {\"last_sequence\":2}\n\n"
                        + "id: 1\nevent: tick_skipped\ndata: {\"sequence\":1,\"time\":\"2024-01-01T00:00:00Z\","
                        + "\"type\":\"tick_skipped\",\"instance\":\"alpha\",\"data\":{}}\n\n"
                        + "id: 2\nevent: tick_skipped\ndata: {\"sequence\":2,\"time\":\"2024-01-01T00:00:01Z\","
                        + "\"type\":\"tick_skipped\",\"instance\":\"alpha\",\"data\":{}}\n\n")),
                new Page.RouteOptions().setTimes(1));
        page.evaluate("() => window.stop()"); // ends the open stream; the page reconnects to the "restarted" one
        for (int wait = 0; asked.stream().noneMatch(url -> url.endsWith("after=2")) && wait < 100; wait++) {
            page.waitForTimeout(100);
        }
        assertTrue(asked.stream().anyMatch(url -> url.endsWith("after=2")),
                "after the restarted stream's events 1 and 2 the page resumes after 2: " + asked);
        // the real service never numbered an event 2: it says missed and sends all it keeps, fills among them
        page.waitForSelector("#connection.up");
        page.waitForSelector("#events li:has-text('fill')", new Page.WaitForSelectorOptions().setTimeout(30_000));
        List<String> fills = page.locator("#fills tbody tr").allTextContents();
        assertEquals(fills.size(), Set.copyOf(fills).size(), "a fill shown twice: " + fills);
        List<String> events = page.locator("#events li").allTextContents().stream().filter(e -> e.contains("fill")).toList();
        assertEquals(events.size(), Set.copyOf(events).size(), "an event shown twice: " + events);
    }

    /** With the read token the page shows everything but offers no action, which would only answer 403. */
    private static void aWatcherIsOfferedNoActions(Page page) {
        page.click("#logout");
        assertEquals("", page.inputValue("#order-token"), "the Orders API user's token goes with the logout");
        // a refresh the operator's page had scheduled comes due while logged out: it must neither go out
        // without a token nor, answered 401, log out the next login (the page once hid the watcher's dashboard)
        page.waitForTimeout(400);
        page.fill("#token", "test-read-token");
        page.click("#login-form button");
        page.waitForSelector("#instances tbody tr[data-instance='beta']");
        page.waitForSelector("#read-only", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));
        assertTrue(page.isHidden("#kill-switch"), "no kill switch for a watcher");
        assertTrue(page.isHidden("#manual-order"), "no order form for a watcher");
        assertEquals(0, page.locator("#instances button, #open-orders button").count(), "no pause, flatten or cancel buttons");
        page.click("#logout");
        page.fill("#token", "test-operator-token");
        page.click("#login-form button");
        page.waitForSelector("#instances tbody tr[data-instance='beta'] button[data-action='flatten']");
        assertTrue(page.isHidden("#read-only") && page.isVisible("#kill-switch") && page.isVisible("#manual-order"),
                "the operator is offered the actions again");
    }

    /** The event stream drops (the service stopped): the page says since when, greys what it shows and turns actions off. */
    private static void serviceGoneIsShownAndActionsAreOff(Page page) {
        // every request fails from now on, and window.stop() ends the open stream as a stopped service would
        page.route("**/api/**", Route::abort);
        page.evaluate("() => window.stop()");
        page.waitForSelector("#offline:has-text('has not answered since')", new Page.WaitForSelectorOptions().setTimeout(30_000));
        assertTrue(page.locator("#dashboard.stale").count() == 1);
        assertTrue(page.isDisabled("#kill-switch"));
        assertEquals(0, page.locator("#dashboard section button:enabled").count(),
                "every action is disabled, not only greyed: none can be pressed from the keyboard");
        page.unroute("**/api/**");
        page.waitForSelector("#connection.up", new Page.WaitForSelectorOptions().setTimeout(60_000));
        page.waitForSelector("#offline", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.HIDDEN));
        assertTrue(page.isEnabled("#kill-switch"));
        assertTrue(page.isEnabled("#order-form button[type='submit']"), "the actions are on again");
    }

    /** On a phone-wide window the tables scroll inside their cards; the page itself stays as wide as the window. */
    private static void narrowWindowScrollsTablesNotThePage(Page page) {
        page.setViewportSize(400, 900);
        Object pageWidth = page.evaluate("() => document.documentElement.scrollWidth");
        assertTrue(((Number) pageWidth).intValue() <= 400, "the page is " + pageWidth + " px wide in a 400 px window");
        page.waitForTimeout(500); // let the charts redraw at the new width before the picture
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("dashboard-narrow.png")).setFullPage(true));
        page.setViewportSize(1400, 1000);
    }

    /**
     * The chart of the first instance (alpha) marks its fills on the replayed bars (January 2024), not at the
     * wall clock's time, and grows with the candles the event stream brings, without loading its history again.
     */
    private static void chartFollowsTheReplay(Page page) {
        page.waitForFunction("() => Number(document.querySelector('#chart').dataset.markers) > 0", null,
                new Page.WaitForFunctionOptions().setTimeout(60_000));
        assertEquals("alpha", page.getAttribute("#chart", "data-instance"));
        // a fill's event can arrive just before the event of the candle it traded on: the three are read at one
        // moment, when the bars have caught up (read one by one, a newer fill came in between, on JDK 25)
        String[] chart = page.waitForFunction("() => { const c = document.querySelector('#chart').dataset;"
                + " return Number(c.lastBar) >= Number(c.lastMarker) && [c.firstBar, c.lastBar, c.lastMarker].join(','); }", null,
                new Page.WaitForFunctionOptions().setTimeout(30_000)).jsonValue().toString().split(",");
        long firstBar = Long.parseLong(chart[0]);
        long lastBar = Long.parseLong(chart[1]);
        long lastMarker = Long.parseLong(chart[2]);
        long replayEnd = Instant.parse("2024-01-01T06:39:00Z").getEpochSecond();
        assertTrue(firstBar <= lastMarker && lastMarker <= lastBar && lastBar <= replayEnd,
                "the newest fill is marked on a replayed bar: bars " + firstBar + ".." + lastBar + ", marker " + lastMarker);
        String loads = page.getAttribute("#chart", "data-loads");
        page.waitForFunction("last => Number(document.querySelector('#chart').dataset.lastBar) > Number(last)", Long.toString(lastBar),
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        assertEquals(loads, page.getAttribute("#chart", "data-loads"), "new candles came from the event stream");
    }
}
