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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The management tunnel to the FMC (sftunnel, the management port 8305) as the expert shell shows it, following the
 * manager state sftunnel-status-brief reports: up, its ESTABLISHED connection in netstat and lsof, its daemon in
 * ps and pmtool, its start and connection in /ngfw/var/log/messages; pending, a listener and no connection; without
 * a manager, none of it.
 */
class ManagementTunnelViewsTest {
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String TUNNEL = "tcp        0      0 192.0.2.27:43529        192.0.2.5:8305          ESTABLISHED 4219/sftunnel       ";
    private static final String LISTENER = "tcp        0      0 192.0.2.27:8305         0.0.0.0:*               LISTEN      4219/sftunnel       ";

    @TempDir
    Path dir;

    @Test
    void anUpTunnelShowsInEveryView() throws Exception {
        try (Lab lab = new Lab("ftd01-healthy")) {
            assertTrue(lab.clish("sftunnel-status-brief").contains("connected to '192.0.2.5'"));
            List<String> netstat = lab.root("netstat -anp").lines().toList();
            assertTrue(netstat.contains(TUNNEL), String.join("\n", netstat));
            assertTrue(netstat.contains(LISTENER), String.join("\n", netstat));
            assertEquals(TUNNEL + "\n", lab.root("netstat -tnp | grep 8305 | grep -v LISTEN"));
            String lsof = lab.root("lsof -i | grep ESTABLISHED | grep sftunnel");
            assertTrue(lsof.matches("sftunnel +4219 +root +12u +IPv4 +18114402 +0t0 +TCP "
                    + "192\\.0\\.2\\.27:43529->192\\.0\\.2\\.5:8305 \\(ESTABLISHED\\)\n"), lsof);
            assertTrue(lab.root("ps -ef").contains("/ngfw/usr/local/sf/bin/sftunnel"));
            assertTrue(lab.root("pmtool status").contains("sftunnel (system) - Running 4219\n"));
            String messages = lab.root("grep sftunnel /ngfw/var/log/messages");
            assertTrue(messages.contains(" ftd01 SF-IMS[2204]: [2204] pm:process [INFO] Started sftunnel (pid 4219)\n"), messages);
            assertTrue(messages.contains("Apr  7 01:20:02 ftd01 SF-IMS[4219]: [4219] sftunneld:sf_ssl [INFO] Connect to 192.0.2.5 on port 8305 - eth0\n"),
                    messages);
        }
    }

    @Test
    void theTunnelFollowsTheManagementPort() throws Exception {
        try (Lab lab = new Lab("ftd01-healthy")) {
            assertEquals(0, lab.driver.run(Mode.CLISH, "configure network management-port 8306", DEADLINE).exitStatus());
            String netstat = lab.root("netstat -tnp");
            assertTrue(netstat.contains("192.0.2.5:8306          ESTABLISHED 4219/sftunnel"), netstat);
            assertFalse(netstat.contains(":8305"), netstat);
        }
    }

    @Test
    void aStoppedTunnelIsDownEverywhereAndARestartBringsItBack() throws Exception {
        try (Lab lab = new Lab("ftd01-healthy")) {
            assertEquals(0, lab.driver.run(Mode.ROOT, "pmtool DisableById sftunnel", DEADLINE).exitStatus());
            String brief = lab.clish("sftunnel-status-brief");
            assertTrue(brief.startsWith("Registration: Completed.\nConnection to peer '192.0.2.5' Attempted at "), brief);
            assertTrue(brief.contains("Last disconnect reason : Both control and event channel connections with peer went down\n"), brief);
            assertFalse(lab.root("netstat -anp").contains("sftunnel"));
            assertFalse(lab.root("ps -ef").contains("sftunnel"));
            assertTrue(lab.root("pmtool status").contains("sftunnel (system) - Disabled"));

            assertEquals(0, lab.driver.run(Mode.ROOT, "pmtool EnableById sftunnel", DEADLINE).exitStatus());
            lab.ftd.state().clock().advance(Duration.ofSeconds(3)); // the connection is logged once made
            String pid = lab.root("cat /ngfw/var/sf/run/sftunnel.pid").strip();
            assertTrue(lab.clish("sftunnel-status-brief").contains("connected to '192.0.2.5'"));
            String netstat = lab.root("netstat -tnp");
            assertTrue(netstat.contains("192.0.2.5:8305          ESTABLISHED " + pid + "/sftunnel"), netstat);
            assertTrue(lab.root("tail -n 1 /ngfw/var/log/messages").contains("SF-IMS[" + pid + "]: [" + pid
                    + "] sftunneld:sf_ssl [INFO] Connect to 192.0.2.5 on port 8305 - eth0"));
        }
    }

