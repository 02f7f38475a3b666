package io.fpsh.shell.serve;

import io.fpsh.testkind.Sshd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * fpsh's own commands in the shells {@code fpsh serve} gives SSH clients, through the real OpenSSH client: only
 * {@code :help} and {@code :probe} work there; what would open a connection or read a host file is refused.
 */
@Sshd
class ServeProbeTest {
    @TempDir
    static Path folder;
    private static FtdSshServer server;
    private static OpenSsh ssh;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(OpenSsh.installed("ssh") && OpenSsh.installed("sshpass"),
                "needs openssh-client and sshpass (apt-get install -y openssh-client sshpass)");
        server = FtdSshServer.start(new ServeSettings("lab:ftd01-dns", "127.0.0.1", 0, null, false, folder.resolve("home")));
        ssh = new OpenSsh(server.port(), folder);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void probeInAnExecRequestReadsTheDeviceOfThatSession() throws Exception {
        OpenSsh.Result result = ssh.execWithPassword("admin", "Admin123",
                "configure network dns servers 192.0.2.11; :probe show-network");
        assertEquals(0, result.status(), result.stderr());
        assertTrue(result.stdout().lines().anyMatch(line -> line.matches("dnsServers +192\\.0\\.2\\.11")), result.stdout());
        assertEquals("", result.stderr());
    }

    @ParameterizedTest
    @ValueSource(strings = {":connect admin@127.0.0.1", ":target lab:ftd01-proxy", ":disconnect", ":labs", ":exit"})
    void whatWouldLeaveTheServedDeviceIsRefusedInOneLine(String line) throws Exception {
        OpenSsh.Result result = ssh.execWithPassword("admin", "Admin123", line + "; show version");
        String name = line.split(" ")[0];
        assertEquals("fpsh: " + name + " is not available in a served shell\n", result.stderr());
        assertTrue(result.stdout().contains("Cisco Firepower Threat Defense"), "the session goes on: " + result.stdout());
    }

    @Test
    void theShellWithoutATerminalOffersOnlyHelpAndProbe() throws Exception {
        OpenSsh.Result result = ssh.shellWithoutTerminal("Admin123", ":help\n:probe\n:target lab:x\n:probe show-network\nexit\n");
        assertTrue(result.stdout().contains(":probe [NAME [ARGS]]"), result.stdout());
        assertFalse(result.stdout().contains(":connect"), "the served help lists only what works: " + result.stdout());
        assertTrue(result.stdout().lines().anyMatch(line -> line.matches("(> )*show-network +show network:.*")), result.stdout());
        assertTrue(result.stdout().lines().anyMatch(line -> line.matches("dnsServers +192\\.0\\.2\\.10")), result.stdout());
        assertEquals("fpsh: :target is not available in a served shell\n", result.stderr());
    }
}
