package io.tradewind.sim;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An asset of the simulated exchange (BTC, IRR, ...) with the number of decimals its amounts are
 * kept in. Amounts are longs in units of 10^-scale.
 */
public final class Asset {

    final int id;
    final String name;
    int scale;
    boolean held;

    Asset(int id, String name, int scale) {
        this.id = id;
        this.name = name;
        this.scale = scale;
    }

    public int id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int scale() {
        return scale;
    }

    /** Converts an exact amount to units, refusing more decimals than the asset keeps. */
    public long toUnits(BigDecimal amount, String what) {
        BigDecimal units = amount.movePointRight(scale);
        if (units.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(what + " " + amount.toPlainString() + " has more than "
                    + scale + " decimals, the precision " + name + " is kept in");
        }
        try {
            return units.setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + " " + amount.toPlainString() + " is more than " + name
                    + " can hold here, " + toDecimal(Long.MAX_VALUE).toPlainString() + " " + name + " (kept at " + scale
                    + " decimals, set by the tick and step sizes of the instruments that trade it): use a smaller amount,"
                    + " or a coarser tick or step size");
        }
    }

    public BigDecimal toDecimal(long units) {
        return BigDecimal.valueOf(units, scale);
    }
}
