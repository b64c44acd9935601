package io.tradewind.persistence;

import io.tradewind.domain.TradingSession;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An instrument's trading sessions as one line of text, e.g.
 * {@code SATURDAY,SUNDAY 09:00 12:30 Asia/Tehran;MONDAY 10:00 11:00 UTC}; empty for 24x7.
 */
public final class TradingSessionsText {

    private TradingSessionsText() {
    }

    public static String format(List<TradingSession> sessions) {
        return sessions.stream().map(TradingSessionsText::format).collect(Collectors.joining(";"));
    }

    private static String format(TradingSession session) {
        String days = EnumSet.copyOf(session.days()).stream().map(DayOfWeek::name).collect(Collectors.joining(","));
        return days + " " + session.open() + " " + session.close() + " " + session.zone().getId();
    }

    public static List<TradingSession> parse(String text) {
        List<TradingSession> sessions = new ArrayList<>();
        if (text.isEmpty()) {
            return sessions;
        }
        for (String session : text.split(";")) {
            String[] fields = session.split(" ");
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (String day : fields[0].split(",")) {
                days.add(DayOfWeek.valueOf(day));
            }
            sessions.add(new TradingSession(days, LocalTime.parse(fields[1]), LocalTime.parse(fields[2]), ZoneId.of(fields[3])));
        }
        return sessions;
    }
}
