package io.fpsh.shell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fpsh.shell.serve.FtdSshServer;
import io.fpsh.shell.serve.ServeSettings;
import io.fpsh.ssh.SshFtd;
import io.fpsh.ssh.SshOptions;
import io.fpsh.ssh.UnknownHostKeys;
import io.fpsh.testkind.ExtraJvm;
import io.fpsh.testkind.Sshd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code fpsh probe -J}: a real OpenSSH sshd on loopback as the jump host (key login, its TCP forwarding), and
 * {@code fpsh serve} as the FTD behind it, reached through a direct-tcpip channel opened on the jump host.
 */
@ExtraJvm
@Sshd
class ProbeJumpHostTest {
    private static final Map<String, String> PASSWORD = Map.of("FPSH_PROBE_TEST_PASSWORD", "Admin123");

    @TempDir
    static Path folder;
    private static OpenSshServer jumpHost;
    private static FtdSshServer ftd;
    private static Path knownHosts;
    private static Path config;
    private static int closedPort;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(OpenSshServer.installed(), "no /usr/sbin/sshd and openssh-server could not be installed");
        Path jumpFolder = Files.createDirectories(folder.resolve("jump"));
        Path script = jumpFolder.resolve("nothing.sh");
        Files.writeString(script, "exit 0\n");
        jumpHost = OpenSshServer.start(jumpFolder, script);
        ftd = FtdSshServer.start(new ServeSettings("lab:ftd01-dns", "127.0.0.1", 0, null, false, folder.resolve("serve")));
        knownHosts = folder.resolve("known_hosts");
        String[] jumpKey = Files.readString(jumpFolder.resolve("host_ed25519.pub")).strip().split("\\s+");
        Files.writeString(knownHosts, "[127.0.0.1]:" + jumpHost.port() + " " + jumpKey[0] + " " + jumpKey[1] + "\n");
        // the served FTD's key, saved by a first straight connection
        SshFtd.connect(SshOptions.of("127.0.0.1", ftd.port(), "admin", prompt -> "Admin123".toCharArray(), knownHosts)
                .withUnknownHostKeys(UnknownHostKeys.ACCEPT_AND_SAVE)).close();
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        config = folder.resolve("ssh_config");
        Files.writeString(config, "Host jump\n  HostName 127.0.0.1\n  Port " + jumpHost.port() + "\n  User "
                + System.getProperty("user.name") + "\n  IdentityFile " + jumpHost.clientKey() + "\n"
                + "Host fw1\n  HostName 127.0.0.1\n  Port " + ftd.port() + "\n  User admin\n  ProxyJump jump\n"
                + "Host fw-dead-jump\n  HostName 127.0.0.1\n  Port " + ftd.port() + "\n  User admin\n"
                + "  ProxyJump 127.0.0.1:" + closedPort + "\n");
    }

    @AfterAll
    static void stop() {
        if (ftd != null) {
            ftd.close();
        }
        if (jumpHost != null) {
            jumpHost.close();
        }
    }

    @Test
    void dashJReachesTheFtdThroughTheJumpHost() throws Exception {
        FpshProcess.Result result = probe("--target", "ssh://admin@127.0.0.1:" + ftd.port(), "-J", "jump");
        assertEquals(0, result.exitStatus(), result.err());
        assertEquals("", result.err());
        JsonNode document = new ObjectMapper().readTree(result.out());
        assertEquals("192.0.2.10", document.at("/record/dnsServers/0").asText(), result.out());
    }

    @Test
    void theConfigsProxyJumpIsFollowedForAHostWithoutUser() throws Exception {
        FpshProcess.Result result = probe("--target", "ssh://fw1");
        assertEquals(0, result.exitStatus(), result.err());
        assertEquals("192.0.2.10", new ObjectMapper().readTree(result.out()).at("/record/dnsServers/0").asText());
        // the same FTD behind a dead jump host: not reached, so the ProxyJump line is what the connection follows
        FpshProcess.Result dead = probe("--target", "ssh://fw-dead-jump");
        assertEquals(3, dead.exitStatus(), dead.err());
        assertEquals("fpsh: show-network: ssh: connect to host 127.0.0.1 port " + closedPort + ": Connection refused\n",
                dead.err());
    }

    @Test
    void aDeadJumpHostIsUnreachableEvenThoughTheFtdItselfAnswers() throws Exception {
        FpshProcess.Result result = probe("--target", "ssh://admin@127.0.0.1:" + ftd.port(), "-J", "127.0.0.1:" + closedPort);
        assertEquals(3, result.exitStatus(), result.err());
        assertEquals("fpsh: show-network: ssh: connect to host 127.0.0.1 port " + closedPort + ": Connection refused\n",
                result.err());
    }

    private static FpshProcess.Result probe(String... options) throws Exception {
        String[] args = new String[options.length + 9];
        String[] fixed = {"probe", "show-network", "--json", "-F", config.toString(), "--known-hosts", knownHosts.toString(),
                "--password-env", "FPSH_PROBE_TEST_PASSWORD"};
        System.arraycopy(fixed, 0, args, 0, fixed.length);
        System.arraycopy(options, 0, args, fixed.length, options.length);
        return FpshProcess.runOnLab(PASSWORD, FpshProcess.tempHome(), "", args);
    }
}