    @Test
    void aPendingRegistrationListensButHasNoConnection() throws Exception {
        try (Lab lab = new Lab(variant("pending", "managers:\n  - {host: 192.0.2.5, registration: Pending}\n"))) {
            String brief = lab.clish("sftunnel-status-brief");
            assertTrue(brief.startsWith("Registration: Pending.\nConnection to peer '192.0.2.5' Attempted at "), brief);
            String netstat = lab.root("netstat -anp");
            assertTrue(netstat.contains(LISTENER), netstat);
            assertFalse(netstat.contains("ESTABLISHED 4219/sftunnel"), netstat);
            assertFalse(lab.root("cat /ngfw/var/log/messages").contains("Connect to 192.0.2.5"));
        }
    }

    @Test
    void aDeviceWithoutAManagerHasNoTunnel() throws Exception {
        try (Lab lab = new Lab(variant("unmanaged", "managers: ~\n"))) {
            assertEquals("", lab.clish("sftunnel-status-brief"));
            assertFalse(lab.root("netstat -anp").contains("8305"));
            assertFalse(lab.root("lsof -i").contains("sftunnel"));
            assertFalse(lab.root("ps -ef").contains("sftunnel"));
            assertFalse(lab.root("pmtool status").contains("sftunnel"));
            assertFalse(lab.root("cat /ngfw/var/log/messages").contains("sftunnel"));
        }
    }

    /** action_queue.log's canConnect lines carry syslog's time and host, the time of each run on the lab clock. */
    @Test
    void actionQueueLinesCarryTheirRunsTimeOnTheLabClock() throws Exception {
        try (Lab lab = new Lab("ftd01-dns")) {
            List<String> lines = lab.root("cat /ngfw/var/log/action_queue.log").lines().toList();
            assertEquals(30, lines.size(), "one run a minute over the log's 30 minutes");
            assertTrue(lines.get(0).startsWith("Apr  8 00:51:00 ftd01 ActionQueueScrape.pl[19094]: [SF::SSE::Enrollment] canConnect: "),
                    lines.get(0));
            assertTrue(lines.get(29).startsWith("Apr  8 01:20:00 ftd01 ActionQueueScrape.pl[19094]: "), lines.get(29));
            lab.ftd.state().clock().advance(Duration.ofSeconds(61));
            assertTrue(lab.root("tail -n 1 /ngfw/var/log/action_queue.log").startsWith("Apr  8 01:21:00 ftd01 "));
        }
        try (Lab healthy = new Lab("ftd01-healthy")) {
            assertEquals("", healthy.root("cat /ngfw/var/log/action_queue.log"));
        }
    }

    private Path variant(String name, String yaml) throws Exception {
        Path lab = dir.resolve(name + ".yaml");
        Files.writeString(lab, "base: " + FastLab.shippedLab("ftd01-healthy") + "\nname: " + name + "\n" + yaml);
        return lab;
    }

    /** A lab's device with a driver logged in to it. */
    private static final class Lab implements AutoCloseable {
        final SimulatedFtd ftd;
        final DeviceDriver driver;

        Lab(Object nameOrFile) throws Exception {
            ftd = new SimulatedFtd(LabDevices.read(nameOrFile.toString()));
            driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd));
        }

        String root(String line) {
            return stdout(Mode.ROOT, line);
        }

        String clish(String line) {
            return stdout(Mode.CLISH, line);
        }

        private String stdout(Mode mode, String line) {
            CommandResult result = driver.run(mode, line, DEADLINE);
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
