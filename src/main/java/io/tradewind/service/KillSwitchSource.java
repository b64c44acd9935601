package io.tradewind.service;

import io.tradewind.domain.WireEnum;

/** Through what an operator switched the kill switch: the REST API directly, the command line through it, or the Telegram chat. */
public enum KillSwitchSource implements WireEnum {
    API("api"),
    CLI("cli"),
    TELEGRAM("telegram");

    /** The {@code User-Agent} the command line sends to the service, so the service can tell its requests apart. */
    public static final String CLI_USER_AGENT = "tradewind-cli";

    private final String wireName;

    KillSwitchSource(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public static KillSwitchSource fromWire(String text) {
        return WireEnum.parse(KillSwitchSource.class, text, "kill switch source");
    }

    /** {@link #CLI} for a request from the command line, {@link #API} for any other client. */
    public static KillSwitchSource ofUserAgent(String userAgent) {
        return userAgent != null && userAgent.startsWith(CLI_USER_AGENT) ? CLI : API;
    }
}
