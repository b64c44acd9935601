package io.tradewind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.InstrumentStatus;
import io.tradewind.exchange.VenueDouble;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the Orders API sandbox configures (issue 12): paper instruments with a status, a maximum
 * order size, a price band and trading sessions, and the API's users, whose wallets are paper
 * accounts or the account the service trades in at a connector.
 */
class OrdersApiConfigTest {

    private static final String BTC = "tradewind.paper.instruments.BTC-IRR.";
    private static final String ALICE = "tradewind.orders-api.users.alice.";

    private final VenueDouble connector = new VenueDouble();
    private final Map<String, String> properties = new HashMap<>(Map.of(
            BTC + "tick", "1000", BTC + "step", "0.0001",
            "tradewind.paper.accounts.alice.balance.IRR", "50000000000"));

    OrdersApiConfigTest() {
        connector.list(Instrument.of("BTC-IRR", "BTC", "IRR", "10", "0.000001", "0.000001", "0", "0"));
        connector.list(Instrument.of("ETH-IRR", "ETH", "IRR", "10", "0.0001", "0.0001", "0", "0"));
    }

    @Test
    void a_paper_instrument_takes_status_maximum_size_price_band_and_sessions() {
        properties.put(BTC + "status", "inactive");
        properties.put(BTC + "max-quantity", "50");
        properties.put(BTC + "price-band", "0.1");
        properties.put(BTC + "sessions", "SATURDAY,SUNDAY 09:00 12:30 Asia/Tehran");

        Instrument btc = read().instruments().get("BTC-IRR");

        assertEquals(InstrumentStatus.INACTIVE, btc.status());
        assertEquals(0, new BigDecimal("50").compareTo(btc.maxQuantity()));
        assertEquals(0, new BigDecimal("0.1").compareTo(btc.priceBand()));
        assertEquals(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), btc.sessions().get(0).days());
        assertEquals(LocalTime.of(12, 30), btc.sessions().get(0).close());
    }

    @Test
    void a_paper_instrument_is_active_and_open_around_the_clock_by_default() {
        Instrument btc = read().instruments().get("BTC-IRR");

        assertEquals(InstrumentStatus.ACTIVE, btc.status());
        assertTrue(btc.sessions().isEmpty());
        assertEquals(null, btc.maxQuantity());
        assertEquals(null, btc.priceBand());
    }

    @Test
    void bad_instrument_terms_name_their_property() {
        properties.put(BTC + "status", "halted");
        assertTrue(problem().startsWith(BTC + "status: unknown instrument status 'halted'"), problem());
        properties.put(BTC + "status", "active");
        properties.put(BTC + "sessions", "weekends");
        assertTrue(problem().startsWith(BTC + "sessions: 'weekends' is not a list of trading windows"), problem());
    }

    @Test
    void a_user_trades_in_a_paper_account_and_an_admin_needs_no_wallet() {
        properties.put(ALICE + "account", "alice");
        properties.put("tradewind.orders-api.users.root.role", "admin");

        assertEquals(Set.of("alice"), OrdersApiWallets.paperAccounts(ordersApi(), read()));
    }

    @Test
    void users_with_a_wrong_role_or_wallet_stop_start_up_naming_the_property() {
        properties.put(ALICE + "role", "owner");
        assertEquals(ALICE + "role: unknown role 'owner' (roles: user, admin)", walletProblem());
        properties.put(ALICE + "role", "user");
        assertTrue(walletProblem().startsWith(ALICE + "account: is missing"), walletProblem());
        properties.put(ALICE + "account", "carol");
        assertTrue(walletProblem().startsWith(ALICE + "account: no paper account 'carol'"), walletProblem());
        properties.put(ALICE + "venue", "nobitex");
        assertEquals(ALICE + "venue: unknown venue 'nobitex' (venues: paper, double)", problem());
    }

    @Test
    void a_wallet_on_a_connector_trades_there_live_with_every_instrument_it_lists() {
        properties.put(ALICE + "venue", VenueDouble.ID);
        properties.put(ALICE + "account", "venue-account");

        ServicePlan plan = read();

        assertEquals(Set.of("BTC-IRR", "ETH-IRR"), plan.live().get(VenueDouble.ID).instruments().keySet());
        assertEquals("venue-account", plan.live().get(VenueDouble.ID).account());
        assertEquals(Set.of(), OrdersApiWallets.paperAccounts(ordersApi(), plan));
        properties.put(ALICE + "account", "mine");
        assertTrue(walletProblem().startsWith(ALICE + "account: the service trades on double in account 'venue-account'"),
                walletProblem());
    }

    private String walletProblem() {
        ServicePlan plan = read();
        return assertThrows(ServiceConfigException.class, () -> OrdersApiWallets.paperAccounts(ordersApi(), plan)).getMessage();
    }

    private String problem() {
        return assertThrows(ServiceConfigException.class, this::read).getMessage();
    }

    private ServiceConfig.OrdersApi ordersApi() {
        return ServiceConfigFixture.config(properties).getConfigMapping(ServiceConfig.OrdersApi.class);
    }

    private ServicePlan read() {
        return ServiceConfigFixture.read(properties, connector);
    }
}
