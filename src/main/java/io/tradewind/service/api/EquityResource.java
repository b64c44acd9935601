package io.tradewind.service.api;

import io.tradewind.service.EquityHistory;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET /api/equity}: each instance's equity curve (a point a minute) and the totals per quote asset, for the dashboard. */
@Path("/api/equity")
@Produces(MediaType.APPLICATION_JSON)
public class EquityResource {

    private final EquityHistory history;

    EquityResource(EquityHistory history) {
        this.history = history;
    }

    @GET
    @Operation(summary = "Equity curves", description = "Per instance its realised plus unrealised PnL once a minute"
            + " (the last two days since start-up), and per quote asset the total of its instances.")
    public Map<String, Object> curves() {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("instances", history.curves());
        Map<String, List<EquityHistory.Point>> totals = history.totals();
        answer.put("totals", totals);
        return answer;
    }
}
