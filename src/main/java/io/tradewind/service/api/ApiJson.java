package io.tradewind.service.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.tradewind.domain.Decimals;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * The API's JSON: decimals (prices, quantities, balances, PnL) as strings, so that no client
 * parses them into a double and loses digits. Only the REST API uses this mapper; the command
 * line's JSON output is unaffected.
 */
@Provider
public class ApiJson implements ContextResolver<ObjectMapper> {

    private final ObjectMapper mapper;

    ApiJson(ObjectMapper base) {
        this.mapper = base.copy().registerModule(new SimpleModule("decimals-as-strings")
                .addSerializer(BigDecimal.class, new DecimalAsString()));
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }

    private static final class DecimalAsString extends StdSerializer<BigDecimal> {

        DecimalAsString() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeString(Decimals.format(value));
        }
    }
}
