package io.fpsh.shell;

import io.fpsh.device.Mode;
import io.fpsh.shell.SshFtdAgainstServeTest.Capture;
import io.fpsh.ssh.SshFtd;
import io.fpsh.ssh.SshOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pagers and a line the device keeps after ringing the bell, as {@link ScriptedFtdServer} plays them. */
class SshFtdPagerAndBellTest {
    @TempDir
    static Path folder;
    private static ScriptedFtdServer server;
    private static Path knownHosts;

    @BeforeAll
    static void start() throws Exception {
        server = ScriptedFtdServer.start(folder, null);
        knownHosts = folder.resolve("known_hosts");
        Files.writeString(knownHosts, server.knownHostsLine(server.port()));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static SshFtd connect() throws Exception {
        SshFtd ftd = SshFtd.connect(SshOptions.of("127.0.0.1", server.port(), "admin",
                prompt -> ScriptedFtdServer.PASSWORD.toCharArray(), knownHosts));
        ftd.setCommandDeadline(Duration.ofSeconds(20));
        return ftd;
    }

    private static String allLines() {
        return IntStream.rangeClosed(1, ScriptedFtdServer.PAGED_LINES).mapToObj(ScriptedFtdServer::pagedLine)
                .collect(Collectors.joining("\n", "", "\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cr", "backspace", "esc", "split", "ios"})
    @Timeout(30)
    void pagedOutputArrivesAsOneTextWithNoPagerLeft(String style) throws Exception {
        try (SshFtd ftd = connect()) {
            Capture io = new Capture();
            assertEquals(0, ftd.run("show paged " + style, io));
            assertEquals(allLines(), io.text(), "indented lines after a page break keep their indentation");
            assertEquals(Mode.CLISH, ftd.mode());
            assertEquals("> ", ftd.prompt());
        }
    }

    @Test
    @Timeout(30)
    void aLineKeptAfterTheBellIsClearedWithCtrlACtrlKAndIsAnError() throws Exception {
        try (SshFtd ftd = connect()) {
            Capture bell = new Capture();
            assertEquals(1, ftd.run("show bell", bell));
            assertEquals("fpsh: 127.0.0.1 rang the bell and kept 'show bell' on its line: cleared it (Ctrl-A Ctrl-K)\n",
                    bell.text());
            Capture next = new Capture();
            assertEquals(0, ftd.run("show version", next), "the device's line is empty again: " + next.text());
            assertTrue(next.text().startsWith("-------------------[ ftd01 ]"), next.text());
        }
    }

    @Test
    @Timeout(30)
    void aLineRedrawnAfterAnErrorIsClearedAndOnlyTheErrorIsShown() throws Exception {
        try (SshFtd ftd = connect()) {
            Capture kept = new Capture();
            assertEquals(1, ftd.run("show keep", kept));
            assertEquals("Syntax error: The command is not completed\n"
                    + "fpsh: 127.0.0.1 rang the bell and kept 'show keep' on its line: cleared it (Ctrl-A Ctrl-K)\n",
                    kept.text());
            Capture next = new Capture();
            assertEquals(0, ftd.run("show version", next), next.text());
        }
    }
}
