package io.tradewind.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tradewind.domain.Side;
import io.tradewind.exchange.PublicTrade;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PrintedTradesTest {

    private static final Instant T = Instant.parse("2030-01-01T00:00:00Z");
    private final PrintedTrades printed = new PrintedTrades();

    @Test
    void the_first_look_only_marks_where_news_starts() {
        assertEquals(List.of(), printed.news(List.of(trade("a", 0), trade("b", 1)), T, Instant.MIN));
        assertEquals(List.of(trade("c", 2)), printed.news(List.of(trade("b", 1), trade("c", 2)), T, Instant.MIN));
    }

    @Test
    void a_first_look_at_no_trades_starts_the_news_now() {
        assertEquals(List.of(), printed.news(List.of(), T.plusSeconds(5), Instant.MIN));
        assertEquals(List.of(trade("b", 6)), printed.news(List.of(trade("a", 4), trade("b", 6)), T, Instant.MIN));
    }

    @Test
    void trades_in_the_same_instant_as_the_newest_seen_are_told_apart_by_content() {
        printed.news(List.of(trade("a", 1)), T, Instant.MIN);
        assertEquals(List.of(trade("b", 1)), printed.news(List.of(trade("a", 1), trade("b", 1)), T, Instant.MIN));
        assertEquals(List.of(), printed.news(List.of(trade("a", 1), trade("b", 1)), T, Instant.MIN));
    }

    @Test
    void trades_older_than_the_last_decision_are_seen_but_not_news() {
        printed.news(List.of(trade("a", 0)), T, Instant.MIN);
        assertEquals(List.of(trade("c", 9)), printed.news(List.of(trade("b", 3), trade("c", 9)), T, T.plusSeconds(5)));
        assertEquals(List.of(), printed.news(List.of(trade("b", 3), trade("c", 9)), T, Instant.MIN));
    }

    /** Overlapping, shuffled windows of one tape: every trade after the first look is news exactly once. */
    @Test
    void overlapping_windows_of_a_tape_give_each_trade_once() {
        Random random = new Random(20261203L);
        for (int round = 0; round < 200; round++) {
            List<PublicTrade> tape = new ArrayList<>();
            int second = 0;
            for (int i = 0; i < 60; i++) {
                second += random.nextInt(3); // several trades may share a second
                tape.add(trade("t" + i, second));
            }
            PrintedTrades looker = new PrintedTrades();
            int firstEnd = 1 + random.nextInt(10);
            looker.news(tape.subList(0, firstEnd), T, Instant.MIN);
            List<PublicTrade> seen = new ArrayList<>();
            int end = firstEnd;
            while (end < tape.size()) {
                int next = Math.min(tape.size(), end + 1 + random.nextInt(8));
                int start = Math.max(0, next - 15); // a venue answers with its last 15 trades
                List<PublicTrade> window = new ArrayList<>(tape.subList(start, next));
                Collections.shuffle(window, random);
                seen.addAll(looker.news(window, T, Instant.MIN));
                end = next;
            }
            // the first look's newest second may hold later trades too; everything after it is news once
            Instant marked = tape.get(firstEnd - 1).time();
            List<PublicTrade> expected = tape.subList(firstEnd, tape.size()).stream()
                    .filter(trade -> trade.time().isAfter(marked) || !tape.subList(0, firstEnd).contains(trade)).toList();
            assertEquals(expected.size(), seen.size(), "round " + round + ": each trade once");
            assertEquals(new HashSet<>(expected), new HashSet<>(seen), "round " + round);
        }
    }

    private static PublicTrade trade(String id, int second) {
        return new PublicTrade(id, "BTC-USD", new BigDecimal("100"), BigDecimal.ONE, Side.BUY, T.plusSeconds(second));
    }
}
