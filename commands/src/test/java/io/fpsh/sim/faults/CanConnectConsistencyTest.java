package io.fpsh.sim.faults;

import io.fpsh.drive.CapturingIo;
import io.fpsh.sim.DeviceState;
import io.fpsh.sim.FastLab;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import io.fpsh.sim.connector.ConnectorActivity;
import io.fpsh.sim.connector.CurlLimits;
import io.fpsh.sim.connector.Reachability;
import io.fpsh.testkind.RealTool;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * For every shipped lab: the canConnect status the connector model predicts (what action_queue.log reports) is
 * the exit status fpsh's real curl gets from the lab's servers with the same command line. Shorter limits than
 * the device's (connect 2 s, max 3 s) keep a dropped port to a few seconds. A status that no limit decides is checked
 * under the device's own limits instead (see {@link #limitsToRun}): on a machine loaded far past its cores the lab's
 * TLS handshakes alone can outlast 3 s of wall time, and curl would rightly say 28 where the model says 0 or 7.
 * The time-outs only stop a hung case: a case's own waits are curl's limits.
 */
@RealTool
class CanConnectConsistencyTest {
    private static final CurlLimits SHORT = new CurlLimits(2, 3, 5);
    /** curl's status when a limit ran out: connect timeout or -m. */
    private static final int TIMED_OUT = 28;

    @TempDir
    Path dir;

    static List<String> shippedLabs() throws IOException {
        return Files.readAllLines(FastLab.shippedLab("ftd01-dns").resolveSibling("INDEX")).stream()
                .filter(line -> !line.isBlank()).map(line -> line.split("\t")[0])
                // canConnect is the FTD's ActionQueueScrape: a management center runs none
                .filter(name -> !io.fpsh.probe.ContractLabs.isFmc(name)).toList();
    }

    @ParameterizedTest
    @MethodSource("shippedLabs")
    @Timeout(120)
    void modelAndRealCurlAgree(String name) throws Exception {
        modelAgreesWithCurl(FastLab.write(dir, name), SHORT);
    }

    /**
     * Proxy settings an operator may enter on the proxy lab: right, wrong or no credentials, a wrong port, a proxy
     * name that cannot exist and one the lab does not define (a public address: no route to host).
     */
    static Stream<DeviceState.Proxy> proxySettings() {
        return Stream.of(
                new DeviceState.Proxy(true, "proxy.example.invalid", 3128, null, false, null),
                new DeviceState.Proxy(true, "proxy.example.com", 3128, null, false, null),
                new DeviceState.Proxy(true, "192.0.2.50", 3128, "proxyuser", true, "Pr0xy2020"),
                new DeviceState.Proxy(true, "192.0.2.50", 3128, "proxyuser", true, "wrong"),
                new DeviceState.Proxy(true, "192.0.2.50", 3128, null, false, null),
                new DeviceState.Proxy(true, "192.0.2.50", 8080, "proxyuser", true, "Pr0xy2020"));
    }

