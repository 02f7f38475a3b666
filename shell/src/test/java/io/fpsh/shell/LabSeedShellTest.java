package io.fpsh.shell;

import io.fpsh.lab.LabFile;
import io.fpsh.lab.LabVariables;
import io.fpsh.shell.FpshProcess.Result;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.testkind.ExtraJvm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --seed N}: the shell (piped, {@code -c}, {@code :target lab:NAME?seed=N}) on the lab drawn from the seed, and
 * {@code fpsh lab show|test} with seeds; the values expected are the lab's own draw, read through the loader.
 */
@ExtraJvm
class LabSeedShellTest {
    private static Path home;
    private static Map<String, String> seven;

    @BeforeAll
    static void setUp() throws Exception {
        home = FpshProcess.tempHome();
        seven = LabVariables.values(LabDevices.read("ftd01-dns?seed=7"));
        assertNotEquals("192.0.2.11", seven.get("goodDns"), "seed 7 must move the good server for these tests");
    }

    @Test
    void pipedTheShellIsOnTheDrawnLabAndLabTellsItsDrawnStoryAndSeed() throws Exception {
        Result run = FpshProcess.runOnLab(home, "show network\n:lab\n", "--lab", "ftd01-dns", "--seed", "7");
        assertEquals("", run.err());
        assertEquals(0, run.exitStatus());
        assertTrue(run.out().contains("DNS Servers               : " + seven.get("deadDns") + "\n"), run.out());
        assertTrue(run.out().contains("The site runs two DNS servers, " + seven.get("namedFirst") + " and "
                + seven.get("namedSecond") + ".\n"), run.out());
        assertTrue(run.out().contains("Seed: 7 (this lab's variables are drawn from it).\n"), run.out());
        assertFalse(run.out().contains("goodDns"), "never the values by name: " + run.out());
    }

    @Test
    void withDashCTheDrawnFixMeetsTheObjectivesAndTheDefaultsFixDoesNot() throws Exception {
        Result fixed = FpshProcess.runOnLab(home, "", "--seed", "7", "-c",
                "configure network dns servers " + seven.get("goodDns") + "; :lab check");
        assertTrue(fixed.out().endsWith("All objectives met.\n"), fixed.out() + fixed.err());
        assertEquals(0, fixed.exitStatus());
        Result asWritten = FpshProcess.runOnLab(home, "", "--seed", "7", "-c",
                "configure network dns servers 192.0.2.11; :lab check");
        assertTrue(asWritten.out().endsWith("5 of 5 objectives not met.\n"), "another student's answer: " + asWritten.out());
        assertEquals(1, asWritten.exitStatus());
    }

    @Test
    void targetCarriesItsSeed() throws Exception {
        Map<String, String> three = LabVariables.values(LabDevices.read("ftd01-dns?seed=3"));
        Result run = FpshProcess.runOnLab(home, ":target lab:ftd01-dns?seed=3\nshow network\n", "--lab", "ftd01-dns");
        assertTrue(run.out().contains("DNS Servers               : " + three.get("deadDns") + "\n"), run.out() + run.err());
    }

    @Test
    void aBadSeedIsOneLineAndExitTwo() {
        assertError("fpsh: --seed: not a whole number from 0 to 9223372036854775807 (got 'x')\n",
                "--lab", "ftd01-dns", "--seed", "x", "-c", "show version");
        assertError("fpsh: --seed: not a whole number from 0 to 9223372036854775807 (got '-3')\n",
                "--seed=-3", "-c", "show version");
        assertError("fpsh: --seed draws a lab's variables: it goes with --lab NAME|FILE or a lab: target (got --target"
                + " local)\n", "--target", "local", "--seed", "1", "-c", "show version");
        assertError("fpsh: two seeds given: 1 in the lab target and 2\n",
                "--lab", "ftd01-dns?seed=1", "--seed", "2", "-c", "show version");
        assertError("fpsh: ?seed=: not a whole number from 0 to 9223372036854775807 (got '')\n",
                "--lab", "ftd01-dns?seed=", "-c", "show version");
        assertError("fpsh: --seed: not a whole number from 0 to 9223372036854775807 (got '1.5')\n",
                "lab", "show", "ftd01-dns", "--seed", "1.5");
        assertError("fpsh: lab test: --seed and --seeds cannot be used together\n",
                "lab", "test", "ftd01-dns", "--seed", "1", "--seeds", "1..2");
        assertError("fpsh: --seeds: the range runs backwards (got '5..1': write 1..5)\n",
                "lab", "test", "ftd01-dns", "--seeds", "5..1");
    }

