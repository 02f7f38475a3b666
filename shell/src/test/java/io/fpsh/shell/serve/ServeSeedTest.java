package io.fpsh.shell.serve;

import io.fpsh.lab.LabVariables;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.testkind.ExtraJvm;
import io.fpsh.testkind.Sshd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code fpsh serve --lab NAME --seed N} as a user runs it: an OpenSSH client logs in to the lab drawn from N. */
@Sshd
@ExtraJvm
class ServeSeedTest {
    @TempDir
    Path folder;

    @Test
    void theServedLabIsTheOneDrawnFromTheSeed() throws Exception {
        assumeTrue(OpenSsh.installed("ssh") && OpenSsh.installed("sshpass"), "needs openssh-client and sshpass");
        Map<String, String> drawn = LabVariables.values(LabDevices.read("ftd01-dns?seed=11"));
        Process server = FpshJvm.start(folder, "serve", "--port", "0", "--lab", "ftd01-dns", "--seed", "11");
        try {
            String started = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertTrue(String.valueOf(started).startsWith("fpsh serve: lab:ftd01-dns?seed=11 on 127.0.0.1 port "), started);
            Matcher port = Pattern.compile(" port (\\d+),").matcher(started);
            assertTrue(port.find(), started);
            OpenSsh ssh = new OpenSsh(Integer.parseInt(port.group(1)), folder);
            OpenSsh.Result result = ssh.execWithPassword("admin", "Admin123", "show network");
            assertEquals(0, result.status(), result.stderr());
            assertTrue(result.stdout().contains("DNS Servers               : " + drawn.get("deadDns")), result.stdout());
        } finally {
            server.destroy();
            assertTrue(server.waitFor(10, TimeUnit.SECONDS), "fpsh serve did not stop on SIGTERM");
        }
    }

    @Test
    void aBadSeedStopsTheServerBeforeItStarts() throws Exception {
        Process server = FpshJvm.start(folder, "serve", "--port", "0", "--seed", "many");
        assertTrue(server.waitFor(30, TimeUnit.SECONDS));
        assertEquals(2, server.exitValue());
        assertEquals("fpsh: --seed: not a whole number from 0 to 9223372036854775807 (got 'many')\n",
                java.nio.file.Files.readString(folder.resolve("stderr")));
    }
}