    /** ActionQueueScrape hands the device's proxy to its curl: the model through the proxy agrees with curl -x. */
    @ParameterizedTest
    @MethodSource("proxySettings")
    @Timeout(120)
    void modelAndRealCurlAgreeThroughTheProxy(DeviceState.Proxy proxy) throws Exception {
        try (SimulatedFtd ftd = (SimulatedFtd) LabDevices.open(FastLab.write(dir, "ftd01-proxy").toString())) {
            DeviceState state = ftd.state();
            Reachability reachability = new Reachability(state.lab());
            String url = new ConnectorActivity(state, reachability).canConnectUrl();
            Model model = limits -> reachability.canConnectStatus(url, state.dnsServers(), proxy, state.clock().now(), limits);
            int predicted = model.status(SHORT);

            ftd.run("expert", CapturingIo.answering());
            CapturingIo io = CapturingIo.answering();
            String credentials = proxy.authenticated() ? proxy.user() + ":" + proxy.password() + "@" : "";
            ftd.run(limitsToRun(model, SHORT).commandLine() + "-x http://" + credentials + proxy.address() + ":"
                    + proxy.port() + " " + url + " >/dev/null; echo $?", io);
            assertEquals(predicted + "\n", io.stdout(), () -> proxy + ": model says " + predicted + "; curl said\n" + io.stdout()
                    + io.stderr());
        }
    }
    /**
     * The EU lab drops api.eu's port 443; with the kernel's SYN retries at 1 (3 s) inside a 5 s connect timeout the
     * kernel gives up first: 7.44 says 7, 7.88 says 28, and the model agrees with each.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"7.44.0", "7.88.1"})
    @Timeout(120)
    void modelAndRealCurlAgreeWhenTheKernelGivesUpFirst(String curlVersion) throws Exception {
        Path lab = FastLab.write(dir, "ftd01-blocked-eu");
        Files.writeString(lab, Files.readString(lab).replace("\nnetwork:\n", "\nnetwork:\n  tcpSynRetries: 1\n")
                .replace("curlVersion: 7.44.0", "curlVersion: " + curlVersion));
        assertEquals(curlVersion.startsWith("7.44") ? 7 : 28, modelAgreesWithCurl(lab, new CurlLimits(5, 8, 5)));
    }

    /**
     * A lab whose connector asks a name the lab does not define: the lab's resolver answers it with a public address
     * (203.0.113.0/24), outside the lab, and the model follows it as curl does: no route to host by default, or
     * what {@code network.internet} says (the kernel's 3 s SYN retries inside the 5 s connect timeout for drop).
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"'', 7.44.0, 7", "'  internet: reject\n', 7.44.0, 7",
            "'  internet: drop\n  tcpSynRetries: 1\n', 7.44.0, 7", "'  internet: drop\n  tcpSynRetries: 1\n', 7.88.1, 28"})
    @Timeout(120)
    void modelAndRealCurlAgreeOnAPublicName(String internet, String curlVersion, int status) throws Exception {
        Path lab = FastLab.write(dir, "ftd01-dns");
        Files.writeString(lab, Files.readString(lab).replace("\nnetwork:\n", "\nnetwork:\n" + internet)
                .replace("servers: [192.0.2.10]", "servers: [192.0.2.11]")
                .replace("fqdn: api-sse.cisco.com", "fqdn: api.new-region.sse.itd.cisco.com")
                .replace("curlVersion: 7.44.0", "curlVersion: " + curlVersion));
        assertEquals(status, modelAgreesWithCurl(lab, new CurlLimits(5, 8, 5)));
    }

    /**
     * The model's canConnect status on {@code lab}, once the device's curl, run with ActionQueueScrape's own command
     * line ({@code /usr/bin/curl} as it logs it), has been seen to exit with the same status.
     */
    private static int modelAgreesWithCurl(Path lab, CurlLimits limits) throws Exception {
        try (SimulatedFtd ftd = (SimulatedFtd) LabDevices.open(lab.toString())) {
            DeviceState state = ftd.state();
            Reachability reachability = new Reachability(state.lab());
            String url = new ConnectorActivity(state, reachability).canConnectUrl();
            Model model = given -> reachability.canConnectStatus(url, state.dnsServersAt(state.clock().now()),
                    state.clock().now(), given);
            int predicted = model.status(limits);

            ftd.run("expert", CapturingIo.answering());
            CapturingIo io = CapturingIo.answering();
            ftd.run(limitsToRun(model, limits).commandLine() + url + " >/dev/null; echo $?", io);
            assertEquals(predicted + "\n", io.stdout(),
                    () -> lab + ": model says " + predicted + "; curl said\n" + io.stdout() + io.stderr());
            return predicted;
        }
    }

    /** The model's canConnect status on a lab under the given limits. */
    @FunctionalInterface
    private interface Model {
        int status(CurlLimits limits);
    }

    /**
     * The limits curl runs with: the short ones when the model says a limit runs out (28), which is what they are there
     * to reach in seconds; the device's own when the status is the same under both, as nothing waits then and only the
     * machine's speed could make curl run out of time.
     */
    private static CurlLimits limitsToRun(Model model, CurlLimits limits) {
        int predicted = model.status(limits);
        return predicted != TIMED_OUT && model.status(CurlLimits.CAN_CONNECT) == predicted ? CurlLimits.CAN_CONNECT : limits;
    }
}
