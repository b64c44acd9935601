package io.tradewind.execution;

import io.tradewind.domain.Decimals;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Last known venue balances of one venue, moved by recorded fills between two refreshes from the
 * venue so that a fill's cost is not counted as available until the next refresh says otherwise.
 */
final class BalanceBook {

    private final String venue;
    /** By account, then asset: read on every order and fill, so a look-up composes no key. */
    private final Map<String, Map<String, BalanceRecord>> balances = new HashMap<>();
    /** Fills settled so far: a refresh read from the venue before the latest of them may not include it. */
    private long settled;

    BalanceBook(String venue) {
        this.venue = venue;
    }

    void load(Collection<BalanceRecord> records) {
        balances.clear();
        records.forEach(this::put);
    }

    void put(BalanceRecord record) {
        balances.computeIfAbsent(record.account(), account -> new HashMap<>()).put(record.asset(), record);
    }

    /** Whether the venue ever reported a balance of this asset of this account. */
    boolean known(String account, String asset) {
        Map<String, BalanceRecord> ofAccount = balances.get(account);
        return ofAccount != null && ofAccount.containsKey(asset);
    }

    /** Every asset of the account the venue ever reported or a fill moved, by asset. */
    List<BalanceRecord> ofAccount(String account) {
        Map<String, BalanceRecord> ofAccount = balances.getOrDefault(account, Map.of());
        return ofAccount.values().stream().sorted(Comparator.comparing(BalanceRecord::asset)).toList();
    }

    /** The balance of an asset, zero if the venue never reported it. */
    BalanceRecord balance(String account, String asset, Instant now) {
        Map<String, BalanceRecord> ofAccount = balances.get(account);
        BalanceRecord balance = ofAccount == null ? null : ofAccount.get(asset);
        return balance != null ? balance : new BalanceRecord(venue, account, asset, BigDecimal.ZERO, BigDecimal.ZERO, now);
    }

    /**
     * Settles a fill as the Orders API does: a buyer pays price × quantity plus a quote fee and
     * receives the base quantity; a seller gives the base and receives the quote less its fee.
     * A fee charged in a third asset (a venue's own token) comes out of that asset's balance.
     * Changed balances are added to the batch.
     */
    void settle(FillRecord fill, Instrument instrument, StoreBatch batch, Instant now) {
        settled++;
        BigDecimal notional = fill.notional();
        BigDecimal baseFee = fill.feeAsset().equals(instrument.base()) ? fill.fee() : BigDecimal.ZERO;
        BigDecimal quoteFee = fill.feeAsset().equals(instrument.quote()) ? fill.fee() : BigDecimal.ZERO;
        if (fill.side() == Side.BUY) {
            spend(fill.account(), instrument.quote(), Decimals.plus(notional, quoteFee), batch, now);
            receive(fill.account(), instrument.base(), Decimals.minus(fill.quantity(), baseFee), batch, now);
        } else {
            spend(fill.account(), instrument.base(), Decimals.plus(fill.quantity(), baseFee), batch, now);
            receive(fill.account(), instrument.quote(), Decimals.minus(notional, quoteFee), batch, now);
        }
        if (fill.fee().signum() != 0 && !fill.feeAsset().equals(instrument.base())
                && !fill.feeAsset().equals(instrument.quote())) {
            // no order held this asset for the fee: what is held of it belongs to other orders
            BalanceRecord old = balance(fill.account(), fill.feeAsset(), now);
            update(new BalanceRecord(venue, fill.account(), fill.feeAsset(), Decimals.minus(old.available(), fill.fee()),
                    old.held(), now), batch);
        }
    }

    /** How many fills were settled; changes whenever a fill moves the balances. */
    long settled() {
        return settled;
    }

    /** Spent funds come out of what the venue held for the order first. */
    private void spend(String account, String asset, BigDecimal amount, StoreBatch batch, Instant now) {
        BalanceRecord old = balance(account, asset, now);
        BigDecimal fromHeld = amount.min(old.held());
        update(new BalanceRecord(venue, account, asset, old.available().subtract(Decimals.minus(amount, fromHeld)),
                Decimals.minus(old.held(), fromHeld), now), batch);
    }

    private void receive(String account, String asset, BigDecimal amount, StoreBatch batch, Instant now) {
        BalanceRecord old = balance(account, asset, now);
        update(new BalanceRecord(venue, account, asset, Decimals.plus(old.available(), amount), old.held(), now), batch);
    }

    private void update(BalanceRecord record, StoreBatch batch) {
        put(record);
        batch.balance(record);
    }
}
