package io.tradewind.marketdata;

import io.tradewind.domain.Decimals;
import io.tradewind.domain.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One public trade of a market as recorded from a venue's feed, unique per venue and symbol by
 * {@code tradeId}. A venue that publishes no ids gets one made of the trade's time, price,
 * quantity and side ({@link #withoutVenueId}), so two trades alike in all four within one
 * millisecond are recorded once.
 *
 * @param takerSide the side of the incoming order, or {@code null} where the venue does not say
 */
public record RecordedTrade(String tradeId, BigDecimal price, BigDecimal quantity, Side takerSide, Instant time) {

    public RecordedTrade {
        Objects.requireNonNull(tradeId, "tradeId");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(time, "time");
    }

    /** A trade whose venue gave no id: its id is made of what it is. */
    public static RecordedTrade withoutVenueId(BigDecimal price, BigDecimal quantity, Side takerSide, Instant time) {
        String id = "t" + time.toEpochMilli() + ":" + Decimals.format(price) + ":" + Decimals.format(quantity) + ":"
                + (takerSide == null ? "-" : takerSide.wireName());
        return new RecordedTrade(id, price, quantity, takerSide, time);
    }
}
