package io.tradewind.backtest.report;

import io.tradewind.domain.OrderType;
import io.tradewind.execution.FillRecord;
import java.util.Objects;

/**
 * One fill of the strategy in a report, with the type of the order that made it: a trade's exit
 * fills say whether a stop, a limit or a market order closed it. The type is null where the run
 * did not see the order (report.json then says {@code null}) rather than a report lost to it.
 *
 * @param reason why the strategy placed the order ({@code context.because}), or null
 */
public record ReportFill(FillRecord fill, OrderType orderType, String reason) {

    public ReportFill {
        Objects.requireNonNull(fill, "fill");
    }
}
