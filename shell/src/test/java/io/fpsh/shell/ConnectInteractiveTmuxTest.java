package io.fpsh.shell;

import io.fpsh.shell.serve.FtdSshServer;
import io.fpsh.shell.serve.ServeSettings;
import io.fpsh.ssh.SshFtd;
import io.fpsh.ssh.SshOptions;
import io.fpsh.ssh.UnknownHostKeys;
import io.fpsh.testkind.ExtraJvm;
import io.fpsh.testkind.Sshd;
import io.fpsh.testkind.Tmux;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * {@code fpsh connect} on a real terminal (tmux) to {@code fpsh serve}: the key's passphrase asked with echo off,
 * then a command that changes the device asked for before it is sent.
 */
@Tmux
@Sshd
@ExtraJvm
class ConnectInteractiveTmuxTest {
    private static final String PASSPHRASE = "tmux-s3cret";

    @TempDir
    static Path folder;
    private static FtdSshServer server;
    private static Path key;
    private static Path knownHosts;

    @BeforeAll
    static void start() throws Exception {
        TmuxScreen.assumeInstalled();
        key = SshAgentProcess.newKey(folder, "id_secret", "ed25519", PASSPHRASE);
        Path users = folder.resolve("users");
        Files.writeString(users, "admin:" + SshAgentProcess.publicKey(key) + "\n");
        server = FtdSshServer.start(new ServeSettings("lab:ftd01-dns", "127.0.0.1", 0, users, false, folder.resolve("home")));
        knownHosts = folder.resolve("known_hosts");
        SshFtd.connect(new SshOptions("127.0.0.1", server.port(), "admin", List.of(key), prompt -> PASSPHRASE.toCharArray(),
                knownHosts, UnknownHostKeys.ACCEPT_AND_SAVE, Duration.ofSeconds(5), Duration.ofSeconds(20),
                Duration.ofSeconds(15), Duration.ofSeconds(30))).close();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void thePassphraseIsAskedWithEchoOffAndAChangeIsConfirmedFirst() throws Exception {
        Path home = FpshProcess.tempHome();
        try (TmuxScreen screen = TmuxScreen.start(home, FpshProcess.labEnvironment(home), FpshProcess.labCommand(home,
                "connect", "-i", key.toString(), "--known-hosts", knownHosts.toString(), "admin@127.0.0.1:" + server.port()))) {
            screen.waitFor("the passphrase question", s -> TmuxScreen.lastLine(s).equals("Enter passphrase for key '" + key + "':"));
            screen.type(PASSPHRASE);
            screen.press("Enter");
            screen.waitForClishPrompt();
            assertFalse(screen.text().contains(PASSPHRASE), "the passphrase was echoed:\n" + screen.text());

            screen.type("conf net dns servers 192.0.2.11");
            screen.press("Enter");
            screen.waitFor("the question", s -> TmuxScreen.lastLine(s).equals("This command changes the device. Send it? [y/N]:"));
            screen.type("n");
            screen.press("Enter");
            screen.waitFor("the refusal", s -> s.contains("fpsh: not sent\n") && TmuxScreen.lastLine(s).equals(">"));

            screen.type("conf net dns servers 192.0.2.11");
            screen.press("Enter");
            screen.waitFor("the question again", s -> TmuxScreen.lastLine(s).equals("This command changes the device. Send it? [y/N]: n")
                    || TmuxScreen.lastLine(s).equals("This command changes the device. Send it? [y/N]:"));
            screen.type("y");
            screen.press("Enter");
            screen.waitFor("the prompt after the change", s -> s.contains("[y/N]: y\n") && TmuxScreen.lastLine(s).equals(">"));
            screen.type("show network");
            screen.press("Enter");
            screen.waitFor("the new DNS server", s -> s.contains("DNS Servers               : 192.0.2.11"));
        }
    }
}
