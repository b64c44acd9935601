package io.tradewind.service.api;

import io.tradewind.domain.Decimals;
import io.tradewind.domain.InputEcho;
import jakarta.ws.rs.core.UriInfo;

/** A list's {@code limit} query parameter: how many of the latest records to answer. */
final class ListLimit {

    private ListLimit() {
    }

    /**
     * The request's {@code limit}, read from its query as given: the framework hands an empty value
     * ({@code ?limit=}) over as none, which would answer the default.
     *
     * @throws ApiProblem 400 unless a whole number from 1 to {@code max}; absent, {@code byDefault}
     */
    static int parse(UriInfo uri, int byDefault, int max) {
        String limit = uri.getQueryParameters().getFirst("limit");
        if (limit == null) {
            return byDefault;
        }
        if (limit.isBlank()) {
            // a script's empty $LIMIT: not the default, which it may not have meant
            throw new ApiProblem(400, "limit is empty: give a value, or leave limit out for the latest " + byDefault);
        }
        try {
            int parsed = Decimals.parseInt(limit.strip());
            if (parsed >= 1 && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // said below, with the range
        }
        throw new ApiProblem(400, "limit must be a whole number from 1 to " + max + ", was '" + InputEcho.shortened(limit)
                + "'");
    }
}
