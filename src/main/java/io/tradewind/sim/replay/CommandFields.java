package io.tradewind.sim.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradewind.domain.Decimals;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed, strict access to the fields of one scenario command. Every problem is an
 * {@link IllegalArgumentException} whose message says which field is wrong and how; unknown field
 * names are errors too, so that a typo such as {@code "quantiy"} is not silently ignored.
 */
final class CommandFields {

    private final JsonNode node;
    private final String op;

    CommandFields(JsonNode node, String op, Set<String> allowed) {
        this.node = node;
        this.op = op;
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new IllegalArgumentException(op + ": unknown field '" + name + "' (allowed: "
                        + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
    }

    boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    String text(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException(op + ": field '" + field + "' is missing");
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(op + ": field '" + field + "' must be a non-empty string");
        }
        return value.asText();
    }

    String optionalText(String field) {
        return has(field) ? text(field) : null;
    }

    /** A decimal, written as a JSON string ("0.5") or a JSON number. */
    BigDecimal decimal(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException(op + ": field '" + field + "' is missing");
        }
        if (value.isNumber()) {
            // through the same checks as a string: 1e-999999999 written out was a gigabyte-long error line
            return Decimals.parse(value.asText(), op + ": " + field);
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(op + ": field '" + field + "' must be a decimal string such as \"0.5\"");
        }
        return Decimals.parse(value.asText(), op + ": " + field);
    }

    BigDecimal optionalDecimal(String field) {
        return has(field) ? decimal(field) : null;
    }

    BigDecimal positiveDecimal(String field) {
        BigDecimal value = decimal(field);
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(op + ": " + field + " must be greater than zero, was "
                    + value.toPlainString());
        }
        return value;
    }

    BigDecimal optionalPositiveDecimal(String field) {
        return has(field) ? positiveDecimal(field) : null;
    }

    int optionalNonNegativeInt(String field) {
        if (!has(field)) {
            return 0;
        }
        JsonNode value = node.get(field);
        if (!value.canConvertToInt() || value.asInt() < 0 || !value.isIntegralNumber()) {
            throw new IllegalArgumentException(op + ": " + field + " must be a whole number of at least 0");
        }
        return value.asInt();
    }

    Instant instant(String field) {
        String text = text(field);
        try {
            Instant instant = Instant.parse(text);
            instant.toEpochMilli(); // the exchange's clock counts milliseconds in 64 bits
            return instant;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(op + ": " + field + " '" + text
                    + "' is not an ISO-8601 UTC time such as 2025-12-30T10:00:00Z");
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(op + ": " + field + " '" + text
                    + "' is out of range: give a time such as 2025-12-30T10:00:00Z");
        }
    }

    Instant optionalInstant(String field) {
        return has(field) ? instant(field) : null;
    }

    JsonNode node(String field) {
        return node.get(field);
    }
}
