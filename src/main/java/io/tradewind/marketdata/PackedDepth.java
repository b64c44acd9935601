package io.tradewind.marketdata;

import io.tradewind.domain.Decimals;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The byte form of a depth snapshot's levels, about 6 bytes a level instead of some 40 as text:
 * prices and quantities as scaled longs (one price scale and one quantity scale per snapshot, the
 * fewest decimals that hold every level exactly), each side's first price whole and every next one
 * as the step from the one before, all as zigzag varints (7 bits a byte). A rial book's first
 * price takes 6 bytes, each step of a few ticks 1–2, a quantity of up to 2 BTC at 8 decimals 4.
 *
 * <p>Layout: price scale, quantity scale (one byte each), bid count, ask count, then each bid's
 * price and quantity, then each ask's.
 */
public final class PackedDepth {

    private PackedDepth() {
    }

    /**
     * @throws IllegalArgumentException when a price or quantity does not fit a long at the snapshot's scales
     */
    public static byte[] pack(DepthSnapshot snapshot) {
        int priceScale = 0;
        int quantityScale = 0;
        for (List<PriceLevel> side : List.of(snapshot.bids(), snapshot.asks())) {
            for (PriceLevel level : side) {
                priceScale = Math.max(priceScale, Decimals.significantScale(level.price()));
                quantityScale = Math.max(quantityScale, Decimals.significantScale(level.quantity()));
            }
        }
        requireScale(priceScale, "price");
        requireScale(quantityScale, "quantity");
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 + 8 * (snapshot.bids().size() + snapshot.asks().size()));
        out.write(priceScale);
        out.write(quantityScale);
        writeVarint(out, snapshot.bids().size());
        writeVarint(out, snapshot.asks().size());
        writeSide(out, snapshot.bids(), priceScale, quantityScale);
        writeSide(out, snapshot.asks(), priceScale, quantityScale);
        return out.toByteArray();
    }

    /**
     * @throws IllegalArgumentException when the bytes are not packed levels
     */
    public static DepthSnapshot unpack(String symbol, Instant time, byte[] packed) {
        try {
            ByteBuffer in = ByteBuffer.wrap(packed);
            int priceScale = in.get();
            int quantityScale = in.get();
            int bids = (int) readVarint(in);
            int asks = (int) readVarint(in);
            return new DepthSnapshot(symbol, time, readSide(in, bids, priceScale, quantityScale),
                    readSide(in, asks, priceScale, quantityScale));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("depth of " + symbol + " at " + time + ": not packed levels ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static void writeSide(ByteArrayOutputStream out, List<PriceLevel> levels, int priceScale, int quantityScale) {
        long previous = 0;
        for (PriceLevel level : levels) {
            long price = CandleScales.toScaled(level.price(), priceScale, "price");
            writeVarint(out, zigzag(Math.subtractExact(price, previous)));
            writeVarint(out, zigzag(CandleScales.toScaled(level.quantity(), quantityScale, "quantity")));
            previous = price;
        }
    }

    private static List<PriceLevel> readSide(ByteBuffer in, int count, int priceScale, int quantityScale) {
        List<PriceLevel> levels = new ArrayList<>(count);
        long price = 0;
        for (int i = 0; i < count; i++) {
            price += unzigzag(readVarint(in));
            long quantity = unzigzag(readVarint(in));
            levels.add(new PriceLevel(BigDecimal.valueOf(price, priceScale), BigDecimal.valueOf(quantity, quantityScale)));
        }
        return levels;
    }

    private static void requireScale(int scale, String what) {
        if (scale > CandleScales.MAX_SCALE) {
            throw new IllegalArgumentException("a depth " + what + " has more than " + CandleScales.MAX_SCALE + " decimals");
        }
    }

    private static long zigzag(long value) {
        return (value << 1) ^ (value >> 63);
    }

    private static long unzigzag(long value) {
        return (value >>> 1) ^ -(value & 1);
    }

    private static void writeVarint(ByteArrayOutputStream out, long value) {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            out.write((int) ((rest & 0x7F) | 0x80));
            rest >>>= 7;
        }
        out.write((int) rest);
    }

    private static long readVarint(ByteBuffer in) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = in.get();
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("varint longer than 64 bits");
    }
}
