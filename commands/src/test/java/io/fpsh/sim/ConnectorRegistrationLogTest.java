package io.fpsh.sim;

import io.fpsh.device.Mode;
import io.fpsh.drive.CommandResult;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * connector.log's registration and enrollment lines, as root reads them on the labs: the connector registers with
 * its connector_fqdn at each start and retries every registration_interval until it is enrolled; each fault of the
 * path (DNS, 443 dropped, TLS interception, a clock out of step, another region) leaves its own error, and
 * {@code grep -i enroll} finds the enrollment on a healthy device, as the guide's registration section expects.
 */
class ConnectorRegistrationLogTest {
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String LOG = "/ngfw/var/log/connector/connector.log";
    private static final String URL = "https://api-sse.cisco.com/providers/sse/services/registration/api/v2/clients";
    private static final Pattern TIME = Pattern.compile("^time=\"([^\"]+)\"");

    @TempDir
    Path dir;

    @Test
    void aHealthyDeviceRegistersAndEnrollsAndGrepFindsIt() throws Exception {
        try (Lab lab = new Lab("ftd01-healthy")) {
            String log = lab.root("cat " + LOG);
            List<String> registration = log.lines().filter(l -> l.contains("registration:") || l.contains("enrollment:")).toList();
            assertEquals(3, registration.size(), log);
            assertTrue(registration.get(0).matches("time=\"2020-04-07T19:50:00\\.\\d{9}-05:00\" level=info msg=\"\\[ftd01\\]"
                    + "\\[registration.go:52 registration:Register\\] Registering the device with " + Pattern.quote(URL) + "\""),
                    registration.get(0));
            assertTrue(registration.get(1).contains("level=info") && registration.get(1).endsWith("] Registration successful\""),
                    registration.get(1));
            assertTrue(registration.get(2).endsWith("[enrollment.go:61 enrollment:updateStatus] Enrollment status: Enrolled\""),
                    registration.get(2));
            assertEquals(registration.get(2) + "\n", lab.root("grep -i enroll " + LOG));
            assertFalse(log.contains("level=error"), log);
        }
    }

    @Test
    void aDeadDnsServerFailsEveryTryOnTheRegistrationIntervalUntilARestartAfterTheFix() throws Exception {
        try (Lab lab = new Lab("ftd01-dns")) {
            List<String> errors = lab.root("grep 'registration:Register' " + LOG).lines()
                    .filter(l -> l.contains("level=error")).toList();
            // the log reaches 30 minutes back: a try every 180 s (connector.properties' registration_interval)
            assertEquals(10, errors.size(), String.join("\n", errors));
            for (String error : errors) {
                assertTrue(error.matches(".*\\] Post " + Pattern.quote(URL) + ": dial tcp: lookup api-sse\\.cisco\\.com on "
                        + "192\\.0\\.2\\.10:53: read udp 192\\.0\\.2\\.27:\\d+->192\\.0\\.2\\.10:53: i/o timeout\"$"), error);
            }
            for (int i = 1; i < errors.size(); i++) {
                assertEquals(Duration.ofSeconds(180), Duration.between(time(errors.get(i - 1)), time(errors.get(i))).withNanos(0),
                        errors.get(i - 1) + "\n" + errors.get(i));
            }
            assertFalse(lab.root("cat " + LOG).contains("Registration successful"));
            
            // the fix alone is seen at the next try, on the connector's schedule: a restart tries at once
            assertEquals(0, lab.driver.run(Mode.CLISH, "configure network dns servers 192.0.2.11", DEADLINE).exitStatus());
            assertFalse(lab.root("cat " + LOG).contains("Registration successful"));
            Instant restart = lab.ftd.state().clock().now();
            assertEquals(0, lab.driver.run(Mode.ROOT, "pmtool restartbyid SSEConnector", DEADLINE).exitStatus());
            lab.ftd.state().clock().advance(Duration.ofSeconds(2));
            List<String> after = lab.root("grep -i -e regist -e enroll " + LOG).lines()
                    .filter(l -> !time(l).isBefore(restart)).toList();
            assertEquals(3, after.size(), String.join("\n", after));
            assertTrue(after.get(0).endsWith("Registering the device with " + URL + "\""), after.get(0));
            assertTrue(after.get(1).endsWith("Registration successful\""), after.get(1));
            assertTrue(after.get(2).endsWith("Enrollment status: Enrolled\""), after.get(2));
        }
    }

