package io.tradewind.exchange;

import io.tradewind.domain.Side;
import io.tradewind.marketdata.RecordedTrade;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One trade of a market as the venue publishes it to everyone.
 *
 * @param tradeId   the venue's id, or {@code null} where it publishes none
 * @param takerSide the side of the incoming order, or {@code null} where the venue does not say
 */
public record PublicTrade(String tradeId, String symbol, BigDecimal price, BigDecimal quantity, Side takerSide,
        Instant time) {

    public PublicTrade {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(time, "time");
    }

    /** The trade as the store records it; one without a venue id gets an id made of its content. */
    public RecordedTrade recorded() {
        return tradeId == null ? RecordedTrade.withoutVenueId(price, quantity, takerSide, time)
                : new RecordedTrade(tradeId, price, quantity, takerSide, time);
    }
}
