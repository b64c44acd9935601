package io.tradewind.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An enum whose constants have a public wire name (the spelling of the Orders API, e.g.
 * {@code good-till-canceled}). Parsing is strict and names the accepted values in its error, so a
 * typo in a scenario file or a config entry tells the user what to write instead.
 */
public interface WireEnum {

    String wireName();

    static <E extends Enum<E> & WireEnum> E parse(Class<E> type, String text, String what) {
        if (text != null) {
            for (E constant : type.getEnumConstants()) {
                if (constant.wireName().equals(text)) {
                    return constant;
                }
            }
        }
        String accepted = Arrays.stream(type.getEnumConstants())
                .map(WireEnum::wireName)
                .collect(Collectors.joining(", "));
        throw new IllegalArgumentException(
                "unknown " + what + " '" + InputEcho.shortened(text) + "': expected one of " + accepted);
    }
}
