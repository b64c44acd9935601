package io.tradewind.sim.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.InstrumentStatus;
import io.tradewind.domain.TradingSession;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads an {@code instrument} command. Sessions are a list of weekly windows such as
 * {@code {"days":["sat","sun","mon","tue","wed"],"open":"09:00","close":"12:30","zone":"Asia/Tehran"}};
 * without sessions the instrument trades around the clock.
 */
final class InstrumentFields {

    static final Set<String> FIELDS = Set.of("op", "symbol", "base", "quote", "tick_size", "step_size",
            "min_quantity", "maker_fee", "taker_fee", "min_notional", "max_quantity", "price_band",
            "max_open_orders", "status", "sessions");

    private static final Set<String> SESSION_FIELDS = Set.of("days", "open", "close", "zone");

    private InstrumentFields() {
    }

    static Instrument read(CommandFields fields) {
        String symbol = fields.text("symbol");
        InstrumentStatus status = fields.has("status")
                ? InstrumentStatus.fromWire(fields.text("status")) : InstrumentStatus.ACTIVE;
        return new Instrument(symbol, fields.text("base"), fields.text("quote"),
                fields.positiveDecimal("tick_size"), fields.positiveDecimal("step_size"),
                fields.positiveDecimal("min_quantity"), fields.optionalDecimal("min_notional"),
                fields.optionalPositiveDecimal("max_quantity"), fields.decimal("maker_fee"),
                fields.decimal("taker_fee"), status, sessions(fields.node("sessions")),
                fields.optionalPositiveDecimal("price_band"), fields.optionalNonNegativeInt("max_open_orders"));
    }

    private static List<TradingSession> sessions(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("instrument: sessions must be a list of "
                    + "{\"days\":[\"mon\",...],\"open\":\"09:00\",\"close\":\"17:00\",\"zone\":\"UTC\"}");
        }
        List<TradingSession> sessions = new ArrayList<>();
        for (JsonNode session : node) {
            if (!session.isObject()) {
                throw new IllegalArgumentException("instrument: each session must be an object");
            }
            CommandFields fields = new CommandFields(session, "instrument session", SESSION_FIELDS);
            ZoneId zone = fields.has("zone") ? zone(fields.text("zone")) : ZoneOffset.UTC;
            sessions.add(new TradingSession(days(session.get("days")), time(fields, "open"),
                    time(fields, "close"), zone));
        }
        return sessions;
    }

    private static Set<DayOfWeek> days(JsonNode node) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw new IllegalArgumentException("instrument session: days must be a non-empty list such as [\"mon\",\"tue\"]");
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (JsonNode day : node) {
            days.add(day(day.asText()));
        }
        return days;
    }

    private static DayOfWeek day(String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.name().toLowerCase(Locale.ROOT);
            if (name.equals(wanted) || name.substring(0, 3).equals(wanted)) {
                return day;
            }
        }
        throw new IllegalArgumentException("instrument session: unknown day '" + text + "' (use mon, tue, ... sun)");
    }

    private static LocalTime time(CommandFields fields, String field) {
        String text = fields.text(field);
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("instrument session: " + field + " '" + text + "' is not a time such as 09:30");
        }
    }

    private static ZoneId zone(String text) {
        try {
            return ZoneId.of(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("instrument session: unknown time zone '" + text + "' (e.g. UTC, Asia/Tehran)");
        }
    }
}