    private static void assertError(String expected, String... args) {
        Result run = FpshProcess.inProcess(args);
        assertEquals(expected, run.err());
        assertEquals(2, run.exitStatus());
        assertEquals("", run.out());
    }

    @Test
    void labShowTellsTheDrawnStoryAndItsSeed() {
        Result run = FpshProcess.inProcess("lab", "show", "ftd01-dns", "--seed", "7");
        assertEquals(0, run.exitStatus(), run.err());
        assertTrue(run.out().contains("two DNS servers, " + seven.get("namedFirst") + " and " + seven.get("namedSecond")),
                run.out());
        assertTrue(run.out().endsWith("Seed: 7 (this lab's variables are drawn from it).\n"), run.out());
        Result plain = FpshProcess.inProcess("lab", "show", "ftd01-dns");
        assertTrue(plain.out().contains("two DNS servers, 192.0.2.10 and 192.0.2.11."), plain.out());
        assertFalse(plain.out().contains("Seed:"), plain.out());
        Result noVariables = FpshProcess.inProcess("lab", "show", "ftd01-healthy", "--seed", "5");
        assertEquals(0, noVariables.exitStatus(), noVariables.err());
        assertFalse(noVariables.out().contains("Seed:"), "a lab without variables draws nothing: " + noVariables.out());
    }

    @Test
    void labTestPassesForTwentySeedsEachNamedWithWhatItDrew() throws Exception {
        Result run = FpshProcess.inProcess("lab", "test", "ftd01-dns", "--seeds", "1..20");
        assertEquals("", run.err());
        assertEquals(0, run.exitStatus(), run.out());
        for (int seed = 1; seed <= 20; seed++) {
            LabFile lab = LabDevices.read("ftd01-dns?seed=" + seed);
            Map<String, String> v = LabVariables.values(lab);
            assertTrue(run.out().contains("ftd01-dns seed " + seed + ": drew deadDns=" + v.get("deadDns") + ", goodDns="
                    + v.get("goodDns") + ", "), run.out());
            assertTrue(run.out().contains("ftd01-dns seed " + seed + ": after the solution (1 line typed): All objectives"
                    + " met.\n"), run.out());
            assertTrue(run.out().contains("ftd01-dns seed " + seed + ": passed.\n"), run.out());
        }
        assertTrue(run.out().endsWith("ftd01-dns: 20 of 20 seeds passed.\n"), run.out());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"ftd72-dns", "ftd74-dns"})
    void theSevenXDnsLabsPassTheirTestForSeveralSeeds(String name) throws Exception {
        Result run = FpshProcess.inProcess("lab", "test", name, "--seeds", "1..4");
        assertEquals("", run.err());
        assertEquals(0, run.exitStatus(), run.out());
        for (int seed = 1; seed <= 4; seed++) {
            Map<String, String> v = LabVariables.values(LabDevices.read(name + "?seed=" + seed));
            assertTrue(run.out().contains(name + " seed " + seed + ": drew deadDns=" + v.get("deadDns") + ", goodDns="
                    + v.get("goodDns") + ", "), run.out());
            assertTrue(run.out().contains(name + " seed " + seed + ": passed.\n"), run.out());
        }
        assertTrue(run.out().endsWith(name + ": 4 of 4 seeds passed.\n"), run.out());
    }

    @Test
    void labTestOverSeedsSaysWhichBrokeAndExitsOne() throws Exception {
        // a variant whose solution is the defaults' fixed address: right without a seed, wrong for most draws
        Path fixedAnswer = java.nio.file.Files.writeString(home.resolve("fixed-answer.yaml"), """
                base: ftd01-dns
                name: fixed-answer
                plants: DNS-SERVER-DEAD
                teaching:
                  solution: [configure network dns servers 192.0.2.11]
                """);
        assertEquals(0, FpshProcess.inProcess("lab", "test", fixedAnswer.toString()).exitStatus());
        Result run = FpshProcess.inProcess("lab", "test", fixedAnswer.toString(), "--seeds", "1..3");
        assertEquals(1, run.exitStatus());
        assertTrue(run.err().startsWith("fpsh lab test: fixed-answer seed "), run.err());
        assertTrue(run.out().endsWith(" of 3 seeds passed.\n") && !run.out().endsWith("3 of 3 seeds passed.\n"), run.out());
    }
}
