package io.tradewind.service.ordersapi;

/** A request the Orders API answers with an error status and {@code {"detail": "<one line>"}}: 401, 403, 404, 415, 503. */
final class OrdersApiProblem extends RuntimeException {

    private final int status;

    OrdersApiProblem(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
