package io.tradewind.cli;

import io.tradewind.domain.InstantOrDate;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Times on the command line of {@code exchange candles} and {@code data download}: ISO-8601, a date, or epoch seconds. */
final class ExchangeTimes {

    private ExchangeTimes() {
    }

    static Instant parse(String text, String option, CommandSpec spec) {
        String trimmed = text.trim();
        try {
            if (trimmed.matches("\\d{1,12}")) {
                return Instant.ofEpochSecond(Long.parseLong(trimmed));
            }
            return InstantOrDate.parse(trimmed);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), option + ": '" + text + "' is not a time such as"
                    + " 2024-01-01T00:00:00Z, a date such as 2024-01-01, or epoch seconds");
        }
    }
}
