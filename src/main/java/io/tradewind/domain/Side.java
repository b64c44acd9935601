package io.tradewind.domain;

/** Which way an order trades: a buy spends the quote asset, a sell spends the base asset. */
public enum Side implements WireEnum {
    BUY("buy"),
    SELL("sell");

    private final String wireName;

    Side(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public Side opposite() {
        return this == BUY ? SELL : BUY;
    }

    public static Side fromWire(String text) {
        return WireEnum.parse(Side.class, text, "side");
    }
}
