package io.tradewind.exchange.toparz;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/** The one element of {@code GET /api/v1/depth/{symbol}}'s {@code data} array. */
@JsonIgnoreProperties(ignoreUnknown = true)
record TopArzDepth(List<Level> asks, List<Level> bids) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Level(BigDecimal price, BigDecimal quantity) {
    }
}
