package io.fpsh.playbook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped sse-registration playbook on each lab that plants one of its findings, and on a healthy lab. */
class SseRegistrationPlaybookTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "ftd01-silent-server, SSE-SERVER-SILENT, api-sse.cisco.com",
            "ftd01-tls-close, TLS-HANGUP, Unknown SSL protocol error",
            "ftd01-plain-http, TLS-NOT-TLS, unknown protocol",
            "ftd01-cert-expired, CERT-EXPIRED, expired 20",
            "ftd01-cert-not-yet-valid, CERT-NOT-YET-VALID, valid from 20",
            "ftd01-clock-skew, CLOCK-SKEW, 730 day(s) ahead",
            "ftd01-tls-inspection, TLS-INTERCEPTED, issued by C=US; O=Example Corp; CN=Example Corp TLS Inspection CA"})
    void namesTheLabsFindingFirst(String lab, String finding, String inActual) throws Exception {
        DeviceRun run = PlaybookLabs.run("sse-registration", lab, Map.of());

        assertEquals(Verdict.FAIL, run.verdict(), run::toString);
        Finding first = run.findings().get(0);
        assertEquals(finding, first.id(), run::toString);
        assertTrue(first.actual().contains(inActual), first::actual);
        // none of these is fixed by typing on the device: a firewall, a server, NTP
        assertEquals(List.of(), first.fix());
        assertTrue(run.steps().stream().allMatch(s -> s.location() == null), run::toString);
    }

    @Test
    void aSkewedClockIsReportedInsteadOfTheCertificatesItMakesLookExpired() throws Exception {
        DeviceRun run = PlaybookLabs.run("sse-registration", "ftd01-clock-skew", Map.of());

        assertEquals(List.of("CLOCK-SKEW"), run.findings().stream().map(Finding::id).toList(), run::toString);
        assertTrue(run.findings().get(0).expected().contains("Date of"), run.findings().get(0)::expected);
        StepResult tls = run.steps().stream().filter(s -> s.id().equals("reg-tls")).findFirst().orElseThrow();
        assertEquals(Verdict.BLOCKED, tls.verdict(), tls::toString);
        assertTrue(tls.reason().contains("device's clock only"), tls::reason);
    }

    /**
     * A refused certificate ("expired" on the device's skewed clock) and no Date from any server, -k included: the
     * certificate's dates cannot be judged, since the runner's own clock is no measure of the device's network (a
     * served or remote lab keeps its own time). reg-tls is BLOCKED with its reason, never a CERT-EXPIRED found
     * against the runner's clock (the servers' certificates, valid 2019-2021 on the lab's clock, are out of date on
     * this machine's).
     */
    @Test
    void aRefusedCertificateWithNoServerDateIsNotJudgedOnTheRunnersClock(@TempDir Path dir) throws Exception {
        Path lab = dir.resolve("ftd01-clock-skew-no-date.yaml");
        Files.writeString(lab, """
                base: ftd01-clock-skew
                name: ftd01-clock-skew-no-date
                description: "ftd01-clock-skew whose SSE servers send no Date header"
                network:
                  endpoints:
                    - name: sse
                      routes:
                        - path: /providers/sse/api/v1/regions
                          status: 200
                          reason: OK
                          headers: ["Content-Type: application/json", "Content-Length: {length}"]
                          body: '{"regions":[]}'
                        - path: "*"
                          status: 403
                          reason: Forbidden
                          headers: ["Content-Type: text/plain; charset=utf-8", "Content-Length: {length}"]
                          body: "Forbidden"
                """);

        DeviceRun run = PlaybookLabs.run("sse-registration", lab.toString(), Map.of());

        StepResult tls = run.steps().stream().filter(s -> s.id().equals("reg-tls")).findFirst().orElseThrow();
        assertEquals(Verdict.BLOCKED, tls.verdict(), tls::toString);
        assertEquals(List.of(), tls.findings(), tls::toString);
        assertTrue(tls.reason().contains("api-sse.cisco.com (certificate has expired)"), tls::reason);
        assertTrue(tls.reason().contains("no server sent a Date"), tls::reason);
        StepResult clock = run.steps().stream().filter(s -> s.id().equals("reg-clock")).findFirst().orElseThrow();
        assertEquals(Verdict.BLOCKED, clock.verdict(), clock::toString);
    }

    @Test
    void aHostNotReachedBeforeTlsBlocksTheStepAfterOneCurl() throws Exception {
        DeviceRun run = PlaybookLabs.run("sse-registration", "ftd01-port-reject", Map.of());

        assertEquals(List.of(), run.findings(), run::toString);
        StepResult tls = run.steps().stream().filter(s -> s.id().equals("reg-tls")).findFirst().orElseThrow();
        assertEquals(Verdict.BLOCKED, tls.verdict(), tls::toString);
        assertEquals("api-sse.cisco.com is not reached (curl 7): TLS cannot be judged; the other hosts are not tried",
                tls.reason());
        assertEquals(1, tls.evidence().stream().filter(r -> r.probe().equals("curl")).count(), tls::toString);
    }

    @Test
    void passesWithNoFindingOnAHealthyLabAndReads403AsReachable(@TempDir Path dir) throws Exception {
        DeviceRun run = PlaybookLabs.run("sse-registration", PlaybookLabs.healthy(dir), Map.of());

        assertEquals(Verdict.PASS, run.verdict(), run::toString);
        assertEquals(List.of(), run.findings());
        StepResult sse = run.steps().stream().filter(s -> s.id().equals("reg-sse")).findFirst().orElseThrow();
        assertEquals(Hop.SSE, sse.hop());
        assertTrue(sse.reason().contains("403 Forbidden: reachable"), sse::reason);
        StepResult tls = run.steps().stream().filter(s -> s.id().equals("reg-tls")).findFirst().orElseThrow();
        assertTrue(tls.reason().contains("mx01.sse.itd.cisco.com"), tls::reason);
        assertTrue(tls.evidence().stream().allMatch(r -> r.arguments().contains("--cacert")
                || !r.probe().equals("curl")), "every curl of reg-tls on a healthy lab is the guide's --cacert one");
    }
}
