package io.tradewind.exchange.toparz;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Every TopArz answer: {@code {"succeed": true, "data": …}}, or {@code succeed: false} with an
 * {@code error_code} (the seed shows the field but documents no codes).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record TopArzEnvelope<T>(
        Boolean succeed,
        T data,
        @JsonProperty("error_code") @JsonAlias("errorCode") TopArzError error) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TopArzError(String code, String message) {
    }
}
