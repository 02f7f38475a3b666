package io.fpsh.shell.serve;

import io.fpsh.sim.FastLab;
import io.fpsh.testkind.Sshd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code :run} in the shells {@code fpsh serve} gives, through the real OpenSSH client: a shipped playbook runs on
 * the served lab, {@code --fix} included; a user's Groovy file is refused in one line, never read nor run there.
 */
@Sshd
class ServeRunTest {
    @TempDir
    static Path folder;
    private static FtdSshServer server;
    private static OpenSsh ssh;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(OpenSsh.installed("ssh") && OpenSsh.installed("sshpass"),
                "needs openssh-client and sshpass (apt-get install -y openssh-client sshpass)");
        Path lab = FastLab.write(folder, "ftd01-dns");
        server = FtdSshServer.start(new ServeSettings("lab:" + lab, "127.0.0.1", 0, null, false, folder.resolve("home")));
        ssh = new OpenSsh(server.port(), folder);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aShippedPlaybookRunsOnTheServedLab() throws Exception {
        OpenSsh.Result result = ssh.execWithPassword("admin", "Admin123", ":run dns --fix --yes --param site-dns=192.0.2.11");
        assertTrue(result.stdout().contains("PASS        DNS servers are configured (configured: 192.0.2.10)"), result.stdout());
        assertTrue(result.stdout().contains("DNS-SERVER-DEAD"), result.stdout());
        assertEquals("", result.stderr());
    }

    @Test
    void aUsersGroovyFileIsRefusedAndNeverRead() throws Exception {
        Path file = Files.writeString(folder.resolve("mine.groovy"), "System.exit(1)\n");
        OpenSsh.Result result = ssh.execWithPassword("admin", "Admin123", ":run " + file + "; show version");
        assertEquals("fpsh: :run FILE is not available in a served shell: only the shipped playbooks (:run lists them)\n",
                result.stderr());
        assertTrue(result.stdout().contains("Cisco Firepower Threat Defense"), "the session goes on: " + result.stdout());
        assertFalse(result.stdout().contains("PASS"), result.stdout());
    }

    @Test
    void theServedHelpAndRunAloneListWhatRuns() throws Exception {
        OpenSsh.Result result = ssh.execWithPassword("admin", "Admin123", ":help; :run");
        assertTrue(result.stdout().contains(":run [PLAYBOOK] [--fix [--yes]]"), result.stdout());
        assertTrue(result.stdout().lines().anyMatch(line -> line.matches("dns +DNS: .*")), result.stdout());
    }
}
