package io.fpsh.shell.serve;

import io.fpsh.drive.CapturingIo;
import io.fpsh.ssh.SshFtd;
import io.fpsh.testkind.Sshd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code :lab} in the shell {@code fpsh serve} gives, reached over SSH: each login's own copy of the lab is checked,
 * fixed, reset and hinted; {@code :run --fix} is refused on a served lab whose lesson does not allow fixes.
 */
@Sshd
class ServedLabLessonTest {
    @TempDir
    static Path folder;
    private static ServedLab lesson;
    private static ServedLab noFixes;
    private static ServedLab blocked;

    @BeforeAll
    static void start() throws Exception {
        lesson = ServedLab.start("lab:ftd01-dns", Files.createDirectories(folder.resolve("lesson")));
        Path closed = Files.writeString(folder.resolve("no-fixes.yaml"),
                "base: ftd01-dns\nname: no-fixes\nplants: DNS-SERVER-DEAD\nteaching:\n  allowFix: false\n");
        noFixes = ServedLab.start("lab:" + closed, Files.createDirectories(folder.resolve("no-fixes")));
        blocked = ServedLab.start("lab:ftd01-blocked-eu", Files.createDirectories(folder.resolve("blocked")));
    }

    @AfterAll
    static void stop() {
        for (ServedLab served : new ServedLab[] {lesson, noFixes, blocked}) {
            if (served != null) {
                served.close();
            }
        }
    }

    private static String typed(SshFtd ftd, String line) {
        CapturingIo io = new CapturingIo();
        ftd.run(line, io);
        return io.text();
    }

    @Test
    void theServedShellChecksFixesResetsAndHints() throws Exception {
        try (SshFtd ftd = lesson.connect()) {
            assertTrue(typed(ftd, ":lab check").endsWith("5 of 5 objectives not met.\n"), "as planted");
            typed(ftd, "configure network dns servers 192.0.2.11");
            String fixed = typed(ftd, ":lab check");
            assertTrue(fixed.startsWith("1. api-sse.cisco.com resolves through the device's DNS servers: met\n")
                    && fixed.endsWith("All objectives met.\n"), fixed);
            assertEquals("Lab ftd01-dns reset: the device is as planted.\n", typed(ftd, ":lab reset"));
            assertTrue(typed(ftd, "show network").contains("DNS Servers               : 192.0.2.10\n"));
            assertTrue(typed(ftd, ":lab check").endsWith("5 of 5 objectives not met.\n"), "the failure is back");
            assertTrue(typed(ftd, ":lab hint").startsWith("Hint 1 of 3: "));
            assertTrue(typed(ftd, ":lab hint").startsWith("Hint 2 of 3: "), "counted per session");
            assertTrue(typed(ftd, ":help").contains(":lab [hint|check|reset|solution|actions|answer TEXT]"));
        }
        try (SshFtd another = lesson.connect()) {
            assertTrue(typed(another, ":lab hint").startsWith("Hint 1 of 3: "), "another login counts its own");
        }
    }

    @Test
    void runFixIsRefusedWhereTheLessonDoesNotAllowIt() throws Exception {
        try (SshFtd ftd = noFixes.connect()) {
            assertEquals("fpsh: this lab does not allow :run --fix (:run without --fix reads the device)\n",
                    typed(ftd, ":run dns --fix --yes"));
            assertTrue(typed(ftd, ":lab check").endsWith("5 of 5 objectives not met.\n"), "nothing was changed");
        }
    }

    /** The stand-ins work in the served shell: they change only that login's own lab, and its reset undoes them. */
    @Test
    void theStandInsChangeOnlyThisLoginsLab() throws Exception {
        try (SshFtd ftd = blocked.connect(); SshFtd another = blocked.connect()) {
            assertTrue(typed(ftd, ":lab actions").contains("\n  :net allow HOST PORT  the firewall on the path lets HOST"));
            assertTrue(typed(ftd, ":lab check").endsWith("2 of 2 objectives not met.\n"), "as planted");
            assertEquals("Firewall on the path: api.eu.sse.itd.cisco.com port 443 allowed from now on.\n",
                    typed(ftd, ":net allow api.eu.sse.itd.cisco.com 443"));
            assertTrue(typed(ftd, ":lab check").endsWith("All objectives met.\n"));
            assertTrue(typed(another, ":lab check").endsWith("2 of 2 objectives not met.\n"), "another login's lab");
            assertTrue(typed(another, ":net").contains("  drops   api.eu.sse.itd.cisco.com port 443"));
            typed(ftd, ":lab reset");
            assertTrue(typed(ftd, ":lab check").endsWith("2 of 2 objectives not met.\n"), "reset undoes the stand-in");
        }
    }
}
