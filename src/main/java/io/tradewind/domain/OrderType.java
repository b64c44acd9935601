package io.tradewind.domain;

/** The four order types of the Orders API. */
public enum OrderType implements WireEnum {
    LIMIT("limit", true, false),
    MARKET("market", false, false),
    STOP_LIMIT("stop-limit", true, true),
    STOP_MARKET("stop-market", false, true);

    private final String wireName;
    private final boolean needsPrice;
    private final boolean needsStopPrice;

    OrderType(String wireName, boolean needsPrice, boolean needsStopPrice) {
        this.wireName = wireName;
        this.needsPrice = needsPrice;
        this.needsStopPrice = needsStopPrice;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public boolean needsPrice() {
        return needsPrice;
    }

    public boolean needsStopPrice() {
        return needsStopPrice;
    }

    /** The type a stop order becomes once its stop price is reached. */
    public OrderType triggered() {
        return switch (this) {
            case STOP_LIMIT -> LIMIT;
            case STOP_MARKET -> MARKET;
            default -> this;
        };
    }

    public static OrderType fromWire(String text) {
        return WireEnum.parse(OrderType.class, text, "order type");
    }
}
