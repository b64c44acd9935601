package io.tradewind.exchange.nami;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.junit.QuarkusTest;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.exchange.VenueCredentials;
import io.tradewind.exchange.VenueSettings;
import io.tradewind.execution.ExecutionService;
import io.tradewind.execution.ExecutionSettings;
import io.tradewind.execution.InMemoryExecutionStore;
import io.tradewind.execution.OrderIntent;
import io.tradewind.execution.OrderRecord;
import io.tradewind.execution.RiskConfig;
import io.tradewind.execution.SubmitResult;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The execution service trading on the Nami connector against a fake Nami whose placement answer
 * is lost: after Nami accepted the order it is found, adopted under our id and never placed again;
 * before, nothing is found and the order closes as not placed after the grace.
 */
@QuarkusTest
class NamiLostPlacementTest {

    private static final Instrument BTC = Instrument.of("BTC-USDT", "BTC", "USDT", "0.01", "0.00001", "0.00001",
            "0.001", "0.001");
    private static final String ORDER = "/api/v4/spot/order";

    static WireMockServer server;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T09:00:02Z"));
    private ExecutionService execution;

    @BeforeAll
    static void startFakeNami() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterAll
    static void stopFakeNami() {
        server.stop();
    }

    @BeforeEach
    void connect() {
        server.resetAll();
        server.stubFor(get(urlPathEqualTo("/api/v3/spot/config")).willReturn(okJson(NamiFixtures.text("config.json"))));
        server.stubFor(get(urlPathEqualTo("/api/v4/user/balance")).willReturn(okJson(NamiFixtures.text("balance.json"))));
        server.stubFor(get(urlPathEqualTo("/api/v4/spot/open")).willReturn(okJson(NamiVenueTest.EMPTY_LIST)));
        server.stubFor(get(urlPathEqualTo("/api/v4/spot/history")).willReturn(okJson(NamiFixtures.text("history.json"))));
        NamiVenue venue = new NamiVenue(new VenueSettings("nami", URI.create(server.baseUrl()), Duration.ofSeconds(2),
                Duration.ofMillis(400), Duration.ofSeconds(5), "main", new VenueCredentials("nami", NamiVenueTest.ENV)),
                NamiOptions.DEFAULTS, clock);
        AtomicInteger ids = new AtomicInteger();
        execution = new ExecutionService(venue, new InMemoryExecutionStore(), Map.of(BTC.symbol(), BTC), RiskConfig.none(),
                new ExecutionSettings(Set.of("main"), Duration.ofSeconds(30), clock, () -> "n" + ids.incrementAndGet()));
        execution.start();
    }

    @Test
    void anAnswerLostAfterNamiAcceptedIsFoundAmongTheOpenOrdersAndAdoptedUnderOurId() {
        server.stubFor(post(urlPathEqualTo(ORDER)).willReturn(okJson(NamiFixtures.text("place-limit.json"))
                .withFixedDelay(1500)));

        SubmitResult submitted = execution.submit("sma", seedBuy());
        server.stubFor(get(urlPathEqualTo("/api/v4/spot/open")).willReturn(okJson("{\"status\":\"ok\",\"data\":["
                + NamiFixtures.data("place-limit.json") + "]}")));
        execution.reconcile();

        assertEquals(SubmitResult.Outcome.UNCONFIRMED, submitted.outcome());
        OrderRecord found = execution.order(submitted.order().clientOrderId()).orElseThrow();
        assertEquals(OrderStatus.ACTIVE, found.status());
        assertEquals("435372", found.venueOrderId());
        assertEquals(1, execution.liveOrders().size(), "Nami's open order is ours, not adopted a second time");
        server.verify(1, postRequestedFor(urlPathEqualTo(ORDER)));
    }

    @Test
    void anAnswerLostBeforeNamiGotTheRequestIsFoundNowhereAndClosesAsNotPlaced() {
        clock.set(Instant.parse("2026-12-03T09:10:00Z"));
        server.stubFor(post(urlPathEqualTo(ORDER)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        String ours = execution.submit("sma", seedBuy()).order().clientOrderId();
        execution.reconcile();
        assertEquals(OrderStatus.NEW, execution.order(ours).orElseThrow().status(), "still an open question");
        clock.set(Instant.parse("2026-12-03T09:10:31Z"));
        execution.reconcile();

        OrderRecord closed = execution.order(ours).orElseThrow();
        assertEquals(OrderStatus.REJECTED, closed.status());
        assertEquals(java.util.List.of(RejectionReason.NOT_PLACED), closed.rejectionReasons());
        server.verify(1, postRequestedFor(urlPathEqualTo(ORDER)));
    }

    private static OrderIntent seedBuy() {
        return new OrderIntent("main", BTC.symbol(), Side.BUY, OrderType.LIMIT, new BigDecimal("62877.99"),
                new BigDecimal("0.07474"), null, TimeInForce.GOOD_TILL_CANCELED, null);
    }

    /** A clock the test moves; read by the venue (timestamps) and the execution service (grace). */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
