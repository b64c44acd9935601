package io.tradewind.exchange.toparz;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** One entry of {@code GET /api/v1/account/balances}: {@code value} is the whole amount, locked included. */
@JsonIgnoreProperties(ignoreUnknown = true)
record TopArzBalance(
        String currency,
        BigDecimal value,
        @JsonProperty("locked_value") @JsonAlias("lockedValue") BigDecimal lockedValue) {
}
