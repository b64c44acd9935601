package io.tradewind.live;

/** A feed could not reach its source when it had to (its warm-up history at start). */
public final class FeedUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FeedUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
