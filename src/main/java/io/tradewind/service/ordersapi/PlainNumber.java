package io.tradewind.service.ordersapi;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import io.tradewind.domain.Decimals;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * A JSON number written with its plain digits, as the seed writes its limits ({@code 0.00000001},
 * not {@code 1E-8}, which a client that parses decimals strictly refuses). Jackson writes a
 * {@link BigDecimal} with {@link BigDecimal#toString()} unless the whole mapper is told otherwise,
 * and this service's JSON writes bare BigDecimals as strings.
 */
record PlainNumber(BigDecimal value) implements JsonSerializable {

    @Override
    public void serialize(JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeNumber(toString());
    }

    @Override
    public void serializeWithType(JsonGenerator generator, SerializerProvider provider, TypeSerializer types)
            throws IOException {
        serialize(generator, provider);
    }

    @Override
    public String toString() {
        return Decimals.format(value);
    }
}
