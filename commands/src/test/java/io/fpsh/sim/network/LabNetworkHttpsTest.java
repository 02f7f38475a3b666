package io.fpsh.sim.network;

import static io.fpsh.sim.network.DefaultLab.address;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fpsh.lab.LabFile;
import io.fpsh.net.VirtualNetwork.TcpRoute;
import io.fpsh.net.server.DistinguishedName;
import io.fpsh.testkind.RealTool;

import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.security.auth.x500.X500Principal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The default lab's api-sse.cisco.com: the guide's certificate, TLS parameters and answers, seen by Java and curl. */
class LabNetworkHttpsTest {
    private static final String HOST = "api-sse.cisco.com";
    private static final String GUIDE_SUBJECT = "C=US, ST=California, L=San Jose, O=Cisco Systems, Inc., CN=api-sse.cisco.com";
    private static final String GUIDE_ISSUER = "C=US, O=HydrantID (Avalanche Cloud Corporation), CN=HydrantID SSL ICA G2";
    /** The Date header at the lab clock's start. */
    private static final String LAB_DATE = "Wed, 08 Apr 2020 01:20:00 GMT";

    private static LabNetwork network;

    @BeforeAll
    static void open() {
        network = new LabNetwork(DefaultLab.lab(), DefaultLab::start);
    }

    @AfterAll
    static void close() {
        network.close();
    }

    private static InetSocketAddress apiSse() {
        TcpRoute route = network.tcp(address("198.51.100.66"), 443);
        InetSocketAddress endpoint = assertInstanceOf(TcpRoute.Reach.class, route).endpoint();
        assertTrue(endpoint.getAddress().isLoopbackAddress(), endpoint.toString());
        return endpoint;
    }

    private static LabClient.Exchange get(String path) throws Exception {
        return LabClient.get(apiSse(), HOST, path, LabCertificates.of(DefaultLab.lab()), DefaultLab.start());
    }

    /** The header lines the lab file gives the route for {@code path}, placeholders filled as the server does. */
    private static List<String> labHeaders(String path) {
        LabFile.Route route = DefaultLab.lab().network().endpoints().get(0).routes().stream()
                .filter(r -> r.path().equals(path)).findFirst().orElseThrow();
        List<String> lines = new ArrayList<>();
        for (String line : route.headers()) {
            lines.add(line.replace("{date}", LAB_DATE).replace("{length}", String.valueOf(route.body().length())));
        }
        return lines;
    }

    @Test
    void javaSeesTheGuidesCertificateAndTlsParameters() throws Exception {
        LabClient.Exchange exchange = get("/");
        assertEquals("TLSv1.2", exchange.session().getProtocol());
        assertEquals("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", exchange.session().getCipherSuite());
        X509Certificate leaf = (X509Certificate) exchange.session().getPeerCertificates()[0];
        assertEquals(principal(GUIDE_SUBJECT), leaf.getSubjectX500Principal());
        assertEquals(principal(GUIDE_ISSUER), leaf.getIssuerX500Principal());
        assertEquals(3, exchange.session().getPeerCertificates().length, "sendRoot: leaf, intermediate and root");
        assertTrue(exchange.certificateRequested(), "requestClientCertificate: the server sends a CertificateRequest");
        assertTrue(exchange.requestedIssuers().contains(principal("C=US, O=HydrantID (Avalanche Cloud Corporation), CN=HydrantID Root CA")),
                exchange.requestedIssuers().toString());
    }

    private static X500Principal principal(String openSslForm) throws Exception {
        return new X500Principal(DistinguishedName.parse(openSslForm).toX500Name().getEncoded());
    }

    @Test
    void javaGetsTheGuides403WithItsHeadersInOrder() throws Exception {
        LabClient.Exchange exchange = get("/");
        assertEquals("HTTP/1.1 403 Forbidden", exchange.statusLine());
        assertEquals(labHeaders("*"), exchange.headerLines());
        assertEquals("Forbidden", exchange.body());
    }

