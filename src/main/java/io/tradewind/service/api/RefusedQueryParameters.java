package io.tradewind.service.api;

import io.tradewind.service.QueryParameters;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;

/**
 * Refuses, as a 400, the first query parameter an endpoint of the service API does not take, one
 * given twice, or one with control characters ({@link QueryParameters}): a misspelt filter would
 * otherwise list every order, and an option given to an action that takes none (a misspelt {@code
 * dryRun=true} on flatten, {@code cancelOrders=true} on switching the kill switch off) would be
 * silently not done while the operator believed it was.
 */
final class RefusedQueryParameters {

    private RefusedQueryParameters() {
    }

    /** @param nothingDone what the answer adds after the problem, e.g. "nothing was cancelled"; null for nothing */
    static void refuse(UriInfo uri, Set<String> known, String nothingDone) {
        QueryParameters.problems(uri.getQueryParameters(), known).stream().findFirst().ifPresent(problem -> {
            throw new ApiProblem(400, nothingDone == null ? problem.message() : problem.message() + "; " + nothingDone);
        });
    }
}