    @Test
    void withoutARestartTheFixIsSeenAtTheNextTry() throws Exception {
        try (Lab lab = new Lab("ftd01-dns")) {
            assertEquals(0, lab.driver.run(Mode.CLISH, "configure network dns servers 192.0.2.11", DEADLINE).exitStatus());
            lab.ftd.state().clock().advance(Duration.ofSeconds(181));
            assertEquals(1, lab.root("grep -c 'Enrollment status: Enrolled' " + LOG).lines().mapToInt(Integer::parseInt).sum());
        }
    }

    @Test
    void eachFaultOfThePathLeavesItsOwnError() throws Exception {
        assertEquals("Post " + URL + ": x509: certificate signed by unknown authority", lastRegistrationError("ftd01-tls-inspection"));
        assertEquals("Post " + URL + ": x509: certificate has expired or is not yet valid", lastRegistrationError("ftd01-clock-skew"));
        assertEquals("Post " + URL + ": dial tcp 198.51.100.66:443: getsockopt: connection refused",
                lastRegistrationError("ftd01-port-reject"));
        assertEquals("Post " + URL + ": dial tcp: lookup api-sse.cisco.com on 192.0.2.11:53: no such host",
                lastRegistrationError("ftd01-nxdomain"));
        // 443 dropped: each try waits out the kernel's SYN retries (127 s) before its error
        assertEquals("Post https://api.eu.sse.itd.cisco.com/providers/sse/services/registration/api/v2/clients: dial tcp "
                + "198.51.100.90:443: getsockopt: connection timed out", lastRegistrationError("ftd01-blocked-eu"));
    }

    @Test
    void anotherRegionsApiHostTurnsTheDeviceAway() throws Exception {
        Path lab = dir.resolve("wrong-region.yaml");
        Files.writeString(lab, "base: " + FastLab.shippedLab("ftd01-healthy") + "\nname: wrong-region\ndevice:\n  region: EU\n");
        assertEquals("Registration rejected by " + URL + ": 401 Unauthorized (device region EU)", lastRegistrationError(lab.toString()));
    }

    @Test
    void aStoppedConnectorRegistersWhenEnabled() throws Exception {
        try (Lab lab = new Lab("ftd01-connector-down")) {
            assertEquals("", lab.root("grep -i regist " + LOG));
            assertEquals(0, lab.driver.run(Mode.ROOT, "pmtool EnableById SSEConnector", DEADLINE).exitStatus());
            lab.ftd.state().clock().advance(Duration.ofSeconds(2));
            String log = lab.root("grep -i -e regist -e enroll " + LOG);
            assertEquals(3, log.lines().count(), log);
            assertTrue(log.contains("Registration successful"), log);
        }
    }

    /** The message of the last registration error in a lab's connector.log. */
    private String lastRegistrationError(String nameOrFile) throws Exception {
        try (Lab lab = new Lab(nameOrFile)) {
            List<String> errors = lab.root("grep 'registration:Register' " + LOG).lines()
                    .filter(l -> l.contains("level=error")).toList();
            assertFalse(errors.isEmpty(), nameOrFile + ": " + lab.root("cat " + LOG));
            assertFalse(lab.root("cat " + LOG).contains("Registration successful"), nameOrFile);
            String last = errors.get(errors.size() - 1);
            return last.substring(last.indexOf("] ", last.indexOf("[registration.go")) + 2, last.length() - 1);
        }
    }

    private static Instant time(String line) {
        Matcher m = TIME.matcher(line);
        assertTrue(m.find(), line);
        return OffsetDateTime.parse(m.group(1)).toInstant();
    }

    /** A lab's device with a driver logged in to it. */
    private static final class Lab implements AutoCloseable {
        final SimulatedFtd ftd;
        final DeviceDriver driver;

        Lab(String nameOrFile) throws Exception {
            ftd = new SimulatedFtd(LabDevices.read(nameOrFile));
            driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd));
        }

        String root(String line) {
            CommandResult result = driver.run(Mode.ROOT, line, DEADLINE);
            if (!result.completed()) {
                throw new AssertionError(line + ": " + result.error());
            }
            return result.stdout();
        }

        @Override
        public void close() throws Exception {
            driver.close();
            ftd.close();
        }
    }
}
