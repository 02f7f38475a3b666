package io.fpsh.sim.faults;

import io.fpsh.sim.network.PathChanges.Allow;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.teach.LabPath;
import io.fpsh.teach.Lesson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static io.fpsh.sim.faults.FaultLab.assertHas;
import static io.fpsh.sim.faults.FaultLab.assertHasNot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stand-ins for the network outside a lab device (issue 12 §3), applied as {@code :net} applies them: each
 * changes what the device's curl and openssl get from the lab's loopback servers and what the daemons' model (the
 * connector's log and sockets, canConnect, the lesson's objectives) says; a wrong one (host, port) changes nothing;
 * a reset undoes them.
 */
class PathStandInsLabTest {
    private static final String CA = " --cacert /ngfw/etc/ssl/connectorCA.pem ";
    private static final String STATUS = " >/dev/null 2>&1; echo $?";

    @TempDir
    Path dir;

    private static LabPath path(FaultLab lab) {
        return lab.device().feature(LabPath.class).orElseThrow();
    }

    /** Whether the shipped lab's lesson is met on this (fast) copy of it, whose file has no teaching part. */
    private static boolean lessonMet(FaultLab lab, String shipped) {
        try {
            return Lesson.of(LabDevices.read(shipped)).orElseThrow().check(lab.device().model()).allMet();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @Timeout(30)
    void allowingTheDroppedHostByNameOpensItToCurlAndCanConnectAndAResetClosesIt() {
        try (FaultLab lab = FaultLab.open(dir, "ftd01-blocked-eu").asRoot()) {
            String curl = "curl -s --connect-timeout 1" + CA + "https://api.eu.sse.itd.cisco.com/providers/sse/api/v1/regions" + STATUS;
            assertEquals("28\n", lab.out(curl));
            assertTrue(path(lab).allow(new Allow("api.eu.sse.itd.cisco.com", 80)));
            assertTrue(path(lab).allow(new Allow("api-sse.cisco.com", 443)));
            assertTrue(path(lab).allow(new Allow("198.51.100.91", 443)), "eventing-ingest.eu's address");
            assertEquals("28\n", lab.out(curl), "a wrong port, a wrong host, another host's address");
            assertFalse(lessonMet(lab, "ftd01-blocked-eu"));
            long failures = lab.out("cat " + FaultLab.ACTION_QUEUE).lines().count();

            assertTrue(path(lab).allow(new Allow("api.eu.sse.itd.cisco.com", 443)));
            assertFalse(path(lab).allow(new Allow("api.eu.sse.itd.cisco.com", 443)), "there already");
            assertEquals("0\n", lab.out(curl));
            assertTrue(lessonMet(lab, "ftd01-blocked-eu"));
            lab.advance(Duration.ofMinutes(5));
            assertEquals(failures, lab.out("cat " + FaultLab.ACTION_QUEUE).lines().count(),
                    "canConnect's runs since the rule do not fail");

            lab.device().resetToPlanted();
            assertEquals("28\n", lab.out(curl));
            assertFalse(lessonMet(lab, "ftd01-blocked-eu"));
        }
    }

    @Test
    @Timeout(30)
    void aRuleByAddressOpensThatAddressAndADomainRuleEveryNameUnderIt() {
        try (FaultLab lab = FaultLab.open(dir, "ftd01-port-reject").asRoot()) {
            String curl = "curl -s -k --connect-timeout 1 https://api-sse.cisco.com/" + STATUS;
            assertEquals("7\n", lab.out(curl));
            path(lab).allow(new Allow("198.51.100.67", 443));
            assertEquals("7\n", lab.out(curl), "a neighbour's address");
            path(lab).allow(new Allow("198.51.100.66", 443));
            assertEquals("0\n", lab.out(curl));
            lab.device().resetToPlanted();
            assertEquals("7\n", lab.out(curl));
            path(lab).allow(new Allow("*.sse.itd.cisco.com", 443));
            assertEquals("7\n", lab.out(curl), "api-sse.cisco.com is not under sse.itd.cisco.com");
            path(lab).allow(new Allow("*.cisco.com", 443));
            assertEquals("0\n", lab.out(curl));
            assertTrue(lessonMet(lab, "ftd01-port-reject"));
        }
    }

    @Test
    @Timeout(30)
    void exemptingHostsFromInspectionBringsTheirOwnChainToCurlOpensslAndTheConnector() {
        try (FaultLab lab = FaultLab.open(dir, "ftd01-tls-inspection").asRoot()) {
            String eventing = "curl -s --connect-timeout 2" + CA + "https://eventing-ingest.sse.itd.cisco.com" + STATUS;
            String api = "curl -s --connect-timeout 2" + CA + "https://api-sse.cisco.com" + STATUS;
            String issuer = "echo | openssl s_client -connect eventing-ingest.sse.itd.cisco.com:443 2>/dev/null | grep issuer=";
            assertEquals("60\n", lab.out(eventing));
            assertHas(lab.out(issuer), "CN=Example Corp TLS Inspection CA");
            path(lab).exempt("eventing-ingest.eu.sse.itd.cisco.com");
            assertEquals("60\n", lab.out(eventing), "another region's host");

            path(lab).exempt("*.sse.itd.cisco.com");
            assertEquals("0\n", lab.out(eventing));
            assertHas(lab.out(issuer), "CN=HydrantID SSL ICA G2");
            assertEquals("60\n", lab.out(api), "api-sse.cisco.com is still inspected");
            assertFalse(lessonMet(lab, "ftd01-tls-inspection"));
            lab.run("pmtool restartbyid SSEConnector", 0);
            assertHas(lab.out("lsof -i | grep conn"), "(ESTABLISHED)");
            assertHas(lab.out("tail -1 " + FaultLab.CONNECTOR_LOG), "websocket connected to wss://eventing-ingest.sse.itd.cisco.com/events");

            lab.device().resetToPlanted();
            assertEquals("60\n", lab.out(eventing));
            assertHas(lab.out(issuer), "CN=Example Corp TLS Inspection CA");
        }
    }

    @Test
    @Timeout(30)
    void theConnectorSeesAnOpenedPathOnItsOwnScheduleWithoutARestart() {
        try (FaultLab lab = FaultLab.open(dir, "ftd01-no-events").asRoot()) {
            assertHas(lab.out("lsof -i | grep conn"), "(SYN_SENT)");
            path(lab).allow(new Allow("eventing-ingest.sse.itd.cisco.com", 443));
            assertHas(lab.out("lsof -i | grep conn"), "(SYN_SENT)"); // the dial in progress still waits on its SYN
            assertHasNot(lab.out("cat " + FaultLab.CONNECTOR_LOG), "websocket connected");
            lab.advance(Duration.ofSeconds(300)); // its SYN retries run out, then it dials again
            assertHas(lab.out("lsof -i | grep conn"), "(ESTABLISHED)");
            assertHas(lab.out("cat " + FaultLab.CONNECTOR_LOG), "websocket connected to wss://eventing-ingest.sse.itd.cisco.com/events");
            lab.device().resetToPlanted();
            assertHas(lab.out("lsof -i | grep conn"), "(SYN_SENT)");
        }
    }

    @Test
    @Timeout(30)
    void allowingNtpLetsTheSkewedClockBeSetAndTheCertificatesVerify() {
        try (FaultLab lab = FaultLab.open(dir, "ftd01-clock-skew").asRoot()) {
            String curl = "curl -s --connect-timeout 2" + CA + "https://api-sse.cisco.com" + STATUS;
            assertTrue(lab.out("date").endsWith(" 2022\n"));
            assertEquals("60\n", lab.out(curl));
            assertHas(lab.out("ntpq -p"), " 192.0.2.123     .INIT.");
            path(lab).allow(new Allow("192.0.2.123", 53));
            path(lab).allow(new Allow("192.0.2.5", 123));
            assertTrue(lab.out("date").endsWith(" 2022\n"), "another port, another server");

            path(lab).allow(new Allow("192.0.2.123", 123));
            assertTrue(lab.out("date").startsWith("Wed Apr  8 01:"), lab.out("date"));
            assertTrue(lab.out("date").endsWith(" 2020\n"));
            assertHas(lab.out("ntpq -p"), "*192.0.2.123     .GPS.");
            assertEquals("0\n", lab.out(curl));
            assertHas(lab.out("tail -1 " + FaultLab.CONNECTOR_LOG), "x509: certificate has expired or is not yet valid");
            lab.run("pmtool restartbyid SSEConnector", 0);
            assertHas(lab.out("tail -1 " + FaultLab.CONNECTOR_LOG), "websocket connected");
            assertTrue(lessonMet(lab, "ftd01-clock-skew"));

            lab.device().resetToPlanted();
            assertTrue(lab.out("date").endsWith(" 2022\n"));
            assertEquals("60\n", lab.out(curl));
            assertFalse(lessonMet(lab, "ftd01-clock-skew"));
        }
    }
}
