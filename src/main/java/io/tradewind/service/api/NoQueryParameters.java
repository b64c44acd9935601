package io.tradewind.service.api;

import io.tradewind.service.QueryParameters;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;

/**
 * Refuses every query parameter of an action that takes none: an option given to it (a misspelt
 * {@code dryRun=true} on flatten, {@code cancelOrders=true} on switching the kill switch off) would
 * otherwise be silently not done, and the operator would believe it was.
 */
final class NoQueryParameters {

    private NoQueryParameters() {
    }

    /** @param nothingDone what the answer adds, e.g. "nothing was cancelled" */
    static void refuse(UriInfo uri, String nothingDone) {
        QueryParameters.problems(uri.getQueryParameters(), Set.of()).stream().findFirst().ifPresent(problem -> {
            throw new ApiProblem(400, problem.message() + "; " + nothingDone);
        });
    }
}
