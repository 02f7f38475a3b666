package io.fpsh.shell.serve;

import io.fpsh.testkind.Sshd;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code fpsh serve --shared}: one device for every session; {@code exit} ends one session, not the device. */
@Sshd
class ServeSharedTest {
    @TempDir
    static Path folder;
    private static FtdSshServer server;
    private static OpenSsh ssh;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(OpenSsh.installed("ssh") && OpenSsh.installed("sshpass"), "needs openssh-client and sshpass");
        server = FtdSshServer.start(new ServeSettings("lab:ftd01-dns", "127.0.0.1", 0, null, true,
                folder.resolve("home")));
        ssh = new OpenSsh(server.port(), folder);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aChangeMadeInOneSessionIsSeenInTheNextAndExitClosesOnlyItsSession() throws Exception {
        OpenSsh.Result change = ssh.execWithPassword("admin", "Admin123", "configure network hostname shared01; exit");
        assertEquals(0, change.status(), change.stderr());
        OpenSsh.Result next = ssh.execWithPassword("admin", "Admin123", "show network");
        assertEquals(0, next.status(), next.stderr());
        assertTrue(next.stdout().contains("Hostname                  : shared01\n"), next.stdout());
    }
}
