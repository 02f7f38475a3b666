package io.fpsh.sim.connector;

import io.fpsh.lab.LabFile;
import io.fpsh.net.server.Header;
import io.fpsh.net.server.HttpRoute;
import io.fpsh.net.server.HttpServerSpec;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The connector's local REST API on {@code localhost:8989/v1} (facts §2.5, from an FMC-side registration script):
 * the default context and its status, {@code Enrolled} as in that script's check. The exact JSON around those values
 * is not known from a device: fpsh answers the fields the script reads, with Go's net/http headers (handler headers,
 * then Date and Content-Length) and Go's own 404 for any other path.
 */
public final class ConnectorLocalApi {
    private ConnectorLocalApi() {}

    public static HttpServerSpec spec(LabFile.Connector connector) {
        List<HttpRoute> routes = List.of(
                json("/v1/contexts/default/status", "{\"status\":\"Enrolled\"}\n"),
                json("/v1/contexts/default", "{\"id\":\"default\",\"fqdn\":\"" + connector.fqdn() + "\",\"status\":\"Enrolled\"}\n"));
        HttpRoute notFound = new HttpRoute(null, "*", 404, "Not Found", List.of(
                new Header("Content-Type", "text/plain; charset=utf-8"),
                new Header("X-Content-Type-Options", "nosniff"),
                new Header("Date", HttpRoute.DATE),
                new Header("Content-Length", HttpRoute.LENGTH)), "404 page not found\n".getBytes(StandardCharsets.UTF_8));
        return HttpServerSpec.plain(routes, notFound);
    }

    private static HttpRoute json(String path, String body) {
        return new HttpRoute("GET", path, 200, "OK", List.of(
                new Header("Content-Type", "application/json"),
                new Header("Date", HttpRoute.DATE),
                new Header("Content-Length", HttpRoute.LENGTH)), body.getBytes(StandardCharsets.UTF_8));
    }
}
