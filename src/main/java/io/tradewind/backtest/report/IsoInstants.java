package io.tradewind.backtest.report;

import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * {@link Instant#toString()} without its formatter for the instants a report is full of: whole
 * seconds from 1970 to 9999. A long backtest writes two per trade, and the general formatter was
 * a third of the time spent writing {@code report.json}. Any other instant is left to
 * {@code toString}, so the text is always the same.
 */
final class IsoInstants {

    /** 10000-01-01T00:00:00Z, from which {@code toString} writes a sign and a fifth year digit. */
    private static final long YEAR_10000 = 253_402_300_800L;

    private IsoInstants() {
    }

    static String format(Instant instant) {
        long second = instant.getEpochSecond();
        if (instant.getNano() != 0 || second < 0 || second >= YEAR_10000) {
            return instant.toString();
        }
        LocalDate day = LocalDate.ofEpochDay(second / 86_400);
        int secondOfDay = (int) (second % 86_400);
        byte[] text = new byte[20];
        digits(text, 0, day.getYear(), 4);
        text[4] = '-';
        digits(text, 5, day.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, day.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, secondOfDay / 3600, 2);
        text[13] = ':';
        digits(text, 14, secondOfDay / 60 % 60, 2);
        text[16] = ':';
        digits(text, 17, secondOfDay % 60, 2);
        text[19] = 'Z';
        return new String(text, StandardCharsets.ISO_8859_1);
    }

    private static void digits(byte[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }
}
