package io.fpsh.lab;

import io.fpsh.device.Mode;
import io.fpsh.drive.CapturingIo;
import io.fpsh.grammar.Grammar;
import io.fpsh.grammar.GrammarNode;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A management center as a lab ({@code device.product: fmc}, fmc01-healthy): its clish is the grammar's [fmc]
 * section, it has no LINA or FXOS, its Firepower files sit at the FTD's paths less /ngfw, and a product the model
 * does not know is one line naming the field.
 */
class FmcLabTest {
    @TempDir
    Path dir;

    private static List<String> words(GrammarNode node) {
        return node.children().stream().filter(GrammarNode::isKeyword).map(GrammarNode::keyword).sorted().toList();
    }

    @Test
    void theFmcsClishIsItsOwnSectionAndItsShellTheFtds() {
        Grammar fmc = Grammar.ftd(Grammar.fmcVersion("7.2.4"));
        Grammar ftd = Grammar.ftd("7.2.4");
        assertEquals(List.of("exit", "expert", "show"), words(fmc.root(Mode.CLISH)));
        GrammarNode show = fmc.root(Mode.CLISH).children().stream().filter(n -> "show".equals(n.keyword())).findFirst().orElseThrow();
        assertEquals(List.of("version"), words(show));
        // an FTD of the same version keeps its clish, without the FMC's section
        assertTrue(words(ftd.root(Mode.CLISH)).containsAll(List.of("configure", "sftunnel-status", "system")));
        assertEquals(words(ftd.root(Mode.EXPERT)), words(fmc.root(Mode.EXPERT)));
    }

    @Test
    void theFmcLabHasClishAndLinuxOnlyAndNoNgfw() throws Exception {
        try (SimulatedFtd fmc = new SimulatedFtd(LabDevices.read("fmc01-healthy"))) {
            assertEquals("fmc 7.2.4", fmc.softwareVersion());
            assertEquals(EnumSet.of(Mode.CLISH, Mode.EXPERT, Mode.ROOT), fmc.supportedModes());
            assertEquals(0, fmc.run("expert", CapturingIo.answering()));
            assertEquals("admin@fmc:~$ ", fmc.prompt());
            CapturingIo io = CapturingIo.answering();
            fmc.run("ls -d /etc/sf /var/log/messages /usr/local/sf/bin/pmtool /etc/ssl/connectorCA.pem"
                    + " /var/sf/run/SFDataCorrelator.pid /ngfw /etc/sf/connector.properties", io);
            assertEquals("/etc/sf\n/etc/ssl/connectorCA.pem\n/usr/local/sf/bin/pmtool\n/var/log/messages\n"
                    + "/var/sf/run/SFDataCorrelator.pid\n", io.stdout());
            assertTrue(io.stderr().contains("ls: cannot access '/ngfw': No such file or directory\n"), io.stderr());
            assertTrue(io.stderr().contains("ls: cannot access '/etc/sf/connector.properties': No such file or directory\n"),
                    io.stderr());
        }
        // the same model on an FTD keeps /ngfw
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read("ftd72-healthy"))) {
            assertFalse(ftd.softwareVersion().startsWith("fmc"));
            ftd.run("expert", CapturingIo.answering());
            CapturingIo io = CapturingIo.answering();
            assertEquals(0, ftd.run("ls -d /ngfw/etc/sf/connector.properties /ngfw/var/log/messages", io), io.stderr());
        }
    }

    @Test
    void aProductTheModelDoesNotKnowIsOneLine() throws Exception {
        String error = BrokenLab.errorWith(dir, "fmc01-healthy", "product: fmc", "product: fcm");
        assertTrue(error.matches(":\\d+: field 'device.product': must be fmc \\(a management center\\) or absent \\(an FTD\\)"
                + " \\(got 'fcm'\\)"), error);
    }
}
