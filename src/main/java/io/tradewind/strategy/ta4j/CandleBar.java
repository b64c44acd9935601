package io.tradewind.strategy.ta4j;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.ta4j.core.Bar;
import org.ta4j.core.BaseBar;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.num.Num;

/**
 * A candle as a ta4j {@link Bar} that makes its objects when they are asked for: the bar of every
 * candle a strategy's series receives. ta4j's {@link BaseBar} builds two {@link ZonedDateTime}s
 * (eight objects) and six {@link DoubleNum}s for every candle, while an SMA strategy reads only
 * the close: that was about 300 of the 900 bytes a rules backtest allocated per candle, and with
 * the G1 collector building the begin time alone took a fifth of its CPU.
 *
 * <p>It answers as the {@code BaseBar} the same candle made before: times in UTC, the begin time
 * one period before the end, values as {@code DoubleNum}s of the same doubles. Adding a trade or
 * a price changes it as it changes a {@code BaseBar}. Each value is made once and kept, so a bar
 * read twice returns the same objects. Read and changed from the strategy's thread only.
 */
final class CandleBar implements Bar {

    private static final long serialVersionUID = 1L;

    private final Duration timePeriod;
    private final long endEpochSecond;
    private final double openValue;
    private final double highValue;
    private final double lowValue;
    private final double closeValue;
    private final double volumeValue;
    private final double amountValue;
    private ZonedDateTime beginTime;
    private ZonedDateTime endTime;
    private Num open;
    private Num high;
    private Num low;
    private Num close;
    private Num volume;
    private Num amount;
    private long trades;

    CandleBar(Duration timePeriod, long endEpochSecond, double open, double high, double low, double close,
            double volume, double amount) {
        this.timePeriod = Objects.requireNonNull(timePeriod, "timePeriod");
        this.endEpochSecond = endEpochSecond;
        this.openValue = open;
        this.highValue = high;
        this.lowValue = low;
        this.closeValue = close;
        this.volumeValue = volume;
        this.amountValue = amount;
    }

    /** The end time in epoch seconds: the series orders its bars by it without building times. */
    long endEpochSecond() {
        return endEpochSecond;
    }

    @Override
    public Duration getTimePeriod() {
        return timePeriod;
    }

    @Override
    public ZonedDateTime getBeginTime() {
        if (beginTime == null) {
            beginTime = getEndTime().minus(timePeriod);
        }
        return beginTime;
    }

    @Override
    public ZonedDateTime getEndTime() {
        if (endTime == null) {
            endTime = LocalDateTime.ofEpochSecond(endEpochSecond, 0, ZoneOffset.UTC).atZone(ZoneOffset.UTC);
        }
        return endTime;
    }

    @Override
    public Num getOpenPrice() {
        if (open == null) {
            open = DoubleNum.valueOf(openValue);
        }
        return open;
    }

    @Override
    public Num getHighPrice() {
        if (high == null) {
            high = DoubleNum.valueOf(highValue);
        }
        return high;
    }

    @Override
    public Num getLowPrice() {
        if (low == null) {
            low = DoubleNum.valueOf(lowValue);
        }
        return low;
    }

    @Override
    public Num getClosePrice() {
        if (close == null) {
            close = DoubleNum.valueOf(closeValue);
        }
        return close;
    }

    @Override
    public Num getVolume() {
        if (volume == null) {
            volume = DoubleNum.valueOf(volumeValue);
        }
        return volume;
    }

    @Override
    public Num getAmount() {
        if (amount == null) {
            amount = DoubleNum.valueOf(amountValue);
        }
        return amount;
    }

    @Override
    public long getTrades() {
        return trades;
    }

    /** As {@link BaseBar#addTrade}: volume, amount and trade count grow, and the price moves. */
    @Override
    public void addTrade(Num tradeVolume, Num tradePrice) {
        addPrice(tradePrice);
        volume = getVolume().plus(tradeVolume);
        amount = getAmount().plus(tradeVolume.multipliedBy(tradePrice));
        trades++;
    }

    /** As {@link BaseBar#addPrice}: the close becomes the price, the high and low widen to it. */
    @Override
    public void addPrice(Num price) {
        getOpenPrice();
        if (getHighPrice().isLessThan(price)) {
            high = price;
        }
        if (getLowPrice().isGreaterThan(price)) {
            low = price;
        }
        close = price;
    }

    @Override
    public String toString() {
        return String.format(
                "{end time: %1s, close price: %2$f, open price: %3$f, low price: %4$f, high price: %5$f, volume: %6$f}",
                getEndTime().withZoneSameInstant(ZoneId.systemDefault()), getClosePrice().doubleValue(),
                getOpenPrice().doubleValue(), getLowPrice().doubleValue(), getHighPrice().doubleValue(),
                getVolume().doubleValue());
    }
}
