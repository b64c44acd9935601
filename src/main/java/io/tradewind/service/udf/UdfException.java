package io.tradewind.service.udf;

/** A request the UDF endpoints cannot answer, told to the chart as {@code {"s":"error","errmsg":…}}. */
final class UdfException extends RuntimeException {

    private final int status;

    private UdfException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static UdfException badRequest(String message) {
        return new UdfException(400, message);
    }

    static UdfException notFound(String message) {
        return new UdfException(404, message);
    }

    int status() {
        return status;
    }
}
