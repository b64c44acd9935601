package io.tradewind.runtime;

import io.tradewind.domain.Instrument;
import io.tradewind.exchange.Venue;
import java.util.Map;

/**
 * A connector the service trades on live, checked at start-up.
 *
 * @param account     the account its instances trade in there
 * @param instruments the venue's instruments its instances trade, by canonical symbol
 */
record LiveVenuePlan(String id, Venue connector, String account, Map<String, Instrument> instruments) {

    LiveVenuePlan {
        instruments = Map.copyOf(instruments);
    }
}
