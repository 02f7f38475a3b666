package io.fpsh.shell;

import io.fpsh.shell.FpshProcess.Result;
import org.jline.reader.Candidate;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code :net} and {@code :lab actions} through the real command line ({@code fpsh -c}, in this JVM) on the shipped
 * labs: the path's rules as shown, a stand-in meeting the lesson's objectives and a wrong one not, {@code :lab reset}
 * undoing it, one-line errors, the refusal on a target that is not a lab, and completion.
 */
class NetStandInsCommandTest {

    @Test
    void netShowsThePathsRulesAndTheStandInsAddedAboveThem() {
        Result run = FpshProcess.inProcess("--lab", "ftd01-blocked-eu", "-c",
                ":net; :net allow https://API.eu.sse.itd.cisco.com/providers 443; :net allow api.eu.sse.itd.cisco.com 443; :net");
        assertEquals(0, run.exitStatus(), run.err());
        assertEquals("", run.err());
        assertEquals("""
                Firewall on the path (first match wins):
                  drops   api.eu.sse.itd.cisco.com port 443 (198.51.100.90)
                No proxy inspects TLS on the path.
                Firewall on the path: api.eu.sse.itd.cisco.com port 443 allowed from now on.
                Firewall on the path: api.eu.sse.itd.cisco.com port 443 was allowed already.
                Firewall on the path (first match wins):
                  allows  api.eu.sse.itd.cisco.com port 443   (:net allow)
                  drops   api.eu.sse.itd.cisco.com port 443 (198.51.100.90)
                No proxy inspects TLS on the path.
                """, run.out());
        Result inspected = FpshProcess.inProcess("--lab", "ftd01-tls-inspection", "-c", ":net exempt *.SSE.itd.cisco.com; :net");
        assertEquals("""
                TLS-inspecting proxy: *.sse.itd.cisco.com exempted from now on: its own chain comes through.
                Firewall on the path (first match wins):
                  lets everything through
                TLS-inspecting proxy: re-signs every HTTPS session with its own CA (C=US, O=Example Corp, CN=Example Corp TLS Inspection CA)
                  except  *.sse.itd.cisco.com   (:net exempt)
                """, inspected.out());
        Result skewed = FpshProcess.inProcess("--lab", "ftd01-clock-skew", "-c", ":net");
        assertTrue(skewed.out().contains("  drops   192.0.2.123 port 123 (NTP)\n"), skewed.out());
    }

    @Test
    void theRightStandInMeetsTheObjectivesAWrongOneDoesNotAndResetUndoesIt() {
        Result wrong = FpshProcess.inProcess("--lab", "ftd01-port-reject", "-c",
                ":net allow api-sse.cisco.com 80; :net allow api.sse.cisco.com 443; :net allow 198.51.100.67 443; :lab check");
        assertEquals(1, wrong.exitStatus(), wrong.err());
        assertTrue(wrong.out().endsWith("2 of 2 objectives not met.\n"), wrong.out());
        Result right = FpshProcess.inProcess("--lab", "ftd01-port-reject", "-c",
                ":net allow api-sse.cisco.com 443; :lab check; :lab reset; :net; :lab check");
        assertEquals(1, right.exitStatus(), right.err());
        String out = right.out();
        int reset = out.indexOf("Lab ftd01-port-reject reset");
        assertTrue(reset > 0 && out.substring(0, reset).endsWith("All objectives met.\n"), out);
        assertTrue(out.substring(reset).contains("Firewall on the path (first match wins):\n  rejects api-sse.cisco.com port 443"
                + " (198.51.100.66)\n"), "the rule is gone: " + out);
        assertTrue(out.endsWith("2 of 2 objectives not met.\n"), out);
    }

    @Test
    void badInputIsOneLineInFpshsVoice() {
        String[][] cases = {
                {":net allow", "fpsh: usage: :net [allow HOST PORT | exempt HOST]\n"},
                {":net open api-sse.cisco.com 443", "fpsh: usage: :net [allow HOST PORT | exempt HOST]\n"},
                {":net allow api_sse.cisco.com 443", "fpsh: :net allow: 'api_sse.cisco.com' is not a host name, an IPv4 address or *.DOMAIN\n"},
                {":net allow 198.51.100.300 443", "fpsh: :net allow: '198.51.100.300' is not a host name, an IPv4 address or *.DOMAIN\n"},
                {":net allow api-sse.cisco.com 65536", "fpsh: :net allow: the port must be a number from 1 to 65535 (got '65536')\n"},
                {":net allow api-sse.cisco.com https", "fpsh: :net allow: the port must be a number from 1 to 65535 (got 'https')\n"},
                {":net exempt api-sse.cisco.com", "fpsh: :net exempt: no proxy inspects TLS on this lab's path (:net shows it)\n"},
        };
        for (String[] c : cases) {
            Result run = FpshProcess.inProcess("--lab", "ftd01-port-reject", "-c", c[0]);
            assertEquals(c[1], run.err(), c[0]);
            assertEquals("", run.out(), c[0]);
        }
        Result address = FpshProcess.inProcess("--lab", "ftd01-tls-inspection", "-c", ":net exempt 198.51.100.66");
        assertEquals("fpsh: :net exempt: the proxy exempts names, not addresses (got '198.51.100.66')\n", address.err());
        Result local = FpshProcess.inProcess("--target", "local", "-c", ":net allow api-sse.cisco.com 443");
        assertEquals("fpsh: :net works on labs only (now local)\n", local.err());
    }

    @Test
    void labActionsListsEachStandInWithItsUsageOnAnyLab() {
        for (String lab : List.of("ftd01-tls-inspection", "ftd01-nxdomain")) {
            Result run = FpshProcess.inProcess("--lab", lab, "-c", ":lab actions");
            assertEquals(0, run.exitStatus(), run.err());
            List<String> lines = run.out().lines().toList();
            assertEquals("Stand-ins for the systems outside the device (they change this lab only; :lab reset undoes them):",
                    lines.get(0));
            assertTrue(lines.get(1).startsWith("  :net  "), run.out());
            assertTrue(lines.get(2).startsWith("  :net allow HOST PORT  "), run.out());
            assertTrue(lines.get(3).startsWith("  :net exempt HOST  "), run.out());
        }
        Result help = FpshProcess.inProcess("--lab", "ftd01-dns", "-c", ":help");
        assertTrue(help.out().contains("  :net [allow HOST PORT|exempt HOST]  "), help.out());
    }

    @Test
    void completionOffersNetAndItsSubcommandsInBothShells() {
        for (boolean served : List.of(false, true)) {
            List<Candidate> names = new ArrayList<>();
            OwnCommandCandidates.add(":n", served, names);
            assertEquals(List.of(":net"), names.stream().map(Candidate::value).filter(v -> v.startsWith(":n")).toList());
            List<Candidate> words = new ArrayList<>();
            OwnCommandCandidates.add(":net ", served, words);
            assertEquals(List.of("allow", "exempt"), words.stream().map(Candidate::value).toList());
            List<Candidate> lab = new ArrayList<>();
            OwnCommandCandidates.add(":lab ", served, lab);
            assertTrue(lab.stream().anyMatch(c -> c.value().equals("actions")), "served " + served);
        }
    }
}
