package io.fpsh.shell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fpsh.lab.LabFile;
import io.fpsh.probe.Probe;
import io.fpsh.probe.Probes;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.testkind.ExtraJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code fpsh probe} as a process: the list, the table, the JSON document, and its exit statuses 0, 2 and 3. */
@ExtraJvm
class ProbeCommandLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What a probe must show on a lab, as the "must show" says it: the command line after {@code probe}, what
     * it shows in words, and the test of the document's record that says it is shown.
     */
    record MustShow(List<String> commandLine, String shows, Predicate<JsonNode> inRecord) {
        @Override
        public String toString() {
            return String.join(" ", commandLine) + ": " + shows;
        }
    }

    static Stream<MustShow> mustShow() throws Exception {
        List<String> eventingEnds = eventingIngestEnds("ftd01-no-events");
        return Stream.of(
                new MustShow(List.of("show-network", "--target", "lab:ftd01-dns"), "the DNS server 192.0.2.10",
                        record -> anyElement(record.at("/dnsServers"), server -> server.asText().equals("192.0.2.10"))),
                new MustShow(List.of("lsof", "--target", "lab:ftd01-no-events"),
                        "a SYN_SENT socket to eventing-ingest, one of " + eventingEnds,
                        record -> anyElement(record.at("/sockets"), socket -> socket.at("/tcpState").asText().equals("SYN_SENT")
                                && eventingEnds.contains(socket.at("/remoteEnd").asText()))),
                new MustShow(List.of("curl", "--cacert", "/ngfw/etc/ssl/connectorCA.pem", "https://est.sco.cisco.com",
                        "--target", "lab:ftd01-tls-inspection"), "the connector's CA refusing the inspecting firewall's chain",
                        record -> record.at("/exitCode").asInt() == 60 && record.at("/caFile").asText().equals(
                                "/ngfw/etc/ssl/connectorCA.pem")
                                && record.at("/verifyResult").asText().equals("unable to get local issuer certificate")),
                new MustShow(List.of("curl", "https://est.sco.cisco.com", "--target", "lab:ftd01-tls-inspection"),
                        "with -k, the firewall's issuer",
                        record -> record.at("/caFile").isNull() && record.at("/certificateIssuer").asText().equals(
                                "C=US; O=Example Corp; CN=Example Corp TLS Inspection CA")),
                new MustShow(List.of("action-queue-log", "--target", "lab:ftd01-dns"), "canConnect's return code 28",
                        record -> anyElement(record.at("/runs"), run -> run.at("/curlReturnCode").asInt() == 28
                                && run.at("/url").asText().startsWith("https://api-sse.cisco.com/")))
        );
    }

    @ParameterizedTest(name = "probe {0}")
    @MethodSource("mustShow")
    void theJsonDocumentShowsTheState(MustShow must) throws Exception {
        FpshProcess.Result result = probe(must.commandLine(), "--json");
        assertEquals("", result.err(), "nothing on stderr with --json");
        assertEquals(0, result.exitStatus());
        JsonNode document = JSON.readTree(result.out());
        assertEquals("OK", document.at("/status").asText(), result.out());
        assertTrue(must.inRecord().test(document.at("/record")), "not shown: " + must.shows() + "\n" + result.out());
        assertTrue(document.at("/evidence/sent").isTextual(), result.out());
    }

    /** The ends {@code ADDRESS:443} the connector dials on {@code lab}: its eventing host's addresses in the lab file. */
    private static List<String> eventingIngestEnds(String lab) throws Exception {
        LabFile file = LabDevices.read(lab);
        String eventing = file.connector().eventingHost();
        return file.network().hosts().stream().filter(host -> host.name().equals(eventing))
                .flatMap(host -> host.addresses().stream()).map(address -> address + ":443").toList();
    }

    private static boolean anyElement(JsonNode array, Predicate<JsonNode> test) {
        for (JsonNode element : array) {
            if (test.test(element)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void withoutANameItListsEveryProbeOnALine() throws Exception {
        FpshProcess.Result result = probe(List.of());
        assertEquals(0, result.exitStatus(), result.err());
        List<String> lines = result.out().lines().toList();
        assertEquals(Probes.all().size(), lines.size(), result.out());
        for (int i = 0; i < lines.size(); i++) {
            Probe<?> probe = Probes.all().get(i);
            assertTrue(lines.get(i).startsWith(probe.name()) && lines.get(i).endsWith(probe.summary()), lines.get(i));
        }
    }

    @Test
    void theTableShowsTheFieldsThenWhereTheyCameFrom() throws Exception {
        FpshProcess.Result result = probe(List.of("show-network", "--lab", "ftd01-dns"));
        assertEquals(0, result.exitStatus(), result.err());
        assertEquals("", result.err());
        List<String> lines = result.out().lines().toList();
        assertTrue(lines.contains("hostname                               ftd01"), result.out());
        assertTrue(lines.stream().anyMatch(line -> line.matches("dnsServers +192\\.0\\.2\\.10")), result.out());
        assertTrue(lines.stream().anyMatch(line -> line.matches("managementInterface\\.address +192\\.0\\.2\\.27")), result.out());
        assertTrue(lines.get(lines.size() - 1).matches("sent 'show network' in clish: exit 0, [0-9.]+ ms on lab:ftd01-dns"),
                result.out());
    }

    static Stream<List<String>> usageErrors() {
        return Stream.of(List.of("nosuch"), List.of("show-network", "extra"), List.of("show-network", "--frobnicate"),
                List.of("show-network", "--deadline", "soon"), List.of("show-network", "--lab", "nosuch-lab"),
                List.of("show-network", "--password-env", "FPSH_TEST_NO_SUCH_VARIABLE"),
                List.of("curl", "--cacert", "relative.pem", "https://est.sco.cisco.com", "--lab", "ftd01-dns"));
    }

    @ParameterizedTest
    @MethodSource("usageErrors")
    void aUsageErrorIsOneLineAndStatusTwo(List<String> commandLine) throws Exception {
        FpshProcess.Result result = probe(commandLine, "--json");
        assertEquals(2, result.exitStatus(), result.err());
        assertEquals("", result.out());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith("fpsh: "), result.err());
    }

    @Test
    void anEmptyPasswordVariableIsRefusedLikeAnUnsetOne() throws Exception {
        FpshProcess.Result result = FpshProcess.runOnLab(Map.of("FPSH_TEST_EMPTY_PASSWORD", ""), FpshProcess.tempHome(), "",
                "probe", "lsof", "--target", "lab:ftd01-no-events", "--password-env", "FPSH_TEST_EMPTY_PASSWORD", "--json");
        assertEquals(2, result.exitStatus(), result.out() + result.err());
        assertEquals("", result.out());
        assertEquals("fpsh: --password-env FPSH_TEST_EMPTY_PASSWORD given but the environment variable "
                + "FPSH_TEST_EMPTY_PASSWORD is empty\n", result.err());
    }

    @Test
    void anUnreachableTargetIsTheStatusDocumentOneLineAndStatusThree() throws Exception {
        String target = "ssh://admin@127.0.0.1:" + closedPort();
        FpshProcess.Result result = probe(List.of("show-network", "--target", target), "--json");
        assertEquals(3, result.exitStatus(), result.err());
        JsonNode document = JSON.readTree(result.out());
        assertEquals("UNREACHABLE", document.at("/status").asText());
        assertTrue(document.at("/error").asText().contains("Connection refused"), result.out());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith("fpsh: show-network: "), result.err());

        FpshProcess.Result plain = probe(List.of("show-network", "--target", target));
        assertEquals(3, plain.exitStatus());
        assertEquals("", plain.out(), "without --json: the one line only");
        assertEquals(result.err(), plain.err());
    }

    @Test
    void theSshOptionsGoThroughTheFullParserAndStillAskNothing() throws Exception {
        Path home = FpshProcess.tempHome();
        Path config = home.resolve("ssh_config");
        java.nio.file.Files.writeString(config, "Host fw1\n  HostName 127.0.0.1\n  Port " + closedPort() + "\n  User admin\n");
        FpshProcess.Result result = FpshProcess.runOnLab(home, "", "probe", "show-network", "--target", "ssh://fw1",
                "-F", config.toString(), "--known-hosts", home.resolve("known_hosts").toString(), "--json");
        assertEquals(3, result.exitStatus(), result.err());
        assertEquals("UNREACHABLE", JSON.readTree(result.out()).at("/status").asText(), result.out());
        assertTrue(result.err().startsWith("fpsh: show-network: ssh: connect to host 127.0.0.1 port "), result.err());
    }

    private static FpshProcess.Result probe(List<String> commandLine, String... more) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("probe"));
        args.addAll(commandLine);
        args.addAll(List.of(more));
        return FpshProcess.runOnLab(FpshProcess.tempHome(), "", args.toArray(String[]::new));
    }

    /** A loopback port nothing listens on: bound, then closed. */
    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
