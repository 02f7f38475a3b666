package io.fpsh.shell.serve;

import io.fpsh.device.Device;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.playbook.AppliedFix;
import io.fpsh.playbook.DeviceReport;
import io.fpsh.playbook.FindingKind;
import io.fpsh.playbook.FixCommand;
import io.fpsh.playbook.Plan;
import io.fpsh.playbook.PlaybookSession;
import io.fpsh.playbook.RunOptions;
import io.fpsh.playbook.Step;
import io.fpsh.playbook.TargetSession;
import io.fpsh.playbook.Verdict;
import io.fpsh.ssh.ChangeGuard;
import io.fpsh.ssh.ChangePolicy;
import io.fpsh.ssh.SshFtd;
import io.fpsh.testkind.Sshd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code --fix} on a lab served by {@code fpsh serve} and reached over SSH: to the engine a remote device like a real
 * FTD, changed only with {@code --allow-changes}, and then through the change guard the front end put on it.
 */
@Sshd
class PlaybookFixOverServeTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String FIX = "configure network dns servers 192.0.2.11";
    private static final Plan PLAN = new Plan("dns-over-ssh", "", List.of(new FindingKind("DNS-SERVER-DEAD",
            "a configured DNS server never answers", "names resolve through the other servers only", Verdict.FAIL, "DNS")),
            List.of(new Step("ssh-dns-servers", "servers", List.of(), null, context -> {
                List<String> servers = context.showNetwork().dnsServers();
                if (!servers.equals(List.of("192.0.2.11"))) {
                    context.report(Map.of("fix", List.of(FixCommand.clish(FIX))), "DNS-SERVER-DEAD");
                }
            })));

    @TempDir
    static Path folder;
    private static ServedLab server;

    @BeforeAll
    static void start() throws Exception {
        server = ServedLab.start("lab:ftd01-dns", folder);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void withoutAllowChangesNothingIsSent() throws Exception {
        DeviceReport report = fixOverSsh(ChangePolicy.ALLOW, false);
        assertEquals(AppliedFix.Outcome.REFUSED, report.fixes().get(0).outcome());
        assertEquals("not sent: ssh://admin@127.0.0.1:" + server.port()
                + " is not a lab; add --allow-changes to let --fix change it", report.fixes().get(0).message());
        assertEquals(Verdict.FAIL, report.verdict());
    }

    @Test
    void withAllowChangesTheFixStillGoesThroughTheFrontEndsGuard() throws Exception {
        DeviceReport report = fixOverSsh(ChangePolicy.REFUSE, true);
        assertEquals(AppliedFix.Outcome.REFUSED, report.fixes().get(0).outcome(), report::toString);
        assertEquals("fpsh: not sent: '" + FIX + "' changes the device; add --allow-changes to send it",
                report.fixes().get(0).message());
        assertEquals(Verdict.FAIL, report.verdict());
    }

    @Test
    void withAllowChangesAndAGuardThatAllowsTheFixIsAppliedAndTheRunAfterPasses() throws Exception {
        DeviceReport report = fixOverSsh(ChangePolicy.ALLOW, true);
        assertEquals(AppliedFix.Outcome.APPLIED, report.fixes().get(0).outcome(), report::toString);
        assertEquals(Verdict.FAIL, report.beforeFixes().verdict());
        assertEquals(Verdict.PASS, report.verdict());
    }

    /** A session of its own (each gets its own copy of the lab), behind a guard of {@code policy}. */
    private static DeviceReport fixOverSsh(ChangePolicy policy, boolean allowChanges) throws Exception {
        try (SshFtd remote = server.connect()) {
            Device guarded = ChangeGuard.guard(remote, policy);
            try (DeviceDriver driver = new DeviceDriver(guarded, Credentials.none())) {
                return PlaybookSession.run(PLAN, new TargetSession(driver, Map.of(), TIMEOUT),
                        new RunOptions(Map.of(), TIMEOUT, Duration.ofMinutes(1), RunOptions.FixMode.YES, allowChanges),
                        null, r -> {});
            }
        }
    }
}
