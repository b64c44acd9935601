package io.tradewind.service.ordersapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.tradewind.domain.WireEnum;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One entry of a 422 answer's {@code detail} array, as the seed shows it: where ({@code loc}, e.g.
 * {@code ["body", "quantity"]}), what ({@code msg}), its kind ({@code type}) and, where there is one,
 * the limit ({@code ctx}, e.g. {@code {"limit_value": 0.0001}}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@RegisterForReflection // answered inside a map, where Quarkus does not see its type
record ErrorDetail(List<String> loc, String msg, String type, Map<String, Object> ctx) {

    static ErrorDetail body(String field, String msg, String type) {
        return new ErrorDetail(List.of("body", field), msg, type, null);
    }

    static ErrorDetail body(String field, String msg, String type, Map<String, Object> ctx) {
        return new ErrorDetail(List.of("body", field), msg, type, ctx);
    }

    /** The value is not one of the enum's wire names; {@code ctx} lists them. */
    static <E extends Enum<E> & WireEnum> ErrorDetail notOneOf(List<String> loc, Class<E> type) {
        List<String> permitted = Arrays.stream(type.getEnumConstants()).map(WireEnum::wireName).toList();
        return new ErrorDetail(loc, "value is not a valid enumeration member; permitted: '" + String.join("', '", permitted)
                + "'", "type_error.enum", Map.of("enum_values", permitted));
    }

    static ErrorDetail query(String parameter, String msg, String type, Map<String, Object> ctx) {
        return new ErrorDetail(List.of("query", parameter), msg, type, ctx);
    }
}
