package io.tradewind.service.ordersapi;

import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.Side;
import io.tradewind.domain.WireEnum;
import io.tradewind.execution.OrderRecord;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The list's query parameters, as the seed gives them: {@code offset} (default 0), {@code limit}
 * (default 10, at most 100) and the filters. Each bad parameter is its own 422 detail.
 */
record ListQuery(int offset, int limit, String userId, String symbol, Side side, OrderStatus status, Instant createdFrom,
        Instant createdTo) {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 100;
    /** The list's query parameters, as the seed names them. */
    static final Set<String> PARAMETERS = Set.of("offset", "limit", "user_id", "symbol", "side", "status", "created_at_from",
            "created_at_to");
    private static final int DATE_LENGTH = "2025-12-30".length();
    private static final Pattern ASCII_WHOLE = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern SPACE_FOR_PLUS = Pattern.compile("^(.+T[0-9:.]+) ([0-9]{2}:[0-9]{2})$");

    /** @throws UnprocessableOrder with one detail per bad parameter */
    static ListQuery parse(String offset, String limit, String userId, String symbol, String side, String status,
            String createdFrom, String createdTo) {
        List<ErrorDetail> problems = new ArrayList<>();
        ListQuery query = new ListQuery(
                number("offset", offset, 0, 0, Integer.MAX_VALUE, problems),
                number("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT, problems),
                given("user_id", userId, problems), given("symbol", symbol, problems),
                choice("side", side, Side.class, Side::fromWire, problems),
                choice("status", status, OrderStatus.class, OrderStatus::fromWire, problems),
                instant("created_at_from", createdFrom, false, problems),
                instant("created_at_to", createdTo, true, problems));
        if (query.createdFrom() != null && query.createdTo() != null && query.createdTo().isBefore(query.createdFrom())) {
            // an empty page read as "no orders then", where the two dates were swapped
            problems.add(ErrorDetail.query("created_at_to", "created_at_to " + query.createdTo() + " is before created_at_from "
                    + query.createdFrom() + ": swap them", "value_error.datetime.range", null));
        }
        if (!problems.isEmpty()) {
            throw new UnprocessableOrder(problems);
        }
        return query;
    }

    /** Whether the order passes the filters that the store's query does not apply; {@code owner} is its user_id. */
    boolean matches(OrderRecord order, String owner) {
        return (userId == null || userId.equals(owner))
                && (side == null || side == order.side())
                && (createdFrom == null || !order.createdAt().isBefore(createdFrom))
                && (createdTo == null || !order.createdAt().isAfter(createdTo));
    }

    /** The value as given, trimmed; null when the parameter is absent, and a problem when it is there but blank. */
    private static String given(String name, String text, List<ErrorDetail> problems) {
        if (text == null) {
            return null;
        }
        if (text.isBlank()) {
            // read as absent, a script's empty $STATUS (status=) listed every order and limit= the default ten
            problems.add(ErrorDetail.query(name, "ensure this value is not blank: give a value, or leave " + name + " out",
                    "value_error.any_str.min_length", Map.of("limit_value", 1)));
            return null;
        }
        return text.trim();
    }

    private static int number(String name, String text, int fallback, int min, int max, List<ErrorDetail> problems) {
        String trimmed = given(name, text, problems);
        if (trimmed == null) {
            return fallback;
        }
        int value;
        try {
            // ASCII digits only: Integer.parseInt would also read other scripts' digits
            if (!ASCII_WHOLE.matcher(trimmed).matches()) {
                throw new NumberFormatException(trimmed);
            }
            value = Integer.parseInt(trimmed);
        } catch (NumberFormatException e) {
            problems.add(ErrorDetail.query(name, "value is not a valid integer", "type_error.integer", null));
            return fallback;
        }
        if (value < min) {
            problems.add(ErrorDetail.query(name, "ensure this value is greater than or equal to " + min,
                    "value_error.number.not_ge", Map.of("limit_value", min)));
        } else if (value > max) {
            problems.add(ErrorDetail.query(name, "ensure this value is less than or equal to " + max,
                    "value_error.number.not_le", Map.of("limit_value", max)));
        }
        return value;
    }

    private static <E extends Enum<E> & WireEnum> E choice(String name, String text, Class<E> type,
            Function<String, E> parse, List<ErrorDetail> problems) {
        String trimmed = given(name, text, problems);
        if (trimmed == null) {
            return null;
        }
        try {
            return parse.apply(trimmed);
        } catch (IllegalArgumentException e) {
            problems.add(ErrorDetail.notOneOf(List.of("query", name), type));
            return null;
        }
    }

    /**
     * An ISO 8601 time: with an offset ({@code Z}, {@code +03:30}), or without one in UTC; a date
     * alone is its whole UTC day, so {@code _to} with a date includes that day's orders.
     */
    private static Instant instant(String name, String text, boolean endOfRange, List<ErrorDetail> problems) {
        String given = given(name, text, problems);
        if (given == null) {
            return null;
        }
        // an offset's '+' sent unencoded in a query string arrives as a space (15:30:00 03:30)
        String trimmed = SPACE_FOR_PLUS.matcher(given).replaceFirst("$1+$2");
        try {
            if (trimmed.length() == DATE_LENGTH) {
                LocalDate day = LocalDate.parse(trimmed);
                // the last instant the stores keep (microseconds) of that day: the filter includes its end
                return endOfRange ? day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minus(1, ChronoUnit.MICROS)
                        : day.atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(trimmed, OffsetDateTime::from,
                    LocalDateTime::from);
            return parsed instanceof OffsetDateTime withOffset ? withOffset.toInstant()
                    : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            problems.add(ErrorDetail.query(name, "invalid datetime format: ISO 8601 such as 2025-12-30T12:00:00Z,"
                    + " 2025-12-30T15:30:00+03:30 or 2025-12-30", "value_error.datetime", null));
            return null;
        }
    }
}
