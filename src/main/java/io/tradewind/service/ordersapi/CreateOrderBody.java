package io.tradewind.service.ordersapi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradewind.domain.Decimals;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.domain.WireEnum;
import io.tradewind.service.JsonBodyProblems;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The create-order body of the seed, read field by field: every field that is missing, of the
 * wrong kind or not one of its values becomes its own {@link ErrorDetail}, and all of them are
 * answered at once, as is a price the type does not take (a market order's price would be echoed
 * but never used). Whether the order can trade (prices the type needs, the instrument's grid and
 * limits, the balance) is for the execution service and the venue to say.
 */
record CreateOrderBody(String symbol, Side side, OrderType type, BigDecimal price, BigDecimal quantity,
        TimeInForce timeInForce, BigDecimal stopPrice, Instant expireAt, String userId, String walletId) {

    /** The store's symbol column, VARCHAR(32). */
    private static final int MAX_SYMBOL_LENGTH = 32;
    /** No expiry a user means lies beyond the year 9999, where ISO 8601 needs a sign and five digits. */
    private static final Instant NO_EXPIRY_FROM = Instant.parse("+10000-01-01T00:00:00Z");
    /**
     * Reads decimals given as JSON numbers exactly, never through a double; a field given twice is
     * refused, not read as its last value, and so is anything after the object (a second object).
     */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    /** The seed's body: a field outside it (a misspelt {@code timeInForce}) would otherwise be dropped without a word. */
    private static final Set<String> FIELDS = Set.of("symbol", "side", "type", "price", "quantity", "time_in_force",
            "stop_price", "expire_at", "user_id", "wallet_id", "user_national_code");
    /** Longer than any amount the store keeps (20 digits, a point, 18 decimals) written with a sign, spaces and an exponent. */
    private static final int LONGEST_DECIMAL_TEXT = 64;
    /** A decimal in ASCII digits: BigDecimal also reads other scripts' digits (١٠٠, １００), which no client means to send. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    /** @throws UnprocessableOrder with one detail per problem */
    static CreateOrderBody parse(String text) {
        JsonNode body;
        try {
            body = text == null || text.isBlank() ? null : JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UnprocessableOrder(new ErrorDetail(List.of("body"), JsonBodyProblems.describe(e),
                    "value_error.jsondecode", null));
        }
        if (body == null || !body.isObject()) {
            throw new UnprocessableOrder(new ErrorDetail(List.of("body"), "the body must be a JSON object with"
                    + " symbol, side, type and quantity", "type_error.dict", null));
        }
        Reader reader = new Reader(body);
        reader.noExtraFields();
        CreateOrderBody parsed = new CreateOrderBody(
                reader.symbol(),
                reader.choice("side", Side.class, Side::fromWire, true),
                reader.choice("type", OrderType.class, OrderType::fromWire, true),
                reader.decimal("price"),
                reader.required(reader.decimal("quantity"), "quantity"),
                reader.choice("time_in_force", TimeInForce.class, TimeInForce::fromWire, false),
                reader.decimal("stop_price"),
                reader.instant("expire_at"),
                reader.text("user_id", false),
                reader.text("wallet_id", false));
        reader.text("user_national_code", false);
        reader.notTakenBy(parsed.type());
        if (!reader.problems.isEmpty()) {
            throw new UnprocessableOrder(reader.problems);
        }
        return parsed;
    }

    /** Reads one field after another, collecting what is wrong. */
    private static final class Reader {

        private final JsonNode body;
        private final List<ErrorDetail> problems = new ArrayList<>();

        Reader(JsonNode body) {
            this.body = body;
        }

        void noExtraFields() {
            for (String field : (Iterable<String>) body::fieldNames) {
                if (!FIELDS.contains(field)) {
                    problems.add(new ErrorDetail(List.of("body", field), "extra fields not permitted", "value_error.extra",
                            null));
                }
            }
        }

        private JsonNode present(String field) {
            JsonNode value = body.get(field);
            return value == null || value.isNull() ? null : value;
        }

        String text(String field, boolean required) {
            JsonNode value = present(field);
            if (value == null) {
                if (required) {
                    problems.add(ErrorDetail.body(field, "field required", "value_error.missing"));
                }
                return null;
            }
            if (value.isTextual() && value.asText().isBlank()) {
                // read as absent, "time_in_force": "" placed a good-till-canceled order and "expire_at": "" one that never expires
                problems.add(ErrorDetail.body(field, "ensure this value is not blank: give a value, or leave " + field + " out",
                        "value_error.any_str.min_length", Map.of("limit_value", 1)));
                return null;
            }
            if (!value.isTextual()) {
                problems.add(ErrorDetail.body(field, "str type expected", "type_error.str"));
                return null;
            }
            if (value.asText().chars().anyMatch(Character::isISOControl)) {
                // trimmed away, "BTC-USD\u0000" would pass as BTC-USD
                problems.add(ErrorDetail.body(field, "value contains control characters", "value_error.str.control"));
                return null;
            }
            return value.asText().trim();
        }

        /** A symbol longer than the store keeps is no instrument anywhere: refused before it reaches the store. */
        String symbol() {
            String symbol = text("symbol", true);
            if (symbol != null && symbol.length() > MAX_SYMBOL_LENGTH) {
                problems.add(ErrorDetail.body("symbol", "ensure this value has at most " + MAX_SYMBOL_LENGTH + " characters",
                        "value_error.any_str.max_length", Map.of("limit_value", MAX_SYMBOL_LENGTH)));
                return null;
            }
            return symbol;
        }

        <E extends Enum<E> & WireEnum> E choice(String field, Class<E> type, Function<String, E> parse, boolean required) {
            String text = text(field, required);
            if (text == null) {
                return null;
            }
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException e) {
                problems.add(ErrorDetail.notOneOf(List.of("body", field), type));
                return null;
            }
        }

        BigDecimal decimal(String field) {
            JsonNode value = present(field);
            if (value == null) {
                return null;
            }
            if (value.isTextual() && value.asText().length() > LONGEST_DECIMAL_TEXT) {
                // refused before it is read: reading a number of a million digits takes a core for minutes
                problems.add(ErrorDetail.body(field, "ensure that there are no more than " + LONGEST_DECIMAL_TEXT
                        + " characters in the number (it has " + value.asText().length() + ")", "value_error.decimal.max_digits",
                        Map.of("max_length", LONGEST_DECIMAL_TEXT)));
                return null;
            }
            BigDecimal parsed;
            try {
                parsed = value.isNumber() ? value.decimalValue()
                        : value.isTextual() && DECIMAL.matcher(value.asText().strip()).matches() ? new BigDecimal(value.asText().strip())
                        : null;
            } catch (NumberFormatException e) {
                parsed = null;
            }
            if (parsed == null) {
                problems.add(ErrorDetail.body(field, "value is not a valid decimal", "type_error.decimal"));
                return null;
            }
            Decimals.Unstorable unstorable = Decimals.unstorable(parsed);
            if (unstorable == Decimals.Unstorable.TOO_LARGE) {
                problems.add(ErrorDetail.body(field, "ensure that there are no more than " + Decimals.STORED_INTEGER_DIGITS
                        + " digits before the decimal point", "value_error.decimal.max_whole_digits",
                        Map.of("whole_digits", Decimals.STORED_INTEGER_DIGITS)));
                return null;
            }
            if (unstorable == Decimals.Unstorable.TOO_MANY_DECIMALS) {
                problems.add(ErrorDetail.body(field, "ensure that there are no more than " + Decimals.STORED_DECIMALS
                        + " decimal places", "value_error.decimal.max_places",
                        Map.of("decimal_places", Decimals.STORED_DECIMALS)));
                return null;
            }
            if (parsed.signum() <= 0) {
                problems.add(ErrorDetail.body(field, "ensure this value is greater than 0", "value_error.number.not_gt",
                        Map.of("limit_value", 0)));
                return null;
            }
            return parsed;
        }

        /** A price or stop price the order's type does not use: refused, since a user who sends one expects it to count. */
        void notTakenBy(OrderType type) {
            if (type == null) {
                return;
            }
            if (!type.needsPrice() && present("price") != null && noProblemWith("price")) {
                problems.add(ErrorDetail.body("price", "a " + type.wireName() + " order takes no price; it trades at the"
                        + " best prices in the book (use type limit or stop-limit for a price)", "value_error.extra"));
            }
            if (!type.needsStopPrice() && present("stop_price") != null && noProblemWith("stop_price")) {
                problems.add(ErrorDetail.body("stop_price", "a " + type.wireName() + " order takes no stop_price; only"
                        + " stop-limit and stop-market orders wait for one", "value_error.extra"));
            }
        }

        private boolean noProblemWith(String field) {
            return problems.stream().noneMatch(problem -> problem.loc().equals(List.of("body", field)));
        }

        BigDecimal required(BigDecimal value, String field) {
            if (value == null && present(field) == null) {
                problems.add(ErrorDetail.body(field, "field required", "value_error.missing"));
            }
            return value;
        }

        Instant instant(String field) {
            String text = text(field, false);
            if (text == null) {
                return null;
            }
            try {
                Instant parsed = Instant.parse(text);
                if (!parsed.isBefore(NO_EXPIRY_FROM)) {
                    problems.add(ErrorDetail.body(field, "ensure this value is before the year 10000",
                            "value_error.datetime.not_lt"));
                    return null;
                }
                return parsed;
            } catch (DateTimeParseException e) {
                problems.add(ErrorDetail.body(field, "invalid datetime format: ISO 8601 such as 2025-12-30T12:00:00Z",
                        "value_error.datetime"));
                return null;
            }
        }
    }
}
