package io.tradewind.runtime;

import io.tradewind.execution.Position;
import io.tradewind.service.ordersapi.OrdersApiService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Positions the store keeps for instances that are not configured now: an instance removed from the
 * configuration while it held a position left it at the venue with nothing to trade, flatten or show
 * it (the API knows configured instances only), and without a word.
 */
final class UnmanagedPositions {

    private UnmanagedPositions() {
    }

    /**
     * The warning for the positions, by venue, whose instance is not among {@code configured}; empty
     * when every open position has its instance. An Orders API user's trades are no instance's: the
     * user manages them.
     */
    static Optional<String> warning(Map<String, List<Position>> positionsByVenue, Set<String> configured) {
        List<String> unmanaged = new ArrayList<>();
        positionsByVenue.forEach((venue, positions) -> positions.stream()
                .filter(position -> position.quantity().signum() != 0 && !configured.contains(position.strategyInstance())
                        && !OrdersApiService.placedByAUser(position.strategyInstance()))
                .forEach(position -> unmanaged.add(position.strategyInstance() + " " + position.quantity().stripTrailingZeros()
                        .toPlainString() + " " + position.symbol() + " at " + venue)));
        if (unmanaged.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("positions no configured instance manages: " + String.join(", ", unmanaged) + "; nothing trades,"
                + " flattens or shows them: configure the instance again (it starts with its position) or close the"
                + " position at the venue");
    }
}
