package io.fpsh.sim.faults;

import io.fpsh.drive.CapturingIo;
import io.fpsh.ftd.ConnectorLog;
import io.fpsh.sim.DeviceState;
import io.fpsh.sim.FastLab;
import io.fpsh.sim.connector.ConnectorActivity;
import io.fpsh.sim.connector.Reachability;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * For every shipped lab: what connector.log says of the connector's last registration try (enrolled, or the error
 * that stopped it) agrees with the guide's own registration check, fpsh's curl with the connector's CA on the
 * registration URL from the device: enrolled where curl gets an HTTP answer (exit 0), and where it does not, the same
 * failure (a name that does not resolve: 6; refused: 7; dropped: 7 or 28; an untrusted or out-of-date certificate:
 * 60; a TLS session that never starts: 28 or 35; a resolver outlasting curl's limit: 28). Short curl limits keep a dropped port to seconds.
 */
class RegistrationConsistencyTest {
    private static final Map<String, Set<Integer>> CURL_STATUS = Map.of(
            // a dead server's lookup outlasting the connect timeout on a loaded machine is curl's 28
            "lookup", Set.of(6, 28),
            "dial refused", Set.of(7),
            "dial timed out", Set.of(7, 28),
            "x509", Set.of(60),
            "tls", Set.of(35),
            "read", Set.of(28),
            "other", Set.of(35));

    @TempDir
    Path dir;

    static List<String> shippedLabs() throws Exception {
        return CanConnectConsistencyTest.shippedLabs();
    }

    @ParameterizedTest
    @MethodSource("shippedLabs")
    @Timeout(60)
    void theLogsLastRegistrationTryAndTheGuidesCurlAgree(String name) throws Exception {
        try (SimulatedFtd ftd = (SimulatedFtd) LabDevices.open(FastLab.write(dir, name).toString())) {
            DeviceState state = ftd.state();
            List<ConnectorLog.Entry> registration = new ConnectorActivity(state, new Reachability(state.lab()))
                    .connectorLogEntries().stream()
                    .filter(e -> e.function().startsWith("registration:") || e.function().startsWith("enrollment:")).toList();
            if (!state.isRunning("SSEConnector")) {
                assertEquals(List.of(), registration, name + ": a stopped connector tries nothing");
                return;
            }
            ConnectorLog.Entry last = registration.get(registration.size() - 1);
            ftd.run("expert", CapturingIo.answering());
            CapturingIo io = CapturingIo.answering();
            String url = "https://" + state.lab().connector().fqdn() + "/providers/sse/services/registration/api/v2/clients";
            ftd.run("curl -s -o /dev/null --connect-timeout 3 -m 10 --cacert /ngfw/etc/ssl/connectorCA.pem " + url + "; echo $?", io);
            int curl = Integer.parseInt(io.stdout().strip());
            if (last.message().equals("Enrollment status: Enrolled")) {
                assertEquals(0, curl, name + ": enrolled, yet curl exits " + curl);
                return;
            }
            assertEquals("error", last.level(), name + ": " + last);
            if (last.message().startsWith("Registration rejected by ")) {
                // the server answered and refused this tenant (a wrong region: 401): the guide's curl gets its answer too
                assertEquals(0, curl, name + ": the server rejects the registration, yet curl exits " + curl);
                return;
            }
            assertFalse(curl == 0, name + ": curl gets through, yet the connector logs " + last.message());
            String kind = kindOf(last);
            assertTrue(CURL_STATUS.get(kind).contains(curl), name + ": the log's " + kind + " error (" + last.message()
                    + ") and curl's exit " + curl);
        }
    }

    private static String kindOf(ConnectorLog.Entry entry) {
        ConnectorLog.GoNetError error = entry.error();
        if (error == null) {
            return "other";
        }
        return switch (error.operation()) {
            case "dial" -> error.cause().equals("connection refused") ? "dial refused" : "dial timed out";
            case "tls" -> entry.message().contains("x509: ") ? "x509" : "tls";
            default -> error.operation();
        };
    }
}
