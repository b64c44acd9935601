package io.tradewind.exchange.toparz;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The {@code data} of a placement, an order detail or a cancel: the order and its trades (if any). */
@JsonIgnoreProperties(ignoreUnknown = true)
record TopArzOrderDetail(TopArzOrder order, List<TopArzTrade> trades) {
}
