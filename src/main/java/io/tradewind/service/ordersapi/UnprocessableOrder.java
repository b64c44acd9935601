package io.tradewind.service.ordersapi;

import java.util.List;

/** A request the Orders API answers with 422 and its {@code detail} array. */
final class UnprocessableOrder extends RuntimeException {

    private final transient List<ErrorDetail> details;

    UnprocessableOrder(List<ErrorDetail> details) {
        super(details.isEmpty() ? "unprocessable" : details.get(0).msg(), null, false, false);
        this.details = List.copyOf(details);
    }

    UnprocessableOrder(ErrorDetail detail) {
        this(List.of(detail));
    }

    List<ErrorDetail> details() {
        return details;
    }
}
