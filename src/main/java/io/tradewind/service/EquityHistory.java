package io.tradewind.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Each instance's equity change (realised plus unrealised PnL, in its quote asset) once a minute,
 * for the dashboard's equity curves: the last {@value #KEPT} minutes per instance, in memory (a
 * restart starts the curves afresh; the fills in the store keep the record). Totals add the
 * instances of one quote asset, each carried forward from its last point.
 */
public final class EquityHistory {

    /** Two days of minutes. */
    public static final int KEPT = 2 * 24 * 60;

    /** One minute's equity change. */
    public record Point(Instant time, BigDecimal equity) {
    }

    /** An instance's curve, in its quote asset. */
    public record Curve(String quote, List<Point> points) {
        public Curve {
            points = List.copyOf(points);
        }
    }

    private final Map<String, String> quotes = new LinkedHashMap<>();
    private final Map<String, Deque<Point>> points = new LinkedHashMap<>();

    /** Whether {@code instance} has no point in the minute of {@code now} yet (so a sample is due). */
    public synchronized boolean due(String instance, Instant now) {
        Deque<Point> kept = points.get(instance);
        return kept == null || kept.isEmpty() || !kept.peekLast().time().equals(minute(now));
    }

    /** Keeps the instance's equity change as its point for the minute of {@code now}, in the quote asset of its symbol. */
    public void record(InstanceView view, Instant now) {
        record(view.id(), view.symbol().substring(view.symbol().indexOf('-') + 1), now, view.equityChange());
    }

    /** Keeps {@code equity} as the instance's point for the minute of {@code now}, replacing one already there. */
    public synchronized void record(String instance, String quote, Instant now, BigDecimal equity) {
        quotes.put(instance, quote);
        Deque<Point> kept = points.computeIfAbsent(instance, id -> new ArrayDeque<>());
        Instant at = minute(now);
        if (!kept.isEmpty() && kept.peekLast().time().equals(at)) {
            kept.removeLast();
        }
        kept.addLast(new Point(at, equity));
        while (kept.size() > KEPT) {
            kept.removeFirst();
        }
    }

    /** Every instance's curve, by id. */
    public synchronized Map<String, Curve> curves() {
        Map<String, Curve> curves = new LinkedHashMap<>();
        points.forEach((instance, kept) -> curves.put(instance, new Curve(quotes.get(instance), new ArrayList<>(kept))));
        return curves;
    }

    /** Per quote asset, the sum of its instances' equity at every minute any of them has a point. */
    public synchronized Map<String, List<Point>> totals() {
        Map<String, List<Point>> totals = new TreeMap<>();
        for (String quote : new TreeSet<>(quotes.values())) {
            List<String> members = quotes.entrySet().stream().filter(e -> e.getValue().equals(quote)).map(Map.Entry::getKey).toList();
            TreeSet<Instant> minutes = new TreeSet<>();
            members.forEach(id -> points.get(id).forEach(p -> minutes.add(p.time())));
            List<Point> total = new ArrayList<>();
            for (Instant minute : minutes) {
                BigDecimal sum = BigDecimal.ZERO;
                for (String id : members) {
                    sum = sum.add(lastAtOrBefore(points.get(id), minute));
                }
                total.add(new Point(minute, sum));
            }
            totals.put(quote, total);
        }
        return totals;
    }

    private static BigDecimal lastAtOrBefore(Deque<Point> kept, Instant minute) {
        BigDecimal last = BigDecimal.ZERO;
        for (Point p : kept) {
            if (p.time().isAfter(minute)) {
                break;
            }
            last = p.equity();
        }
        return last;
    }

    private static Instant minute(Instant now) {
        return now.truncatedTo(ChronoUnit.MINUTES);
    }
}
