package io.fpsh.shell;

import io.fpsh.sim.FastLab;
import io.fpsh.testkind.ExtraJvm;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code fpsh -c} on the real default lab: outputs only, streams apart, the last command's status. */
@ExtraJvm
class ScriptModeLabTest {

    @Test
    void curlErrorsGoToStderrAndItsStatusIsFpshs() throws Exception {
        Path home = FpshProcess.tempHome();
        Path lab = FastLab.write(home, "ftd01-dns");
        FpshProcess.Result result = FpshProcess.runOnLab(home, "", "--lab", lab.toString(), "-c",
                "expert; curl -s -S https://api-sse.cisco.com");
        assertTrue(result.out().startsWith("*****") && result.out().endsWith("*****\n"), "only expert's NOTICE: " + result.out());
        assertEquals("curl: (6) Couldn't resolve host 'api-sse.cisco.com'\n", result.err());
        assertEquals(6, result.exitStatus());
    }

    @Test
    void exitLeavingExpertGivesItsStatusAsBashDashCWould() throws Exception {
        Path home = FpshProcess.tempHome();
        FpshProcess.Result result = FpshProcess.runOnLab(home, "", "--lab", "ftd01-dns", "-c", "expert; exit 42");
        assertTrue(result.out().endsWith("*****\nlogout\n"), result.out());
        assertEquals(42, result.exitStatus());
        result = FpshProcess.runOnLab(home, "", "--lab", "ftd01-dns", "-c", "expert; false; exit");
        assertEquals(1, result.exitStatus(), "a bare exit leaves with the last status");
        result = FpshProcess.runOnLab(home, "", "--lab", "ftd01-dns", "-c", "expert; exit 300");
        assertEquals(44, result.exitStatus(), "modulo 256");
        result = FpshProcess.runOnLab(home, "", "--lab", "ftd01-dns", "-c", "expert; exit 1 2; whoami");
        assertTrue(result.out().endsWith("logout\nadmin\n"), "too many arguments: the shell stays: " + result.out());
        assertEquals("-bash: exit: too many arguments\n", result.err());
    }

    @Test
    void commandSubstitutionsKeepTheirSemicolons() throws Exception {
        Path home = FpshProcess.tempHome();
        FpshProcess.Result result = FpshProcess.runOnLab(home, "", "--lab", "ftd01-dns", "-c",
                "expert; echo $(hostname; whoami) `echo $UID`; A=5; echo \"[$A]\"");
        assertTrue(result.out().endsWith("*****\nftd01 admin 1000\n[5]\n"), result.out());
        assertEquals("", result.err());
        assertEquals(0, result.exitStatus());
    }

    @Test
    void theFixShowsInTheNextCommandsOfTheSameSession() throws Exception {
        Path home = FpshProcess.tempHome();
        Path lab = FastLab.write(home, "ftd01-dns");
        FpshProcess.Result result = FpshProcess.runOnLab(home, "", "--lab", lab.toString(), "-c",
                "configure network dns servers 192.0.2.11; expert; cat /etc/resolv.conf; curl -s -k https://api-sse.cisco.com");
        // expert's own output, the NOTICE, is part of the commands' output as on the device
        assertTrue(result.out().startsWith("*****"), result.out());
        assertTrue(result.out().endsWith("**\nnameserver 192.0.2.11\noptions timeout:1 attempts:1\nForbidden"), result.out());
        assertEquals("", result.err());
        assertEquals(0, result.exitStatus());
    }

    @Test
    void afterTheFixPublicNamesResolveAndTheirAddressesAreUnreachable() throws Exception {
        Path home = FpshProcess.tempHome();
        Path lab = FastLab.write(home, "ftd01-dns");
        FpshProcess.Result result = FpshProcess.runOnLab(home, "", "--lab", lab.toString(), "-c",
                "configure network dns servers 192.0.2.11; expert; nslookup cisco.com; curl -s -S https://cisco.com");
        java.util.regex.Matcher answer = java.util.regex.Pattern.compile(
                "(?s).*\\*\\*\n(Server:\t\t192\\.0\\.2\\.11\nAddress:\t192\\.0\\.2\\.11#53\n\n"
                        + "Non-authoritative answer:\nName:\tcisco\\.com\nAddress: 203\\.0\\.113\\.\\d+\n\n)").matcher(result.out());
        assertTrue(answer.matches(), result.out());
        assertEquals("curl: (7) Failed to connect to cisco.com port 443: No route to host\n", result.err());
        assertEquals(7, result.exitStatus());
    }

    @Test
    void aClishSyntaxErrorMakesTheStatusOne() throws Exception {
        Path home = FpshProcess.tempHome();
        FpshProcess.Result result = FpshProcess.runOnLab(home, "", "-c", "show version; show bogus");
        assertTrue(result.out().contains("Model                     : Cisco Firepower Threat Defense for VMWare (75)"), result.out());
        assertEquals("Syntax error: Illegal parameter\n", result.err());
        assertEquals(1, result.exitStatus());
    }
}
