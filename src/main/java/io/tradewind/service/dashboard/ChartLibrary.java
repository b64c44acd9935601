package io.tradewind.service.dashboard;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /dashboard/lightweight-charts.js}: the chart library the dashboard draws with, served from
 * the copy the backtest report already carries, so that the project holds one vendored copy.
 */
@Path("/dashboard/lightweight-charts.js")
public class ChartLibrary {

    static final String RESOURCE = "io/tradewind/backtest/report/lightweight-charts.standalone.production.js";

    @GET
    @Produces("text/javascript")
    @Operation(hidden = true) // a file of the dashboard, public like its page: not part of the API
    public Response script() {
        InputStream script = ChartLibrary.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (script == null) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        return Response.ok(script).build(); // revalidated like the rest of the dashboard (application.properties)
    }
}
