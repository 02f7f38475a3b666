package io.fpsh.probe;

import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.sim.FastLab;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A proxy password planted through the proxy lab (curl -x with the lab proxy's account, which curl -v answers with a
 * Proxy-Authorization header) and a server password in the URL reach the device (the first one works), but appear nowhere in the probe's result: not in its arguments, its record, the line sent, the raw output or the
 * lines noted as sources. The tunnel through the proxy is also checked against the lab's model.
 */
class CurlProbeSecretsTest {
    private static final String PASSWORD = "Pr0xy2020";
    private static final String PROXY = "http://proxyuser:" + PASSWORD + "@192.0.2.50:3128";
    private static final Duration DEADLINE = Duration.ofSeconds(40);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"7.44.0", "7.88.1"})
    void theProxyPasswordNeverReachesTheResult(String curlVersion) throws Exception {
        Path lab = FastLab.write(dir, "ftd01-proxy");
        Files.writeString(lab, Files.readString(lab).replace("curlVersion: 7.44.0", "curlVersion: " + curlVersion));
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read(lab.toString()));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.none())) {
            List<String> args = List.of("https://api-sse.cisco.com", PROXY);
            ProbeResult result = ProbeRunner.run(new CurlProbe(), args, driver, DEADLINE);

            assertEquals(ProbeStatus.OK, result.status(), result::error);
            CurlCheck check = (CurlCheck) result.record();
            assertEquals(0, check.exitCode(), "the tunnel works with the password: " + result.evidence().output());
            assertEquals(403, check.httpStatus());
            assertEquals("192.0.2.50", check.connectedAddress());
            assertTrue(result.evidence().output().contains("Proxy-Authorization: Basic " + SecretMask.MASK),
                    result.evidence().output());
            assertNoSecret(result, PASSWORD, basic("proxyuser:" + PASSWORD));
            // the server's Date header moves a second under load: compared as the model contract compares
            assertEquals(ModelContract.comparable(result.record()), ModelContract.comparable(ftd.model().answer("curl", args).orElseThrow()));

            List<String> wrong = List.of("https://api-sse.cisco.com", "http://proxyuser:Wr0ngPass@192.0.2.50:3128");
            ProbeResult refused = ProbeRunner.run(new CurlProbe(), wrong, driver, DEADLINE);
            assertEquals(56, ((CurlCheck) refused.record()).exitCode());
            assertNoSecret(refused, "Wr0ngPass", basic("proxyuser:Wr0ngPass"));
            assertEquals(ModelContract.comparable(refused.record()), ModelContract.comparable(ftd.model().answer("curl", wrong).orElseThrow()));
        }
    }

    @Test
    void aPasswordInTheUrlNeverReachesTheResult() throws Exception {
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read(FastLab.write(dir, "ftd01-dns").toString()));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.none())) {
            driver.run(io.fpsh.device.Mode.CLISH, "configure network dns servers 192.0.2.11", DEADLINE);
            ProbeResult result = ProbeRunner.run(new CurlProbe(), List.of("https://reader:S3rverPass@api-sse.cisco.com/"),
                    driver, DEADLINE);
            assertEquals(ProbeStatus.OK, result.status(), result::error);
            assertEquals("https://reader:" + SecretMask.MASK + "@api-sse.cisco.com/", ((CurlCheck) result.record()).url());
            assertNoSecret(result, "S3rverPass", basic("reader:S3rverPass"));
        }
    }

    @Test
    void aProbeThatTimesOutKeepsTheProxyPasswordOutOfItsError() throws Exception {
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read(FastLab.write(dir, "ftd01-proxy").toString()));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.none())) {
            driver.moveTo(io.fpsh.device.Mode.EXPERT, DEADLINE);
            // a nanosecond is over before the line is sent: the driver's error names the line, password and all
            ProbeResult result = ProbeRunner.run(new CurlProbe(), List.of("https://api-sse.cisco.com", PROXY), driver,
                    Duration.ofNanos(1));
            assertEquals(ProbeStatus.TIMEOUT, result.status(), result::toString);
            assertTrue(result.error().contains("-x 'http://proxyuser:" + SecretMask.MASK + "@192.0.2.50:3128'"),
                    result.error());
            assertNoSecret(result, PASSWORD);
        }
    }

    private static void assertNoSecret(ProbeResult result, String... secrets) {
        String everything = result.toString();
        for (String secret : secrets) {
            assertFalse(everything.contains(secret), () -> "'" + secret + "' in " + everything);
        }
    }

    private static String basic(String userAndPassword) {
        return Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }
}
