package io.tradewind.domain;

/** Whether an instrument accepts new orders. */
public enum InstrumentStatus implements WireEnum {
    ACTIVE("active"),
    INACTIVE("inactive");

    private final String wireName;

    InstrumentStatus(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public static InstrumentStatus fromWire(String text) {
        return WireEnum.parse(InstrumentStatus.class, text, "instrument status");
    }
}
