package io.tradewind.service.api;

import io.tradewind.domain.InputEcho;

/** A list's {@code limit} query parameter: how many of the latest records to answer. */
final class ListLimit {

    private ListLimit() {
    }

    /** @throws ApiProblem 400 unless a whole number from 1 to {@code max}; absent, {@code byDefault} */
    static int parse(String limit, int byDefault, int max) {
        if (limit == null) {
            return byDefault;
        }
        try {
            int parsed = Integer.parseInt(limit.strip());
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
