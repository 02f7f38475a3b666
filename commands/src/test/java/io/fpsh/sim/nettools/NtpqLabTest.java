package io.fpsh.sim.nettools;

import io.fpsh.ftd.NtpStatus;
import io.fpsh.ftd.ShowNtpParser;
import io.fpsh.lab.LabFile;
import io.fpsh.sim.FastLab;
import io.fpsh.sim.LabClock;
import io.fpsh.sim.ScriptedIo;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ntpq -p and show ntp on the same lab tell the same story: who is used, the offsets, when, and a dead server's reach 0. */
class NtpqLabTest {
    @TempDir
    static Path dir;
    private static SimulatedFtd ftd;

    @BeforeAll
    static void open() throws Exception {
        String yaml = FastLab.completeText("ftd01-dns")
                + "\nntp:\n  - {address: 198.51.100.123, offsetMicros: -250, lastUpdateSeconds: 12}\n"
                + "  - {address: 198.51.100.125, status: Available, offsetMicros: 1830, lastUpdateSeconds: 100}\n"
                + "  - {address: 198.51.100.124, status: Not Reachable}\n";
        Path file = dir.resolve("ftd01-ntp.yaml");
        Files.writeString(file, yaml);
        LabFile lab = LabDevices.read(file.toString());
        ftd = new SimulatedFtd(lab, new LabClock(lab.clock().start(), true));
    }

    @AfterAll
    static void close() {
        ftd.close();
    }

    @Test
    void ntpqAgreesWithShowNtp() {
        NtpStatus shown = ShowNtpParser.parse("> show ntp\n" + ScriptedIo.run(ftd, "show ntp", 0).stdout() + ">");
        ScriptedIo.run(ftd, "expert", 0);
        String table = ScriptedIo.run(ftd, "ntpq -p", 0).stdout();
        ScriptedIo.run(ftd, "exit", 0);
        List<String> lines = table.lines().toList();
        assertEquals(NtpPeersText.HEADER, lines.get(0) + "\n" + lines.get(1) + "\n");
        assertEquals(shown.servers().size() + 2, lines.size(), table);
        for (int i = 0; i < shown.servers().size(); i++) {
            NtpStatus.Server server = shown.servers().get(i);
            String row = lines.get(i + 2);
            assertEquals(78, row.length(), "the header's width: " + row);
            String[] f = row.substring(1).trim().split("\\s+");
            assertEquals(server.address(), f[0]);
            char tally = row.charAt(0);
            switch (server.status()) {
                case "Being Used" -> assertEquals('*', tally, row);
                case "Available" -> assertEquals('+', tally, row);
                default -> assertEquals(' ', tally, row);
            }
            if (tally == ' ') {
                assertEquals("0", f[6], "a dead server's reach: " + row);
                assertEquals("-", f[4], row);
            } else {
                assertEquals("377", f[6], row);
                assertEquals(String.valueOf(server.lastUpdateSeconds()), f[4], "when = Last Update: " + row);
                assertEquals(String.format(Locale.ROOT, "%.3f", server.offsetMillis()), f[8], "offset: " + row);
                assertTrue(Integer.parseInt(f[5]) >= server.lastUpdateSeconds(), "poll covers when: " + row);
            }
        }
    }

    @Test
    void withoutNtpServersTheManagerIsThePeerAndOtherQueriesAreRefused() throws Exception {
        try (SimulatedFtd plain = new SimulatedFtd(LabDevices.read("ftd01-dns"))) {
            ScriptedIo.run(plain, "expert", 0);
            String table = ScriptedIo.run(plain, "ntpq -pn", 0).stdout();
            assertTrue(table.lines().skip(2).findFirst().orElseThrow().startsWith("*192.0.2.5 "), table);
            assertEquals("ntpq: the interactive ntpq> prompt is not simulated here; use ntpq -p\n",
                    ScriptedIo.run(plain, "ntpq", 1).stderr());
        }
    }
}
