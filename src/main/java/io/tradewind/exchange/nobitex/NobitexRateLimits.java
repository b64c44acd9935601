package io.tradewind.exchange.nobitex;

import io.tradewind.exchange.VenueRateLimits;
import java.time.Duration;

/**
 * Nobitex's rate limits per call, from its documentation (exchanges.md's table). The UDF history,
 * the options and the login have no documented limit: they get a modest pace of our own.
 */
final class NobitexRateLimits {

    static final String ORDER_BOOK = "orderbook";
    static final String TRADES = "trades";
    static final String OPTIONS = "options";
    static final String HISTORY = "udf-history";
    static final String ADD = "orders-add";
    static final String STATUS = "orders-status";
    static final String LIST = "orders-list";
    static final String CANCEL = "orders-update-status";
    static final String OWN_TRADES = "trades-list";
    static final String WALLETS = "wallets";

    private NobitexRateLimits() {
    }

    static VenueRateLimits build(Duration maxWait) {
        Duration minute = Duration.ofMinutes(1);
        return VenueRateLimits.builder(NobitexTransport.VENUE)
                .limit(ORDER_BOOK, 300, minute)
                .limit(TRADES, 60, minute)
                .limit(OPTIONS, 10, minute)
                .limit(HISTORY, 60, minute)
                .limit(NobitexSession.LOGIN_GROUP, 5, minute)
                .limit(ADD, 300, Duration.ofMinutes(10))
                .limit(STATUS, 300, minute)
                .limit(LIST, 30, minute)
                .limit(CANCEL, 90, minute)
                .limit(OWN_TRADES, 30, minute)
                .limit(WALLETS, 20, Duration.ofMinutes(2))
                .maxWait(maxWait)
                .build();
    }
}
