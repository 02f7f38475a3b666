package io.fpsh.shell;

import io.fpsh.drive.DeviceDriver;
import io.fpsh.playbook.DeviceRun;
import io.fpsh.playbook.Finding;
import io.fpsh.playbook.Plan;
import io.fpsh.playbook.PlaybookRunner;
import io.fpsh.playbook.StepResult;
import io.fpsh.playbook.TargetSession;
import io.fpsh.playbook.Verdict;
import io.fpsh.playbook.dsl.PlaybookLoader;
import io.fpsh.shell.serve.ServedLab;
import io.fpsh.ssh.SshFtd;
import io.fpsh.testkind.Sshd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * sse-registration's reg-clock over SSH against {@code fpsh serve}, where the served lab keeps its own clock and the
 * runner's is the host's: the device's clock is judged against an SSE server's Date only. A lab whose API host sends
 * none (ftd01-tls-close hangs up in the handshake, curl 35) cannot be judged: reg-clock is BLOCKED with its reason,
 * never a CLOCK-SKEW against the runner's clock; a lab whose clock is really skewed (ftd01-clock-skew, whose servers
 * do send their Date past curl's 60) still is CLOCK-SKEW.
 */
@Sshd
class RegClockOverServeTest {
    private static final List<String> LABS = new ArrayList<>(List.of("lab:ftd01-tls-close", "lab:ftd01-clock-skew"));
    /** ftd01-clock-skew whose servers send no Date header: the device refuses their certificates as expired. */
    private static final String NO_DATE = """
            base: ftd01-clock-skew
            name: ftd01-clock-skew-no-date
            description: "ftd01-clock-skew whose SSE servers send no Date header"
            network:
              endpoints:
                - name: sse
                  routes:
                    - path: "*"
                      status: 403
                      reason: Forbidden
                      headers: ["Content-Type: text/plain; charset=utf-8", "Content-Length: {length}"]
                      body: "Forbidden"
            """;
    private static String noDateLab;
    private static final Duration BUDGET = Duration.ofMinutes(2);

    @TempDir
    static Path folder;
    private static ServedLab served;

    @BeforeAll
    static void serve() throws Exception {
        Path noDate = folder.resolve("ftd01-clock-skew-no-date.yaml");
        Files.writeString(noDate, NO_DATE);
        noDateLab = "lab:" + noDate;
        LABS.add(noDateLab);
        served = ServedLab.fleet(LABS, folder);
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void withNoDateFromTheServerTheClockIsNotJudgedAgainstTheRunners() throws Exception {
        DeviceRun run = regClock("lab:ftd01-tls-close");

        StepResult clock = step(run, "reg-clock");
        assertEquals(Verdict.BLOCKED, clock.verdict(), run::toString);
        assertEquals(List.of(), clock.findings(), run::toString);
        assertTrue(clock.reason().contains("api-sse.cisco.com sent no Date (curl 35)"), clock::reason);
        assertTrue(clock.reason().contains("cannot be judged"), clock::reason);
    }

    @Test
    void aSkewedClockIsStillReportedAgainstTheServersDate() throws Exception {
        DeviceRun run = regClock("lab:ftd01-clock-skew");

        StepResult clock = step(run, "reg-clock");
        assertEquals(Verdict.FAIL, clock.verdict(), run::toString);
        assertEquals(List.of("CLOCK-SKEW"), clock.findings().stream().map(Finding::id).toList());
        assertTrue(clock.findings().get(0).expected().contains("the Date of api-sse.cisco.com's answer"),
                clock.findings().get(0)::expected);
    }

    /**
     * reg-tls's rare path: certificates refused for their dates and no Date from any server, -k included. The
     * runner's clock (this machine's, years after the lab's) made them CERT-EXPIRED; the step cannot tell, and says so.
     */
    @Test
    void refusedCertificatesWithNoDateAnywhereAreNotJudgedAgainstTheRunnersClock() throws Exception {
        DeviceRun run = steps(noDateLab, List.of("reg-clock", "reg-tls"));

        StepResult tls = step(run, "reg-tls");
        assertEquals(Verdict.BLOCKED, tls.verdict(), run::toString);
        assertEquals(List.of(), run.findings(), run::toString);
        assertTrue(tls.reason().contains("no server sent a Date"), tls::reason);
        assertTrue(tls.reason().contains("api-sse.cisco.com (certificate has expired)"), tls::reason);
        assertEquals(Verdict.BLOCKED, step(run, "reg-clock").verdict(), run::toString);
    }

    /** sse-registration's reg-clock alone, on the lab's device of the served fleet, sudo answered as the lab's. */
    private static DeviceRun regClock(String lab) throws Exception {
        return steps(lab, List.of("reg-clock"));
    }

    /** These steps of sse-registration alone, on the lab's device of the served fleet, sudo answered as the lab's. */
    private static DeviceRun steps(String lab, List<String> ids) throws Exception {
        Plan registration = PlaybookLoader.shipped("sse-registration");
        Plan plan = new Plan(registration.name(), registration.summary(), registration.findings(),
                registration.steps().stream().filter(s -> ids.contains(s.id())).toList());
        try (SshFtd remote = served.connect(ServedLab.login(LABS.indexOf(lab) + 1));
             DeviceDriver driver = new DeviceDriver(remote, (user, question) -> Optional.of(ServedLab.PASSWORD))) {
            TargetSession target = new TargetSession(driver, Map.of(), TargetSession.DEFAULT_COMMAND_TIMEOUT);
            return PlaybookRunner.run(plan, target, BUDGET, step -> {});
        }
    }

    private static StepResult step(DeviceRun run, String id) {
        return run.steps().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(run));
    }
}
