package io.tradewind.sim;

/**
 * An amount the simulated exchange cannot keep in its 64-bit units at the decimals it keeps the
 * asset in. A limit of the simulation's settings (balances, tick and step sizes), not of the
 * strategy whose order led to it: whoever runs a strategy lets it pass its hooks unchanged and
 * stops with its message, which says what to change.
 */
public final class UnrepresentableAmountException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    UnrepresentableAmountException(String message) {
        super(message);
    }
}
