package io.tradewind.service.api;

import io.tradewind.domain.InputEcho;
import java.util.regex.Pattern;

/**
 * Refuses, as a 400, a body sent to an action of the service API that takes none: an option in it
 * ({@code {"cancelOrders": true}} to switching the kill switch off, {@code {"dryRun": true}} to a
 * flatten) was silently not done while the operator believed it was, as a query parameter was
 * before {@link RefusedQueryParameters}. An empty body, or an empty JSON object that many HTTP
 * clients send by default, is no option and passes.
 */
final class RefusedBody {

    private static final Pattern EMPTY_OBJECT = Pattern.compile("\\s*\\{\\s*}\\s*");

    private RefusedBody() {
    }

    /** @param nothingDone what the answer adds after the problem, e.g. "nothing was paused" */
    static void refuse(String body, String nothingDone) {
        if (body == null || body.isBlank() || EMPTY_OBJECT.matcher(body).matches()) {
            return;
        }
        throw new ApiProblem(400, "this action takes no body, was " + InputEcho.shortened(body.strip())
                + "; send none (or {}); " + nothingDone);
    }
}
