package io.tradewind.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
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
    public Map<String, Curve> curves() {
        return curves(null);
    }

    /**
     * Every instance's curve, by id, from the minute {@code since} falls in on (all of it when null):
     * what a chart drawn before lacks.
     */
    public synchronized Map<String, Curve> curves(Instant since) {
        Instant from = since == null ? Instant.EPOCH : minute(since);
        Map<String, Curve> curves = new LinkedHashMap<>();
        points.forEach((instance, kept) -> curves.put(instance, new Curve(quotes.get(instance),
                kept.stream().filter(p -> !p.time().isBefore(from)).toList())));
        return curves;
    }

    /** Per quote asset, the sum of its instances' equity at every minute any of them has a point. */
    public Map<String, List<Point>> totals() {
        return totals(null);
    }

    /**
     * Per quote asset, the sum of its instances' equity at every minute any of them has a point, from
     * the minute {@code since} falls in on (all of them when null). Each instance's points are walked once, in time order: the
     * dashboard asks every few seconds, and two days of minutes for each instance are thousands of points.
     */
    public synchronized Map<String, List<Point>> totals(Instant since) {
        Instant from = since == null ? Instant.EPOCH : minute(since);
        Map<String, List<Point>> totals = new TreeMap<>();
        for (String quote : new TreeSet<>(quotes.values())) {
            List<List<Point>> members = quotes.entrySet().stream().filter(e -> e.getValue().equals(quote))
                    .map(e -> (List<Point>) new ArrayList<>(points.get(e.getKey()))).toList();
            TreeSet<Instant> minutes = new TreeSet<>();
            members.forEach(kept -> kept.forEach(p -> minutes.add(p.time())));
            int[] next = new int[members.size()];
            BigDecimal[] last = new BigDecimal[members.size()];
            Arrays.fill(last, BigDecimal.ZERO);
            List<Point> total = new ArrayList<>();
            for (Instant minute : minutes) {
                BigDecimal sum = BigDecimal.ZERO;
                for (int m = 0; m < members.size(); m++) {
                    List<Point> kept = members.get(m);
                    // the member's last point at or before this minute: zero before its first
                    while (next[m] < kept.size() && !kept.get(next[m]).time().isAfter(minute)) {
                        last[m] = kept.get(next[m]++).equity();
                    }
                    sum = sum.add(last[m]);
                }
                if (!minute.isBefore(from)) {
                    total.add(new Point(minute, sum));
                }
            }
            totals.put(quote, total);
        }
        return totals;
    }

    private static Instant minute(Instant now) {
        return now.truncatedTo(ChronoUnit.MINUTES);
    }
}
