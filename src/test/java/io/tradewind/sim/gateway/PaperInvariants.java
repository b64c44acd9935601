package io.tradewind.sim.gateway;

import io.tradewind.domain.Side;
import io.tradewind.sim.ExchangeSnapshot;
import java.util.HashMap;
import java.util.Map;

/** The paper venue invariants a restart must keep, checked on a snapshot of its exchange. */
public final class PaperInvariants {

    private PaperInvariants() {
    }

    /**
     * Value is conserved (per asset, balances plus fees equal deposits) and every account holds
     * exactly what its open orders hold; returns the first violation, or null.
     */
    public static String violation(ExchangeSnapshot s) {
        Map<String, Long> heldByOrders = new HashMap<>();
        for (ExchangeSnapshot.OrderState order : s.orders()) {
            ExchangeSnapshot.MarketState market = s.markets().get(order.market());
            String asset = order.side() == Side.BUY ? market.instrument().quote() : market.instrument().base();
            heldByOrders.merge(order.account() + "/" + asset, order.held(), Long::sum);
        }
        for (int a = 0; a < s.assets().size(); a++) {
            ExchangeSnapshot.AssetState asset = s.assets().get(a);
            long total = asset.feesCollected();
            for (int id = 0; id < s.accounts().size(); id++) {
                ExchangeSnapshot.BalanceState balance = s.accounts().get(id).balances().get(a);
                long expected = heldByOrders.getOrDefault(id + "/" + asset.name(), 0L);
                if (balance.held() != expected) {
                    return s.accounts().get(id).name() + " holds " + balance.held() + " " + asset.name()
                            + " but its open orders hold " + expected;
                }
                total += balance.available() + balance.held();
            }
            if (total != asset.deposited()) {
                return asset.name() + ": balances plus fees " + total + " differ from deposits " + asset.deposited();
            }
        }
        return null;
    }
}