    @Test
    void javaGetsTheRegionsAsJson() throws Exception {
        LabClient.Exchange exchange = get("/providers/sse/api/v1/regions");
        assertEquals("HTTP/1.1 200 OK", exchange.statusLine());
        assertEquals(labHeaders("/providers/sse/api/v1/regions"), exchange.headerLines());
        assertTrue(exchange.body().startsWith("{\"regions\":[{\"name\":\"US\",\"api\":\"api-sse.cisco.com\"}"), exchange.body());
    }

    @RealTool
    @Test
    void realCurlSeesTheGuidesHandshakeAndHeaders() throws Exception {
        int port = apiSse().getPort();
        LocalTools.Result curl = LocalTools.run(Duration.ofSeconds(20), "curl", "-sv", "--max-time", "10",
                "--resolve", HOST + ":" + port + ":127.0.0.1", "-k", "https://" + HOST + ":" + port + "/");
        assertEquals(0, curl.exit(), curl.all());
        String trace = curl.stderr();
        assertTrue(trace.contains("SSL connection using TLSv1.2 / ECDHE-RSA-AES128-GCM-SHA256"), trace);
        assertTrue(trace.contains("TLS handshake, Request CERT (13)"), trace);
        assertTrue(trace.contains("subject: " + curlForm(GUIDE_SUBJECT)), trace);
        assertTrue(trace.contains("issuer: " + curlForm(GUIDE_ISSUER)), trace);
        List<String> received = trace.lines().filter(line -> line.startsWith("< ")).map(line -> line.substring(2))
                .filter(line -> !line.isEmpty()).toList();
        List<String> expected = new ArrayList<>(List.of("HTTP/1.1 403 Forbidden"));
        expected.addAll(labHeaders("*"));
        assertEquals(expected, received);
        assertEquals("Forbidden", curl.stdout());
    }

    /** curl 7.88 separates a name's parts with "; " where the guide's older curl wrote ", ". */
    private static String curlForm(String openSslForm) {
        return String.join("; ", DistinguishedName.parse(openSslForm).attributes().stream()
                .map(a -> a.type() + "=" + a.value()).toList());
    }

    @RealTool
    @Test
    void realCurlGetsTheRegions() throws Exception {
        int port = apiSse().getPort();
        LocalTools.Result curl = LocalTools.run(Duration.ofSeconds(20), "curl", "-s", "--max-time", "10", "-w", "\n%{http_code} %{content_type}",
                "--resolve", HOST + ":" + port + ":127.0.0.1", "-k", "https://" + HOST + ":" + port + "/providers/sse/api/v1/regions");
        assertEquals(0, curl.exit(), curl.all());
        assertTrue(Pattern.compile("\\{\"regions\":.*}\n200 application/json").matcher(curl.stdout()).matches(), curl.stdout());
    }

    @Test
    void addressesAndPortsTheLabDoesNotServeDropTheSyn() {
        assertInstanceOf(TcpRoute.Drop.class, network.tcp(address("198.51.100.200"), 443));
        assertInstanceOf(TcpRoute.Drop.class, network.tcp(address("198.51.100.66"), 80));
        assertInstanceOf(TcpRoute.Drop.class, network.tcp(address("192.0.2.11"), 443), "a DNS server serves no HTTPS");
    }

    @Test
    void eachServedHostHasItsOwnServerAndCertificate() throws Exception {
        TcpRoute eventing = network.tcp(address("198.51.100.234"), 443);
        InetSocketAddress endpoint = assertInstanceOf(TcpRoute.Reach.class, eventing).endpoint();
        assertEquals(endpoint, assertInstanceOf(TcpRoute.Reach.class, network.tcp(address("198.51.100.246"), 443)).endpoint(),
                "both addresses of a host reach its one server");
        assertTrue(endpoint.getPort() != apiSse().getPort());
        LabClient.Exchange exchange = LabClient.get(endpoint, "eventing-ingest.sse.itd.cisco.com", "/",
                LabCertificates.of(DefaultLab.lab()), DefaultLab.start());
        X509Certificate leaf = (X509Certificate) exchange.session().getPeerCertificates()[0];
        assertEquals(principal(GUIDE_SUBJECT.replace(HOST, "eventing-ingest.sse.itd.cisco.com")), leaf.getSubjectX500Principal());
    }
}
