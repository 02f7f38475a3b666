package io.fpsh.shell;

import io.fpsh.testkind.ExtraJvm;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code fpsh --lab NAME -c}: the registration lines of connector.log, action_queue.log's times and the management
 * tunnel, as an engineer reads them from a script.
 */
@ExtraJvm
class ConnectorLogsScriptTest {
    private static final String LOG = "/ngfw/var/log/connector/connector.log";
    private static final String EXPERT_NOTICE = "**************************************************************\n"
            + "NOTICE - Shell access will be deprecated in future releases\n"
            + "         and will be replaced with a separate expert mode CLI.\n"
            + "**************************************************************\n";

    @Test
    void aHealthyDeviceShowsItsEnrollmentAndItsTunnelToTheFmc() throws Exception {
        FpshProcess.Result result = FpshProcess.runOnLab(FpshProcess.tempHome(), "Admin123\n", "--lab", "ftd01-healthy", "-c",
                "sftunnel-status-brief | include Registration; expert; sudo grep -c -i enroll " + LOG
                        + "; sudo netstat -tnp | grep 8305; sudo netstat -tlnp | grep 8305; sudo pmtool status | grep 'sftunnel ('");
        // netstat -t lists connections, -l the listeners, as net-tools does
        assertEquals("Registration: Completed.\n" + EXPERT_NOTICE + "1\n"
                + "tcp        0      0 192.0.2.27:43529        192.0.2.5:8305          ESTABLISHED 4219/sftunnel       \n"
                + "tcp        0      0 192.0.2.27:8305         0.0.0.0:*               LISTEN      4219/sftunnel       \n"
                + "sftunnel (system) - Running 4219\n", result.out());
        assertEquals(0, result.exitStatus(), result.err());
    }

    @Test
    void theDnsLabsRegistrationFailsAndItsCanConnectLinesCarryTheirTime() throws Exception {
        FpshProcess.Result result = FpshProcess.runOnLab(FpshProcess.tempHome(), "Admin123\n", "--lab", "ftd01-dns", "-c",
                "expert; sudo su -; grep registration:Register " + LOG + " | tail -n 1; tail -n 1 /ngfw/var/log/action_queue.log");
        assertTrue(result.out().startsWith(EXPERT_NOTICE), result.out());
        String[] lines = result.out().substring(EXPERT_NOTICE.length()).split("\n");
        assertEquals(2, lines.length, result.out());
        assertTrue(lines[0].contains("level=error msg=\"[ftd01][registration.go:88 registration:Register] Post "
                + "https://api-sse.cisco.com/providers/sse/services/registration/api/v2/clients: dial tcp: lookup "
                + "api-sse.cisco.com on 192.0.2.10:53: read udp 192.0.2.27:"), lines[0]);
        assertTrue(lines[1].matches("Apr  8 01:\\d\\d:00 ftd01 ActionQueueScrape\\.pl\\[19094\\]: \\[SF::SSE::Enrollment\\] "
                + "canConnect: System \\(/usr/bin/curl .*\\) Failed, curl returned (6|28) at .*"), lines[1]);
    }

    @Test
    void aStoppedConnectorLogsNoRegistration() throws Exception {
        FpshProcess.Result result = FpshProcess.runOnLab(FpshProcess.tempHome(), "Admin123\n", "--lab", "ftd01-connector-down",
                "-c", "expert; sudo su -; grep -c -i regist " + LOG);
        assertEquals(EXPERT_NOTICE + "0\n", result.out());
        assertEquals(1, result.exitStatus(), "grep finds nothing");
    }
}
