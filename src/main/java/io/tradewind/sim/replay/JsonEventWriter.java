package io.tradewind.sim.replay;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradewind.domain.Decimals;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import io.tradewind.sim.Asset;
import io.tradewind.sim.ExchangeListener;
import io.tradewind.sim.Market;
import io.tradewind.sim.SimAccount;
import io.tradewind.sim.SimOrder;
import io.tradewind.sim.SimTrade;
import io.tradewind.sim.SimulatedExchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the simulated exchange's events as JSON lines, in the public format documented in the
 * README (field names and values are an interface: keep them). Decimals are JSON strings.
 */
final class JsonEventWriter implements ExchangeListener {

    private final Writer out;
    private final ObjectMapper mapper = new ObjectMapper();

    JsonEventWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void onOrder(SimOrder order) {
        List<String> reasons = new ArrayList<>();
        for (RejectionReason reason : order.rejectionReasons()) {
            reasons.add(reason.wireName());
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("event", "order");
        event.put("uid", order.uid());
        event.put("status", order.status().wireName());
        event.put("filled", text(order.market().quantity(order.filled())));
        event.put("rejection_reasons", reasons);
        write(event);
    }

    @Override
    public void onTrade(SimTrade trade) {
        Market market = trade.market();
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("event", "trade");
        event.put("trade_id", "t" + trade.sequence());
        event.put("symbol", market.symbol());
        event.put("price", text(market.price(trade.price())));
        event.put("quantity", text(market.quantity(trade.quantity())));
        event.put("maker_uid", trade.maker().uid());
        event.put("taker_uid", trade.taker().uid());
        event.put("maker_fee", text(market.quote().toDecimal(trade.makerFee())));
        event.put("taker_fee", text(market.quote().toDecimal(trade.takerFee())));
        write(event);
    }

    /** A cancel that could not be carried out (the order ended, or is another account's). */
    void cancelRejected(String uid, String reason) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("event", "cancel_rejected");
        event.put("uid", uid);
        event.put("reason", reason);
        write(event);
    }

    /**
     * Balances of every account (each asset it was given or holds now), aggregated book levels of
     * every instrument, and the fees collected.
     */
    void snapshot(SimulatedExchange exchange, Map<String, Set<String>> assetsGiven) {
        Map<String, Object> accounts = new TreeMap<>();
        for (SimAccount account : exchange.accounts()) {
            Map<String, Object> balances = new TreeMap<>();
            Set<String> given = assetsGiven.getOrDefault(account.name(), Set.of());
            for (Asset asset : exchange.assets()) {
                long available = account.available(asset);
                long held = account.held(asset);
                if (available != 0 || held != 0 || given.contains(asset.name())) {
                    Map<String, String> balance = new LinkedHashMap<>();
                    balance.put("available", text(asset.toDecimal(available)));
                    balance.put("held", text(asset.toDecimal(held)));
                    balances.put(asset.name(), balance);
                }
            }
            accounts.put(account.name(), balances);
        }
        Map<String, Object> books = new TreeMap<>();
        for (Market market : exchange.markets()) {
            Map<String, Object> book = new LinkedHashMap<>();
            book.put("bids", BookLevels.of(market, Side.BUY));
            book.put("asks", BookLevels.of(market, Side.SELL));
            books.put(market.symbol(), book);
        }
        Map<String, Object> fees = new TreeMap<>();
        for (Asset asset : exchange.assets()) {
            long collected = exchange.feesCollected(asset);
            if (collected != 0) {
                fees.put(asset.name(), text(asset.toDecimal(collected)));
            }
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("event", "snapshot");
        event.put("accounts", accounts);
        event.put("books", books);
        event.put("fees", fees);
        write(event);
    }

    static String text(BigDecimal value) {
        return Decimals.format(value);
    }

    private void write(Map<String, Object> event) {
        try {
            JsonGenerator generator = mapper.getFactory().createGenerator(out);
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            mapper.writeValue(generator, event);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write event", e);
        }
    }
}
