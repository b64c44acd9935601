package io.tradewind.exchange.nobitex;

import io.tradewind.domain.Balance;
import io.tradewind.domain.Side;
import io.tradewind.execution.VenueTrade;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;

/** Nobitex's wallets and own trades as domain types: pure functions. */
final class NobitexAccount {

    private NobitexAccount() {
    }

    /**
     * Wallets as balances: {@code activeBalance} is available, {@code blockedBalance} is held for
     * open orders; rls is {@code IRR}. A wallet without an active balance counts its whole
     * {@code balance} less what is blocked as available.
     */
    static List<Balance> balances(NobitexDtos.Wallets wallets) {
        List<Balance> balances = new ArrayList<>();
        for (NobitexDtos.Wallet wallet : wallets.wallets()) {
            BigDecimal held = wallet.blockedBalance() == null ? BigDecimal.ZERO : wallet.blockedBalance();
            BigDecimal available = wallet.activeBalance() != null ? wallet.activeBalance()
                    : wallet.balance().subtract(held);
            balances.add(new Balance(NobitexSymbols.asset(wallet.currency()), available, held));
        }
        balances.sort(Comparator.comparing(Balance::asset));
        return balances;
    }

    /**
     * Own trades after {@code afterId}, oldest first, as fills of our orders. Whether Nobitex's
     * {@code fromId} includes its own id is not documented, so trades at or before the cursor are
     * dropped here.
     *
     * @param clientOrderIdOf our client order id of a Nobitex order id
     * @return the trades with ids above {@code afterId}, each once, sorted by id
     */
    static List<VenueTrade> trades(List<NobitexDtos.OwnTrade> page, long afterId, LongFunction<String> clientOrderIdOf) {
        List<VenueTrade> trades = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (NobitexDtos.OwnTrade t : page) {
            if (t.id() == null || t.id() <= afterId || !seen.add(t.id())) {
                continue;
            }
            NobitexSymbols.Pair pair = t.market() != null && !t.market().isBlank() ? NobitexSymbols.pair(t.market())
                    : NobitexSymbols.pair(t.srcCurrency() + "-" + t.dstCurrency());
            Side side = Side.fromWire(t.type());
            trades.add(new VenueTrade(String.valueOf(t.id()), clientOrderIdOf.apply(t.orderId()), pair.canonical(), side,
                    t.price(), t.amount(), t.fee() == null ? BigDecimal.ZERO : t.fee(), feeAsset(t, pair, side),
                    NobitexOrders.createdAt(t.timestamp())));
        }
        trades.sort(Comparator.comparing(trade -> Long.parseLong(trade.tradeId())));
        return trades;
    }

    /** Whether the trades from {@code from} on (the page just read) were all read before: the venue answered the same page again. */
    static boolean repeats(List<NobitexDtos.OwnTrade> read, int from) {
        Set<Long> before = new HashSet<>();
        for (int i = 0; i < from; i++) {
            before.add(read.get(i).id());
        }
        for (int i = from; i < read.size(); i++) {
            if (!before.contains(read.get(i).id())) {
                return false;
            }
        }
        return true;
    }

    /** Whether a page lists its trades by ascending id (a page of one or none counts as ascending). */
    static boolean oldestFirst(List<NobitexDtos.OwnTrade> page) {
        return page.size() < 2 || page.get(0).id() == null || page.get(page.size() - 1).id() == null
                || page.get(0).id() < page.get(page.size() - 1).id();
    }

    /**
     * The fee's asset: as the trade names it, else what Nobitex charges (inferred from its fee
     * rules): a buy pays in the base currency it receives, a sell in the quote it receives.
     */
    private static String feeAsset(NobitexDtos.OwnTrade trade, NobitexSymbols.Pair pair, Side side) {
        if (trade.feeCurrency() != null && !trade.feeCurrency().isBlank()) {
            return NobitexSymbols.asset(trade.feeCurrency());
        }
        return side == Side.BUY ? pair.baseAsset() : pair.quoteAsset();
    }
}
