package io.tradewind.service.api;

/** A request the API answers with an error status and a message of its own, e.g. an unknown order. */
final class ApiProblem extends RuntimeException {

    private final int status;

    ApiProblem(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }

}
