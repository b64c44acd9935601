package io.tradewind.exchange.toparz;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The DTOs {@link TopArzJson} reads and writes. The REST client hands us text, so Quarkus does not
 * see these types; a native executable needs them listed for Jackson's reflection.
 */
@RegisterForReflection(targets = {
        TopArzEnvelope.class, TopArzEnvelope.TopArzError.class, TopArzMarket.class, TopArzBalance.class,
        TopArzOrder.class, TopArzOrderDetail.class, TopArzCancelledOrders.class, TopArzTrade.class,
        TopArzCandle.class, TopArzDepth.class, TopArzDepth.Level.class, TopArzTradeSummary.class,
        TopArzOrderRequest.class})
final class TopArzJsonTypes {

    private TopArzJsonTypes() {
    }
}
