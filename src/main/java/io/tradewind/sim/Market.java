package io.tradewind.sim;

import io.tradewind.domain.Decimals;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.InstrumentStatus;
import io.tradewind.sim.book.OrderBook;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One instrument as the simulated exchange trades it: the instrument's grid and limits turned
 * into scaled longs, its book, its last trade price and its queued stop orders.
 *
 * <p>Prices are longs in units of 10^-priceScale, quantities in units of 10^-quantityScale, and
 * quote amounts in units of the quote asset's scale. Notional = price × quantity, rounded down to
 * the quote scale (exact whenever the quote asset keeps {@link Instrument#exactNotionalScale()}
 * decimals, which is the default).
 */
public final class Market {

    /** {@link #lastCandleWalked()} of a market no candle has moved. */
    public static final long NO_CANDLE = Long.MIN_VALUE;

    final int id;
    final Instrument instrument;
    final Asset base;
    final Asset quote;
    final OrderBook book;
    final StopOrders stops = new StopOrders();
    final int priceScale;
    final int quantityScale;
    private Decimal convertedPrice;
    private Decimal convertedQuantity;
    final long tickUnits;
    final long stepUnits;
    final long minQuantity;
    final long maxQuantity;
    final long minNotional;
    final FeeRate makerFee;
    final FeeRate takerFee;
    final FeeRate holdFee;
    final FeeRate priceBand;
    final boolean alwaysOpen;
    long lastPrice;
    /**
     * The open time, in epoch seconds, of the newest candle whose path moved this market (paper
     * trading on replayed candles), or {@link #NO_CANDLE}: kept with the market, so a restarted
     * replay goes on after it instead of moving the market back through candles it has left.
     */
    long lastCandleWalked = NO_CANDLE;
    int restingAllOrNone;
    /** The worst price a market buy may take; beyond it its rest is cancelled (see {@link SimulatedExchange#boundMarketOrders}). */
    long marketBuyBound = OrderBook.MARKET_BUY_LIMIT;
    /** The worst price a market sell may take. */
    long marketSellBound = OrderBook.MARKET_SELL_LIMIT;
    /** While true, a trade moves the last price but triggers no stop (see {@link SimulatedExchange#placeWithoutTriggeringStops}). */
    boolean stopsHeld;

    Market(int id, Instrument instrument, Asset base, Asset quote, OrderBook book) {
        this.id = id;
        this.instrument = instrument;
        this.base = base;
        this.quote = quote;
        this.book = book;
        this.priceScale = instrument.priceScale();
        this.quantityScale = instrument.quantityScale();
        if (priceScale + quantityScale > 18) {
            throw new IllegalArgumentException(instrument.symbol()
                    + ": tick size and step size together have more than 18 decimals");
        }
        this.tickUnits = units(instrument.tickSize(), priceScale, "tick_size");
        this.stepUnits = units(instrument.stepSize(), quantityScale, "step_size");
        this.minQuantity = ceilUnits(instrument.minQuantity(), quantityScale);
        this.maxQuantity = instrument.maxQuantity() == null
                ? Long.MAX_VALUE : units(instrument.maxQuantity(), quantityScale, "max_quantity");
        this.minNotional = instrument.minNotional() == null
                ? 0 : ceilUnits(instrument.minNotional(), quote.scale);
        this.makerFee = FeeRate.of(instrument.makerFee());
        this.takerFee = FeeRate.of(instrument.takerFee());
        this.holdFee = makerFee.compareTo(takerFee) >= 0 ? makerFee : takerFee;
        this.priceBand = instrument.priceBand() == null ? null : FeeRate.of(instrument.priceBand());
        this.alwaysOpen = instrument.sessions().isEmpty();
    }

    public int id() {
        return id;
    }

    public Instrument instrument() {
        return instrument;
    }

    public String symbol() {
        return instrument.symbol();
    }

    public OrderBook book() {
        return book;
    }

    /** Price of the last trade, or 0 before the first. */
    public long lastPrice() {
        return lastPrice;
    }

    /** The open time (epoch seconds) of the newest candle that moved this market, or {@link #NO_CANDLE}. */
    public long lastCandleWalked() {
        return lastCandleWalked;
    }

    /** Notes that the candle opening at {@code openTimeSeconds} moved this market; changed with the exchange's other state. */
    public void candleWalked(long openTimeSeconds) {
        lastCandleWalked = openTimeSeconds;
    }

    /** Tick size in price units: every resting price is a multiple of it. */
    public long tickUnits() {
        return tickUnits;
    }

    /** Step size in quantity units: every quantity is a multiple of it. */
    public long stepUnits() {
        return stepUnits;
    }

    /** Smallest order quantity in quantity units. */
    public long minQuantityUnits() {
        return minQuantity;
    }

    public Asset base() {
        return base;
    }

    public Asset quote() {
        return quote;
    }

    public boolean isActive() {
        return instrument.status() == InstrumentStatus.ACTIVE;
    }

    /**
     * A quantity of this market (units of 10^-quantityScale) in units of the base asset. The asset
     * keeps the decimals of the finest step among its instruments (BTC at 8 for BTC-USD, while
     * BTC-IRR steps at 4), so a coarser market's quantities are scaled up before they touch a
     * balance or a hold.
     *
     * @throws ArithmeticException when the amount does not fit a long
     */
    public long baseUnits(long quantity) {
        int shift = base.scale - quantityScale;
        return shift == 0 ? quantity : ExactMath.multiply(quantity, ExactMath.pow10(shift));
    }

    /** An amount of the base asset as a quantity of this market, rounded down to its decimals. */
    public long quantityOfBase(long baseUnits) {
        int shift = base.scale - quantityScale;
        return shift == 0 ? baseUnits : baseUnits / ExactMath.pow10(shift);
    }

    /** Price × quantity in quote units, rounded down (what changes hands in a trade). */
    public long notional(long price, long quantity) {
        return scaleNotional(price, quantity, false);
    }

    /** Price × quantity in quote units, rounded up (what a hold must cover). */
    long notionalCeil(long price, long quantity) {
        return scaleNotional(price, quantity, true);
    }

    private long scaleNotional(long price, long quantity, boolean roundUp) {
        int shift = priceScale + quantityScale - quote.scale;
        if (shift >= 0) {
            return ExactMath.mulDiv(price, quantity, ExactMath.pow10(shift), roundUp);
        }
        return ExactMath.multiply(ExactMath.mulDiv(price, quantity, 1, false), ExactMath.pow10(-shift));
    }

    /**
     * What a buy limit order of {@code quantity} at {@code price} holds: the notional plus the
     * larger of the two fees, both rounded up. Trades charge rounded-down amounts, so the part of
     * the hold a fill releases always covers what that fill costs.
     */
    long buyHold(long price, long quantity) {
        long notional = notionalCeil(price, quantity);
        return ExactMath.add(notional, holdFee.ceil(notional));
    }

    /** What a buy costs at {@code price} when charged {@code fee}: notional plus fee, rounded down. */
    long buyCost(long price, long quantity, FeeRate fee) {
        long notional = notional(price, quantity);
        return ExactMath.add(notional, fee.floor(notional));
    }

    public long toPriceUnits(BigDecimal price) {
        return units(price, priceScale, "price");
    }

    public long toQuantityUnits(BigDecimal quantity) {
        return units(quantity, quantityScale, "quantity");
    }

    /** Whether a decimal price lies on this market's tick grid. */
    public boolean onPriceGrid(BigDecimal price) {
        return fitsScale(price, priceScale) && toPriceUnits(price) % tickUnits == 0;
    }

    /** Whether a decimal quantity lies on this market's step grid. */
    public boolean onQuantityGrid(BigDecimal quantity) {
        return fitsScale(quantity, quantityScale) && toQuantityUnits(quantity) % stepUnits == 0;
    }

    public BigDecimal price(long units) {
        Decimal last = convertedPrice;
        if (last == null || last.units != units) {
            last = new Decimal(units, BigDecimal.valueOf(units, priceScale));
            convertedPrice = last;
        }
        return last.value;
    }

    public BigDecimal quantity(long units) {
        Decimal last = convertedQuantity;
        if (last == null || last.units != units) {
            last = new Decimal(units, BigDecimal.valueOf(units, quantityScale));
            convertedQuantity = last;
        }
        return last.value;
    }

    /**
     * The last price or quantity converted, and its units: one order's fill, trade, report and
     * last price convert the same few values again and again. Immutable, so a market read from
     * several threads at worst converts a value twice.
     */
    private record Decimal(long units, BigDecimal value) {
    }

    private static boolean fitsScale(BigDecimal value, int scale) {
        return Decimals.significantScale(value) <= scale;
    }

    private long units(BigDecimal value, int scale, String field) {
        try {
            return value.movePointRight(scale).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(instrument.symbol() + ": " + field + " "
                    + value.toPlainString() + " is too large or has more than " + scale + " decimals");
        }
    }

    private static long ceilUnits(BigDecimal value, int scale) {
        return value.movePointRight(scale).setScale(0, RoundingMode.CEILING).longValueExact();
    }
}
