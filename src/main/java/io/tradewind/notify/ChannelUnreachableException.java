package io.tradewind.notify;

/**
 * A channel could not be reached, or only answered "not now" ({@code 429}, {@code 5xx}), through all
 * its own retries: unlike a refusal, the same notification is worth sending again later.
 */
public final class ChannelUnreachableException extends IllegalStateException {

    public ChannelUnreachableException(String message) {
        super(message);
    }
}
