package io.fpsh.shell;

import io.fpsh.testkind.ExtraJvm;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code fpsh < script}: the transcript is what a person at a terminal would have seen, without ANSI codes. */
@ExtraJvm
class PipedTranscriptTest {

    @Test
    void printsBannerPromptsEchoedLinesAndOutputAndHidesThePassword() throws Exception {
        Path home = FpshProcess.tempHome();
        String script = String.join("\n",
                "sh ver",
                "show bogus",
                "expert",
                "sudo su -",
                "Admin123",
                "whoami",
                "exit",
                "ls /nope",
                "exit",
                ":nonsense",
                "") ;
        FpshProcess.Result result = FpshProcess.run(home, script);
        String expected = FakeDevice.BANNER
                + "> sh ver\n"
                + "-------------------[ ftd01 ]--------------------\n" + FakeDevice.VERSION
                + "> show bogus\n"
                + "Syntax error: Illegal parameter\n"
                + "> expert\n"
                + "admin@ftd01:~$ sudo su -\n"
                + "Password: \n"
                + "root@ftd01:~# whoami\n"
                + "root\n"
                + "root@ftd01:~# exit\n"
                + "admin@ftd01:~$ ls /nope\n"
                + "ls: cannot access '/nope': No such file or directory\n"
                + "admin@ftd01:~$ exit\n"
                + "> :nonsense\n"
                + "fpsh: unknown command ':nonsense' (try :help)\n"
                + "> \n";
        assertEquals(expected, result.out());
        assertEquals("", result.err());
        assertEquals(0, result.exitStatus());
        assertFalse(result.out().contains("\u001b"), "no ANSI escapes in a piped transcript");
    }

    @Test
    void rootShellsFromSudoShowTheirPromptsAndTheEndOfInputIsStillStatusZero() throws Exception {
        String script = String.join("\n", "expert", "cd /etc/sf", "sudo -i", "Admin123", "pwd", "exit", "sudo bash",
                "whoami", "");
        FpshProcess.Result result = FpshProcess.runOnLab(FpshProcess.tempHome(), script, "--lab", "ftd01-dns");
        assertTrue(result.out().contains("admin@ftd01:/etc/sf$ sudo -i\n"), result.out());
        assertTrue(result.out().contains("Password:\nroot@ftd01:~# pwd\n/root\nroot@ftd01:~# exit\nlogout\n"
                + "admin@ftd01:/etc/sf$ sudo bash\nroot@ftd01:/etc/sf# whoami\nroot\nroot@ftd01:/etc/sf# \n"), result.out());
        assertEquals(0, result.exitStatus());
    }

    @Test
    void aPipedSessionEndsWithStatusZeroAtTheEndOfItsInputWhateverItRan() throws Exception {
        // as a terminal session ended with Ctrl-D: exit 42 only left expert mode, the clish then saw the end
        FpshProcess.Result result = FpshProcess.runOnLab(FpshProcess.tempHome(), "expert\nexit 42\n", "--lab", "ftd01-dns");
        assertTrue(result.out().endsWith("admin@ftd01:~$ exit 42\nlogout\n> \n"), result.out());
        assertEquals(0, result.exitStatus());
    }

    @Test
    void exitAtTheClishEndsTheSessionWithoutAnotherPrompt() throws Exception {
        FpshProcess.Result result = FpshProcess.run(FpshProcess.tempHome(), "exit\nshow version\n");
        assertEquals(FakeDevice.BANNER + "> exit\n", result.out());
        assertEquals(0, result.exitStatus());
    }

    @Test
    void survivesLongLinesAndBinaryNoise() throws Exception {
        String noise = "x".repeat(100_000) + "\n\u0000\u0001\u001b[31m\u007f\uFFFD tail\n";
        FpshProcess.Result result = FpshProcess.run(FpshProcess.tempHome(), noise);
        assertEquals(0, result.exitStatus());
        assertEquals("", result.err());
        assertEquals(2, result.out().split("Syntax error: Illegal command line", -1).length - 1);
    }

    @Test
    void aQuestionMarkListsWhatMayComeNextAndTheLineIsNotRun() throws Exception {
        Path home = FpshProcess.tempHome();
        Path lab = io.fpsh.sim.FastLab.write(home, "ftd01-dns");
        FpshProcess.Result result = FpshProcess.runOnLab(home,
                "show ?\nconf net dns ?\nsh netw?\nsystem support diagnostic-cli\nshow ?\n", "--lab", lab.toString());
        String out = result.out();
        String clish = out.substring(out.indexOf("> show ?\n"), out.indexOf("> system support"));
        assertEquals("> show ?\n"
                + "  disk                   Display disk usage\n"
                + "  failover               Display the failover status\n"
                + "  interface              Display the interfaces' status and statistics\n"
                + "  managers               Display the managers of this device\n"
                + "  network                Display the network configuration\n"
                + "  network-dhcp-server    Display the DHCP server configuration\n"
                + "  network-static-routes  Display the static routes of the management interface\n"
                + "  ntp                    Display the NTP servers and their status\n"
                + "  running-config         Display the current running configuration\n"
                + "  tech-support           Display troubleshooting information for Cisco TAC\n"
                + "  time                   Display the system time\n"
                + "  version                Display the product version and build\n"
                + "> conf net dns ?\n"
                + "  servers             Configure DNS servers\n"
                + "  searchdomains       Configure DNS search domains\n"
                + "  <server>            DNS server address\n"
                + "> sh netw?\n"
                + "network               network-dhcp-server   network-static-routes\n", clish);
        assertTrue(out.endsWith("firepower> show ?\n  version             Display the system software version\n  interface           Interface status and configuration\nfirepower> \n"), out);
        assertFalse(out.contains("Syntax error") || out.contains("Invalid input"), out);
    }

    @Test
    void underDashCAQuestionMarkPrintsTheListingToo() throws Exception {
        Path home = FpshProcess.tempHome();
        Path lab = io.fpsh.sim.FastLab.write(home, "ftd01-dns");
        FpshProcess.Result result = FpshProcess.runOnLab(home, "", "--lab", lab.toString(), "-c", "configure network dns ?");
        assertEquals("  servers             Configure DNS servers\n"
                + "  searchdomains       Configure DNS search domains\n"
                + "  <server>            DNS server address\n", result.out());
        assertEquals("", result.err());
        assertEquals(0, result.exitStatus());
    }
}
