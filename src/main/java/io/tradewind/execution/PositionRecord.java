package io.tradewind.execution;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The stored position of one strategy instance in one instrument: what a restart needs instead of
 * replaying every fill. Written in the same commit as the fill that moves it.
 *
 * @param realisedDay   the UTC day of the newest fill that realised profit or paid a fee here
 *                      ({@code null} before the first such fill)
 * @param realisedOnDay what those fills realised on {@code realisedDay}: daily loss limits and kill
 *                      switches read today's figure after a restart
 */
public record PositionRecord(String venue, String strategyInstance, String symbol, BigDecimal quantity,
        BigDecimal cost, BigDecimal realisedPnl, LocalDate realisedDay, BigDecimal realisedOnDay) {

    public Position position() {
        return new Position(strategyInstance, symbol, quantity, cost, realisedPnl);
    }
}
