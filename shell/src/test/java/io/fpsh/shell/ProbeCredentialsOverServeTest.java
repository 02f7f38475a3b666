package io.fpsh.shell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fpsh.device.TargetException;
import io.fpsh.drive.CapturingIo;
import io.fpsh.shell.serve.ServedLab;
import io.fpsh.ssh.SshFtd;
import io.fpsh.testkind.ExtraJvm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Root probes on an SSH target, whose passwords fpsh does not know, against {@code fpsh serve} on ftd01-dns (admin's
 * password Admin123): {@code :probe} asks the person at the terminal once per session (echo off, through the front
 * end's DeviceIo) and again only for another device; {@code fpsh probe} takes {@code --password-env} for the login
 * and sudo and asks nothing.
 */
class ProbeCredentialsOverServeTest {
    private static final String PASSWORD = ServedLab.PASSWORD;

    @TempDir
    static Path folder;
    private static ServedLab server;

    @BeforeAll
    static void start() throws Exception {
        server = ServedLab.start("lab:ftd01-dns", folder);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void rootProbesAskThePasswordOnceAndAnotherDeviceAsksAgain() throws Exception {
        CapturingIo io = CapturingIo.answering(PASSWORD, PASSWORD);
        try (Session session = new Session(spec -> {
            throw new TargetException("no other target here");
        }, connect())) {
            ShellCommands.run(":probe action-queue-log", session, io);
            ShellCommands.run(":probe lsof", session, io);
            ShellCommands.run(":probe pmtool", session, io);
            String said = io.text();
            assertTrue(said.contains("curlReturnCode"), said);
            assertTrue(said.lines().anyMatch(line -> line.matches("sockets\\[\\d+]\\.tcpState +LISTEN")), said);
            assertTrue(said.contains("SSEConnector"), said);
            assertFalse(said.contains(PASSWORD), "the password is never shown: " + said);
            assertEquals(List.of("[fpsh] password for admin: "), io.questions(), "asked once: " + said);

            session.switchTo(connect());
            ShellCommands.run(":probe lsof", session, io);
            assertEquals(2, io.questions().size(), "another device, asked again: " + io.questions());
        }
    }

    private static SshFtd connect() throws TargetException {
        return server.connect();
    }

    @Test
    @ExtraJvm
    void fpshProbeLogsInAndAnswersSudoFromThePasswordEnvironment() throws Exception {
        FpshProcess.Result result = FpshProcess.runOnLab(Map.of("FPSH_TEST_FTD_PASSWORD", PASSWORD), FpshProcess.tempHome(),
                "", "probe", "action-queue-log", "--target", "ssh://admin@127.0.0.1:" + server.port(), "--known-hosts",
                server.knownHosts().toString(), "--password-env", "FPSH_TEST_FTD_PASSWORD", "--json");
        assertEquals(0, result.exitStatus(), result.err() + result.out());
        assertEquals("", result.err());
        JsonNode document = new ObjectMapper().readTree(result.out());
        assertEquals(28, document.at("/record/runs/0/curlReturnCode").asInt(), result.out());
        assertFalse(result.out().contains(PASSWORD), "the password is never shown: " + result.out());
    }
}
