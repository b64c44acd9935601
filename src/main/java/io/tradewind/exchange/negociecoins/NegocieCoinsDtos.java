package io.tradewind.exchange.negociecoins;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.util.List;

/**
 * NegocieCoins' JSON as the seed documents it; nothing here leaves the package. The REST client
 * hands us text, so Quarkus does not see these types: a native executable needs them listed for
 * Jackson's reflection.
 */
@RegisterForReflection(targets = {NegocieCoinsDtos.Order.class, NegocieCoinsDtos.Operation.class,
    NegocieCoinsDtos.Balance.class, NegocieCoinsDtos.Level.class, NegocieCoinsDtos.Book.class,
    NegocieCoinsDtos.Trade.class, NegocieCoinsDtos.OrderFilters.class, NegocieCoinsDtos.NewOrder.class})
final class NegocieCoinsDtos {

    private NegocieCoinsDtos() {
    }

    /** An order as "user / order(s)" answer it ({@code created} in the venue's local time, no zone). */
    record Order(String id, String created, String pair, String type, String status, BigDecimal price,
            BigDecimal quantity, BigDecimal total, @JsonProperty("executed_quantity") BigDecimal executedQuantity,
            @JsonProperty("executed_price_avg") BigDecimal executedPriceAvg, BigDecimal fee,
            @JsonProperty("pending_quantity") BigDecimal pendingQuantity, List<Operation> operations) {
    }

    /** One execution of an order. */
    record Operation(String id, String created, BigDecimal feeRate, BigDecimal price, BigDecimal quantity) {
    }

    /** One currency of "user / balance": {@code total = available + openOrders + withdraw} (the last two negative). */
    record Balance(BigDecimal available, BigDecimal openOrders, BigDecimal withdraw, BigDecimal total) {
    }

    record Level(BigDecimal price, BigDecimal quantity) {
    }

    record Book(List<Level> bid, List<Level> ask) {
    }

    /** A public trade; {@code date} in unix seconds. */
    record Trade(String tid, Long date, BigDecimal price, BigDecimal amount, String type) {
    }

    /** The filters of "user / orders", each of which the seed marks required. */
    record OrderFilters(Integer page, Integer pageSize, String pair, String type, String status, Long startId,
            Long endId, String startDate, String endDate) {
    }

    /** The body of "user / order" (POST). */
    record NewOrder(@JsonProperty("brokerID") int brokerId, @JsonProperty("userID") long userId, String pair,
            String type, BigDecimal volume, BigDecimal price) {
    }
}
