package io.fpsh.sim;

import io.fpsh.sim.run.SimulatedFtd;
import io.fpsh.device.Mode;
import io.fpsh.drive.CapturingIo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClishSimulationTest {
    @RegisterExtension
    final DefaultLabSession lab = new DefaultLabSession();
    private final SimulatedFtd ftd = lab.ftd();

    @Test
    void showNetworkIsTheGuidesLayoutWithTheLabsAddresses() {
        assertEquals("""
                ===============[ System Information ]===============
                Hostname                  : ftd01
                DNS Servers               : 192.0.2.10
                Management port           : 8305
                IPv4 Default route
                Gateway                   : 192.0.2.1

                ======================[ eth0 ]======================
                State                     : Enabled
                Link                      : Up
                Channels                  : Management & Events
                Mode                      : Non-Autonegotiation
                MDI/MDIX                  : Auto/MDIX
                MTU                       : 1500
                MAC Address               : 00:50:56:B3:9D:A5
                ----------------------[ IPv4 ]----------------------
                Configuration             : Manual
                Address                   : 192.0.2.27
                Netmask                   : 255.255.255.0
                Broadcast                 : 192.0.2.255
                ----------------------[ IPv6 ]----------------------
                Configuration             : Disabled

                ===============[ Proxy Information ]================
                State                     : Disabled
                Authentication            : Disabled
                """, lab.run("show network", 0).stdout());
    }

    @Test
    void configuringDnsChangesShowNetwork() {
        lab.run("configure network dns servers 192.0.2.11,192.0.2.12", 0);
        assertTrue(lab.run("sh netw", 1).stdout().startsWith("network               network-dhcp-server"));
        String shown = lab.run("show network", 0).stdout();
        assertTrue(shown.contains("DNS Servers               : 192.0.2.11\n                            192.0.2.12\n"), shown);
        lab.run("configure network dns 192.0.2.11", 0);
        assertTrue(lab.run("show network", 0).stdout()
                .contains("DNS Servers               : 192.0.2.11\nManagement port"));
    }

    @Test
    void showVersionHasTheFtdHeaderAndFields() {
        assertEquals("""
                ---------------------[ ftd01 ]----------------------
                Model                     : Cisco Firepower Threat Defense for VMWare (75) Version 6.5.0 (Build 115)
                UUID                      : 9d4b06f4-f4d2-11e9-8c86-eb98e807d9d8
                Rules update version      : 2019-08-12-001-vrt
                VDB version               : 309
                ----------------------------------------------------
                """, lab.run("sh ver", 0).stdout());
    }

    @Test
    void errorsAreTheClishsOwnAndSetStatusOne() {
        assertEquals("Syntax error: Illegal command line\n",
                lab.run("curl -v -k https://api-sse.cisco.com", 1).stderr());
        assertEquals("Syntax error: The command is not completed\n", lab.run("show", 1).stderr());
        assertEquals("", lab.run("   ", 0).stdout());
    }

    @Test
    void hostnameAndIpv4ChangesShowInPromptsAndViews() {
        lab.run("configure network hostname ftd02", 0);
        assertEquals("Setting IPv4 network configuration.\nNetwork settings changed.\n\n",
                lab.run("configure network ipv4 manual 192.0.2.28 255.255.255.0 192.0.2.1", 0).stdout());
        String shown = lab.run("show network", 0).stdout();
        assertTrue(shown.contains("Hostname                  : ftd02"));
        assertTrue(shown.contains("Address                   : 192.0.2.28"));
        lab.run("expert", 0);
        assertEquals("admin@ftd02:~$ ", ftd.prompt());
    }

    @Test
    void httpProxyDialogConfiguresTheProxy() {
        CapturingIo io = lab.run("configure network http-proxy", 0,
                "192.0.2.50", "3128", "y", "proxyuser", "s3cret", "s3cret");
        assertEquals(List.of("Enter HTTP Proxy address: ", "Enter HTTP Proxy Port: ", "Use Proxy Authentication? (y/n) [n]: ",
                "Enter Proxy Username: ", "Enter Proxy Password: ", "Confirm Proxy Password: "), io.questions());
        assertFalse(io.stdout().contains("s3cret"));
        String shown = lab.run("show network", 0).stdout();
        assertTrue(shown.contains("State                     : Enabled\nHTTP Proxy Address        : 192.0.2.50\n"), shown);
        assertTrue(shown.contains("Authentication            : Enabled"));
    }

    @Test
    void expertSudoAndExitMoveBetweenModes() {
        assertEquals("> ", ftd.prompt());
        String notice = lab.run("expert", 0).stdout();
        assertTrue(notice.startsWith("*****"));
        assertEquals(Mode.EXPERT, ftd.mode());
        assertEquals("admin@ftd01:~$ ", ftd.prompt());
        CapturingIo wrong = lab.run("sudo su -", 1, "nope", "nope", "nope");
        assertTrue(wrong.stderr().contains("We trust you have received the usual lecture"));
        assertTrue(wrong.stderr().endsWith("Sorry, try again.\nSorry, try again.\nsudo: 3 incorrect password attempts\n"));
        CapturingIo right = lab.run("sudo su -", 0, "Admin123");
        assertFalse(right.stderr().contains("lecture"), "the lecture comes once");
        assertEquals("root@ftd01:~# ", ftd.prompt());
        assertEquals("logout\n", lab.run("exit", 0).stdout());
        assertEquals("admin@ftd01:~$ ", ftd.prompt());
        assertEquals(List.of(), lab.run("sudo su", 0).questions(), "the ticket spares the password");
        assertEquals("root@ftd01:/home/admin# ", ftd.prompt());
        lab.run("exit", 0);
        assertEquals("logout\n", lab.run("exit", 0).stdout());
        assertEquals("> ", ftd.prompt());
        lab.run("exit", 0);
        assertFalse(ftd.isOpen());
    }

    @Test
    void rootsShellAfterSudoSuIsANewShellWithItsOwnPidAndVariables() {
        lab.run("expert", 0);
        lab.run("A=admin", 0);
        String adminPid = lab.run("echo $$", 0).stdout();
        lab.run("sudo su -", 0, "Admin123");
        String rootPid = lab.run("echo $$", 0).stdout();
        assertFalse(rootPid.equals(adminPid), "root's bash is another process: " + rootPid);
        assertEquals("[] 0\n", lab.run("echo \"[$A]\" $UID", 0).stdout(), "sudo su - starts with none of admin's variables");
        lab.run("A=root", 0);
        assertEquals("logout\n", lab.run("exit 7", 7).stdout());
        assertEquals("7 admin 1000\n" + adminPid, lab.run("echo $? $A $UID; echo $$", 0).stdout(),
                "back in admin's shell: its variables, and $? is root's exit status");
        lab.run("sudo su -", 0);
        assertEquals("[]\n", lab.run("echo \"[$A]\"", 0).stdout(), "a new root shell again");
    }

    @Test
    void exitInAStageOfAPipelineLeavesNoShell() {
        lab.run("expert", 0);
        assertEquals("3\n", lab.run("echo a | exit 3; echo $?", 0).stdout(), "bash runs the stage in a subshell");
        assertEquals("", lab.run("exit 5 | cat", 0).stdout());
        assertEquals(Mode.EXPERT, ftd.mode());
        assertEquals("", lab.run("(exit); (logout)", 1).stdout());
        assertEquals(Mode.EXPERT, ftd.mode(), "a subshell's exit and logout leave the session's shell alone");
    }

    @Test
    void sudoRunsItsCommandThroughTheCallersStreams() {
        lab.run("expert", 0);
        CapturingIo piped = lab.run("sudo cat /etc/hosts | grep -c ftd01", 0, "Admin123");
        assertEquals("1\n", piped.stdout(), "cat's output went into the pipe");
        assertEquals(List.of("Password:"), piped.questions());
        CapturingIo hidden = lab.run("sudo cat /nope 2>/dev/null", 1);
        assertEquals("", hidden.stdout() + hidden.stderr());
    }

    @Test
    void historyListsWhatWasTyped() {
        lab.run("show version", 0);
        lab.run("sh netw", 1);
        assertEquals("    1  show version\n    2  sh netw\n    3  history\n", lab.run("history", 0).stdout());
    }

    @Test
    void sftunnelStatusIsTheFullStatusNotTheBriefOne() {
        String full = lab.run("sftunnel-status", 0).stdout();
        String brief = lab.run("sftunnel-status-brief", 0).stdout();
        assertFalse(full.contains("Peer channel Channel-A"), "the brief form ran instead:\n" + full);
        assertTrue(full.startsWith("\nSFTUNNEL Start Time: "), full);
        assertTrue(full.contains("\teth0 (control events) 192.0.2.27,\n"), full);
        assertTrue(full.contains("**RUN STATUS****192.0.2.5*************\n"), full);
        assertTrue(full.contains("\tChannelA Connected: Yes, Interface eth0\n"), full);
        assertTrue(full.contains("\tRegistration: Completed.\n"), full);
        assertTrue(full.contains("**RPC STATUS****192.0.2.5*************\n"), full);
        assertTrue(brief.startsWith("Peer channel Channel-A is valid type (CONTROL)"), brief);
        // ctime(3): the day of month in two columns, in both forms
        String startTime = full.lines().filter(l -> l.startsWith("SFTUNNEL Start Time: ")).findFirst().orElseThrow();
        assertTrue(startTime.matches("SFTUNNEL Start Time: \\w{3} \\w{3} [ 1-3]\\d \\d\\d:\\d\\d:\\d\\d \\d{4}"), startTime);
        assertTrue(brief.contains(startTime.substring("SFTUNNEL Start Time: ".length()) + " UTC"), brief);
    }
}
