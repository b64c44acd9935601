package io.tradewind.exchange.toparz;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The {@code data} of a cancel by symbol: the orders it cancelled. */
@JsonIgnoreProperties(ignoreUnknown = true)
record TopArzCancelledOrders(List<TopArzOrder> orders) {
}
