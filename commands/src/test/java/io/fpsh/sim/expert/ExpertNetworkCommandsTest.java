package io.fpsh.sim.expert;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** netstat, lsof, pmtool and ps as in the SSE connector troubleshooting guide. */
class ExpertNetworkCommandsTest {

    private final ShellRun sh = new ShellRun();

    @Test
    void netstatGrepForTheEventHandlerSocket() {
        sh.run("netstat -anlp | grep EventHandler_SSEConnector.sock");
        assertEquals(0, sh.status);
        assertEquals(""
                + "unix  2      [ ACC ]     STREAM     LISTENING     382276   7741/EventHandler    "
                + "/ngfw/var/sf/run/EventHandler_SSEConnector.sock\n"
                + "unix  3      [ ]         STREAM     CONNECTED     378537   7741/EventHandler    "
                + "/ngfw/var/sf/run/EventHandler_SSEConnector.sock\n", sh.out());
        assertEquals("", sh.err());
    }

    @Test
    void netstatHeadersAndInetLines() {
        sh.run("netstat -anlp");
        String[] lines = sh.out().split("\n");
        assertEquals("Active Internet connections (servers and established)", lines[0]);
        assertEquals("Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name    ",
                lines[1]);
        assertEquals("tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      1234/sshd           ",
                lines[2]);
        assertEquals("tcp        0      0 192.0.2.200:56495       35.172.147.246:443      ESTABLISHED 13277/connector     ",
                lines[4]);
        assertEquals("Active UNIX domain sockets (servers and established)", lines[5]);
        assertEquals("Proto RefCnt Flags       Type       State         I-Node   PID/Program name     Path", lines[6]);
        assertEquals("unix  3      [ ]         STREAM     CONNECTED     15001    1234/sshd            ", lines[9]);
    }

    @Test
    void netstatListeningOnlyAndWithoutPrograms() {
        sh.run("netstat -lnt");
        assertEquals("Active Internet connections (only servers)\n"
                + "Proto Recv-Q Send-Q Local Address           Foreign Address         State      \n"
                + "tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN     \n"
                + "tcp        0      0 127.0.0.1:8989          0.0.0.0:*               LISTEN     \n", sh.out());
    }

    @Test
    void netstatAsAdminHidesOtherUsersPrograms() {
        ShellRun admin = new ShellRun(new TestExpertContext().asAdmin());
        admin.run("netstat -anlp | grep EventHandler_SSEConnector.sock");
        assertTrue(admin.out().startsWith("unix  2      [ ACC ]     STREAM     LISTENING     382276   -                    /ngfw"),
                admin.out());
        assertEquals("(Not all processes could be identified, non-owned process info\n"
                + " will not be shown, you would have to be root to see it all.)\n", admin.err());
    }

    @Test
    void lsofGrepConn() {
        sh.run("lsof -i | grep conn");
        assertEquals(""
                + "connector 13277  www   10u  IPv4 26077573      0t0  TCP localhost:8989 (LISTEN)\n"
                + "connector 13277  www   19u  IPv4 26077679      0t0  TCP "
                + "192.0.2.200:56495->ec2-35-172-147-246.compute-1.amazonaws.com:https (ESTABLISHED)\n", sh.out());
    }

    @Test
    void lsofWidthsComeFromTheContent() {
        // a five-letter user widens USER: the guide's own line, three blanks before "www"
        sh.context.inet.add(InetSocket.tcpListen("127.0.0.1", 3306, 2222, "mysqld", "mysql", 12, 1000, "localhost:mysql"));
        sh.run("lsof -i");
        String[] lines = sh.out().split("\n");
        assertEquals("COMMAND     PID  USER   FD   TYPE   DEVICE SIZE/OFF NODE NAME", lines[0]);
        assertEquals("sshd       1234  root    3u  IPv4    16789      0t0  TCP *:ssh (LISTEN)", lines[1]);
        assertEquals("mysqld     2222 mysql   12u  IPv4     1000      0t0  TCP localhost:mysql (LISTEN)", lines[2]);
        assertEquals("connector 13277   www   10u  IPv4 26077573      0t0  TCP localhost:8989 (LISTEN)", lines[3]);
    }

    @Test
    void lsofNumericAndFiltered() {
        sh.run("lsof -nP -i :443");
        assertEquals("COMMAND     PID USER   FD   TYPE   DEVICE SIZE/OFF NODE NAME\n"
                + "connector 13277  www   19u  IPv4 26077679      0t0  TCP 192.0.2.200:56495->35.172.147.246:443 (ESTABLISHED)\n",
                sh.out());
        sh.run("lsof -i :9999");
        assertEquals("", sh.out());
        assertEquals(1, sh.status);
    }

    @Test
    void lsofAsAdminSeesOnlyOwnProcesses() {
        ShellRun admin = new ShellRun(new TestExpertContext().asAdmin());
        admin.run("lsof -i | grep conn");
        assertEquals("", admin.out());
        assertEquals(1, admin.status);
    }

    @Test
    void pmtoolStatusGrepSse() {
        sh.run("pmtool status | grep -i sse");
        assertEquals("SSEConnector (system) - Running 20697\n"
                + "PID File: /ngfw/var/sf/run/SSEConnector.pid\n"
                + "Enable File: /ngfw/etc/sf/SSEConnector.run\n"
                + "Required by: ASAConfig,tomcat,SSEConnector\n", sh.out());
        assertEquals("sftunnel (normal) - Disabled\n", sh.run("pmtool status | grep sftunnel | head -1").out());
    }

    @Test
    void pmtoolRecord() {
        sh.run("pmtool status | grep -A1 'Running 7741'");
        assertEquals("EventHandler (normal) - Running 7741\n"
                + "Command: /ngfw/usr/local/sf/bin/EventHandler\n", sh.out());
        sh.run("pmtool statusbyid EventHandler");
        assertEquals("EventHandler (normal) - Running 7741\n"
                + "Command: /ngfw/usr/local/sf/bin/EventHandler\n"
                + "PID File: /ngfw/var/sf/run/EventHandler.pid\n"
                + "Enable File: /ngfw/etc/sf/EventHandler.run\n"
                + "Required by: SFDataCorrelator,Pruner\n\n", sh.out());
    }

    @Test
    void psForms() {
        sh.run("ps aux | grep connector");
        // in pid order, as ps lists them: the session's grep may come first
        List<String> lines = sh.out().lines().sorted((a, b) -> Boolean.compare(a.endsWith("grep connector"), b.endsWith("grep connector"))).toList();
        assertEquals(2, lines.size(), sh.out());
        assertTrue(lines.get(0).startsWith("www      13277 ") && lines.get(0).endsWith(" Apr07  12:31 /ngfw/usr/local/sf/bin/connector")
                || lines.get(0).matches("www      13277 .* Sl   Apr07 +\\d+:\\d\\d /ngfw/usr/local/sf/bin/connector"), lines.get(0));
        assertTrue(lines.get(1).matches("(admin|root) +\\d+  0\\.0  0\\.0 .* pts/0    S\\+ .* grep connector"), "the grep itself: " + lines.get(1));
        sh.run("ps -ef | head -2");
        assertEquals("UID        PID  PPID  C STIME TTY          TIME CMD\n"
                + "root         1     0  0 Apr07 ?        00:00:03 /sbin/init\n", sh.out());
        assertEquals("USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n",
                sh.run("ps aux | head -1").out());
    }
}
