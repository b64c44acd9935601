package io.tradewind.execution;

/**
 * A venue call that did not return an answer. What matters to the caller is whether the request
 * may have taken effect: a timeout after sending may have placed the order, a refused connection
 * cannot have. Messages must never contain credentials or signed request material.
 */
public class VenueException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean mayHaveTakenEffect;

    public VenueException(String message, boolean mayHaveTakenEffect, Throwable cause) {
        super(message, cause);
        this.mayHaveTakenEffect = mayHaveTakenEffect;
    }

    public VenueException(String message, boolean mayHaveTakenEffect) {
        this(message, mayHaveTakenEffect, null);
    }

    /** {@code true} when the venue may have applied the request (timeout, lost answer). */
    public boolean mayHaveTakenEffect() {
        return mayHaveTakenEffect;
    }
}
