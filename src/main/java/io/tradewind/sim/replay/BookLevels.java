package io.tradewind.sim.replay;

import io.tradewind.domain.Side;
import io.tradewind.sim.Market;
import java.util.ArrayList;
import java.util.List;

/** One side of a book as {@code [["price","quantity"], ...]}, best price first, quantities summed per level. */
final class BookLevels {

    private BookLevels() {
    }

    static List<List<String>> of(Market market, Side side) {
        List<long[]> levels = new ArrayList<>();
        market.book().forEachOrder(side, (id, account, price, remaining, allOrNone) -> {
            long[] last = levels.isEmpty() ? null : levels.get(levels.size() - 1);
            if (last != null && last[0] == price) {
                last[1] += remaining;
            } else {
                levels.add(new long[] {price, remaining});
            }
        });
        List<List<String>> out = new ArrayList<>(levels.size());
        for (long[] level : levels) {
            out.add(List.of(JsonEventWriter.text(market.price(level[0])),
                    JsonEventWriter.text(market.quantity(level[1]))));
        }
        return out;
    }
}
