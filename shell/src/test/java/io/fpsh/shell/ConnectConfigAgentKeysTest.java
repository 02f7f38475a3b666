package io.fpsh.shell;

import io.fpsh.device.Device;
import io.fpsh.target.Targets;
import io.fpsh.shell.SshFtdAgainstServeTest.Capture;
import io.fpsh.shell.serve.FtdSshServer;
import io.fpsh.shell.serve.ServeSettings;
import io.fpsh.ssh.ChangePolicy;
import io.fpsh.ssh.PasswordPrompt;
import io.fpsh.ssh.SshFtd;
import io.fpsh.ssh.UnknownHostKeys;
import io.fpsh.shell.FpshProcess.Result;
import io.fpsh.testkind.ExtraJvm;
import io.fpsh.testkind.Sshd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code fpsh connect} as ssh connects: the ssh config file ({@code -F}), keys held by a real {@code ssh-agent}
 * (ed25519 and RSA, private key files deleted once added), and passphrase-protected key files, against
 * {@code fpsh serve} in this JVM whose users file lists only those public keys.
 */
@Sshd
@ExtraJvm
class ConnectConfigAgentKeysTest {
    private static final String LAB = "lab:ftd01-dns";
    private static final String SECRET = "s3cret phrase";

    @TempDir
    static Path folder;
    private static FtdSshServer server;
    private static SshAgentProcess agent;
    private static Path config;
    private static Path plainKey;
    private static Path secretKey;
    private static int closedPort;

    @BeforeAll
    static void start() throws Exception {
        plainKey = SshAgentProcess.newKey(folder, "plain_ed25519", "ed25519", "");
        secretKey = SshAgentProcess.newKey(folder, "secret_ed25519", "ed25519", SECRET);
        Path agentEd25519 = SshAgentProcess.newKey(folder, "agent_ed25519", "ed25519", "");
        Path agentRsa = SshAgentProcess.newKey(folder, "agent_rsa", "rsa", "");
        Path users = folder.resolve("users");
        Files.writeString(users, String.join("\n",
                "admin:" + SshAgentProcess.publicKey(plainKey),
                "admin:" + SshAgentProcess.publicKey(secretKey),
                "agentuser:" + SshAgentProcess.publicKey(agentEd25519),
                "rsauser:" + SshAgentProcess.publicKey(agentRsa),
                "secretuser:" + SshAgentProcess.publicKey(secretKey), ""));
        server = FtdSshServer.start(new ServeSettings(LAB, "127.0.0.1", 0, users, false, folder.resolve("home")));
        agent = SshAgentProcess.start(folder);
        agent.add(agentEd25519, "");
        agent.add(agentRsa, "");
        // Only the agent can sign with these now.
        Files.delete(agentEd25519);
        Files.delete(agentRsa);
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        Path knownHosts = folder.resolve("known_hosts");
        config = folder.resolve("ssh_config");
        Files.writeString(config, """
                # as ~/.ssh/config would have it: specific blocks first, the first value wins
                Host fw-agent fw-rsa
                  IdentityAgent AGENT
                Host fw-agent
                  User agentuser
                Host fw-rsa
                  User rsauser
                Host fw-deadagent
                  IdentityAgent FOLDER/no-agent.sock
                  IdentityFile PLAIN
                Host fw-plain fw-deadagent
                  IdentityFile PLAIN
                Host fw-secret
                  IdentityFile SECRET
                Host fw-secret-agent
                  User secretuser
                  IdentityFile SECRET
                  IdentityAgent AGENT
                Host fw-* !fw-elsewhere
                  HostName 127.0.0.1
                  Port=PORT
                  User admin
                  UserKnownHostsFile KNOWN_HOSTS
                  IdentityAgent none
                Host *
                  HostName 127.0.0.1
                  Port CLOSED
                  IdentityAgent none
                """.replace("AGENT", agent.socket().toString()).replace("FOLDER", folder.toString())
                .replace("PLAIN", plainKey.toString()).replace("SECRET", secretKey.toString())
                .replace("KNOWN_HOSTS", knownHosts.toString()).replace("CLOSED", String.valueOf(closedPort))
                .replace("PORT", String.valueOf(server.port())));
        // Trust on first use, through the config: HostName, Port, User, IdentityFile and UserKnownHostsFile.
        new SshConnect(List.of(), null, config, ChangePolicy.ASK).open("fw-plain", UnknownHostKeys.ACCEPT_AND_SAVE, null).close();
        assertTrue(Files.readString(knownHosts).startsWith("[127.0.0.1]:" + server.port() + " ssh-ed25519 "));
    }

    @AfterAll
    static void stop() throws Exception {
        if (agent != null) {
            agent.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theConfigNamesHostPortUserKeyAndKnownHosts() {
        Result run = fpsh("connect", "-F", config.toString(), "-c", "show version", "fw-plain");
        assertEquals(0, run.exitStatus(), run.err());
        assertEquals(inProcess("show version"), run.out());
        assertEquals("", run.err());
    }

    /**
     * {@code --target ssh://HOST} reads ~/.ssh/config as {@code fpsh connect HOST} does: HostName, Port, keys, and
     * with no User there the local user, as ssh.
     */
    @Test
    void anSshTargetTakesAHostOfTheSshConfigAndTheLocalUser() throws Exception {
        Path home = folder.resolve("target-home");
        Files.createDirectories(home.resolve(".ssh"));
        Files.writeString(home.resolve(".ssh").resolve("config"), "Host fw-local\n  HostName 127.0.0.1\n  Port " + server.port()
                + "\n  IdentityFile " + plainKey + "\n  UserKnownHostsFile " + folder.resolve("known_hosts")
                + "\n  IdentityAgent none\n");
        String userHome = System.getProperty("user.home");
        String userName = System.getProperty("user.name");
        System.setProperty("user.home", home.toString());
        System.setProperty("user.name", "admin"); // the local user, who is the served lab's account here
        try {
            Result run = fpsh("--target", "ssh://fw-local", "-c", "show version");
            assertEquals(0, run.exitStatus(), run.err());
            assertEquals(inProcess("show version"), run.out());
            assertEquals("", run.err());
            Result connect = fpsh("connect", "-c", "show version", "fw-local");
            assertEquals(0, connect.exitStatus(), connect.err());
            assertEquals(run.out(), connect.out(), "fpsh connect fw-local reaches the same device");
        } finally {
            System.setProperty("user.home", userHome);
            System.setProperty("user.name", userName);
        }
    }

    @Test
    void anSshTargetWithNoUserAnywhereIsOneLine() throws Exception {
        Path home = folder.resolve("no-user-home");
        Files.createDirectories(home.resolve(".ssh"));
        Files.writeString(home.resolve(".ssh").resolve("config"), "Host fw-nouser\n  HostName 127.0.0.1\n  Port "
                + server.port() + "\n");
        String userHome = System.getProperty("user.home");
        String userName = System.getProperty("user.name");
        System.setProperty("user.home", home.toString());
        System.setProperty("user.name", "?"); // a uid without a passwd entry: no local user to fall back on
        try {
            Result run = fpsh("--target", "ssh://fw-nouser", "-c", "show version");
            assertEquals(2, run.exitStatus(), "a target that cannot be opened, as any other");
            assertEquals("fpsh: no user for fw-nouser: give USER@fw-nouser, or a User for it in "
                    + home.resolve(".ssh").resolve("config") + "\n", run.err());
            assertEquals("", run.out());
            Result connect = fpsh("connect", "-c", "show version", "fw-nouser");
            assertEquals(255, connect.exitStatus());
            assertEquals(run.err(), connect.err(), "fpsh connect says the same");
        } finally {
            System.setProperty("user.home", userHome);
            System.setProperty("user.name", userName);
        }
    }

    @Test
    void helpShowsEveryTargetForm() {
        Result help = fpsh("--help");
        assertEquals(0, help.exitStatus());
        for (String form : new String[] {"lab:NAME|FILE", "local", "ssh://[USER@]HOST[:PORT]", "Host of ~/.ssh/config"}) {
            assertTrue(help.out().contains(form), form + " missing from:\n" + help.out());
        }
    }

    @Test
    void theCommandLineWinsOverTheConfig() {
        Result otherUser = fpsh("connect", "-F", config.toString(), "-c", "show version", "nobody@fw-plain");
        assertEquals(255, otherUser.exitStatus());
        assertEquals("fpsh: nobody@127.0.0.1: Permission denied (publickey,password).\n", otherUser.err());
        Result otherPort = fpsh("connect", "-F", config.toString(), "-c", "show version", "fw-plain:" + closedPort);
        assertEquals(255, otherPort.exitStatus());
        assertEquals("fpsh: ssh: connect to host 127.0.0.1 port " + closedPort + ": Connection refused\n", otherPort.err());
    }

    @Test
    void aBracketedHostIsTheNameInsideAndAnAddressThatIsNoneIsAUsageError() {
        Result bracketed = fpsh("connect", "-F", config.toString(), "-c", "show version", "admin@[127.0.0.1]:" + closedPort);
        assertEquals(255, bracketed.exitStatus());
        assertEquals("fpsh: ssh: connect to host 127.0.0.1 port " + closedPort + ": Connection refused\n", bracketed.err());
        Result malformed = fpsh("connect", "-F", config.toString(), "-c", "show version", "admin@fw-plain:port");
        assertEquals(2, malformed.exitStatus());
        assertEquals("fpsh: 'admin@fw-plain:port': expected [user@]host[:port]\n", malformed.err());
    }

    @Test
    void aNegatedPatternLeavesTheHostToTheNextBlock() {
        Result run = fpsh("connect", "-F", config.toString(), "-c", "show version", "fw-elsewhere");
        assertEquals(255, run.exitStatus());
        assertEquals("fpsh: ssh: connect to host 127.0.0.1 port " + closedPort + ": Connection refused\n", run.err());
    }

    @Test
    void aMissingConfigFileGivenWithDashFIsOneLine() {
        Path missing = folder.resolve("no-such-config");
        Result run = fpsh("connect", "-F", missing.toString(), "-c", "show version", "fw-plain");
        assertEquals(255, run.exitStatus());
        assertEquals("fpsh: Can't open user config file " + missing + ": No such file or directory\n", run.err());
    }

    @Test
    void theAgentsEd25519KeyLogsIn() {
        Result run = fpsh("connect", "-F", config.toString(), "-c", "show version", "fw-agent");
        assertEquals(0, run.exitStatus(), run.err());
        assertEquals(inProcess("show version"), run.out());
    }

    @Test
    void theAgentsRsaKeyLogsInWithSha2Signatures() {
        Result run = fpsh("connect", "-F", config.toString(), "-c", "show version", "fw-rsa");
        assertEquals(0, run.exitStatus(), run.err());
        assertEquals(inProcess("show version"), run.out());
    }

    @Test
    void sshAuthSockFromTheEnvironmentIsUsedAndADeadOneIsNot() throws Exception {
        Path home = FpshProcess.tempHome();
        Path envConfig = folder.resolve("env_config");
        Files.writeString(envConfig, Files.readString(config).replace("Host fw-agent fw-rsa\n", "Host fw-agent fw-rsa fw-env\n")
                .replace("  IdentityAgent " + agent.socket() + "\nHost fw-agent\n", "  IdentityAgent " + agent.socket()
                        + "\nHost fw-env\n  User agentuser\n  IdentityAgent SSH_AUTH_SOCK\nHost fw-agent\n"));
        ProcessBuilder builder = new ProcessBuilder(FpshProcess.labCommand(home, "connect", "-F", envConfig.toString(),
                "-c", "show version", "fw-env"));
        builder.environment().putAll(FpshProcess.labEnvironment(home));
        builder.environment().put("SSH_AUTH_SOCK", agent.socket().toString());
        Process fpsh = builder.redirectErrorStream(true).start();
        String said = new String(fpsh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, fpsh.waitFor(), said);
        assertEquals(inProcess("show version"), said);

        Result dead = fpsh("connect", "-F", config.toString(), "-c", "show version", "fw-deadagent");
        assertEquals(0, dead.exitStatus(), dead.err());
        assertEquals("", dead.err(), "a dead agent socket is passed over quietly");
    }

    @Test
    void unattendedAnEncryptedKeyIsSkippedAsBatchModeDoes() {
        Result run = fpsh("connect", "-F", config.toString(), "-c", "show version", "fw-secret");
        assertEquals(255, run.exitStatus());
        assertEquals("fpsh: admin@127.0.0.1: Permission denied (publickey,password).\n", run.err());
    }

    @Test
    void interactivelyThePassphraseIsAskedUntilRight() throws Exception {
        Answers answers = new Answers("wrong", SECRET);
        try (SshFtd ftd = new SshConnect(List.of(), null, config, ChangePolicy.ASK).open("fw-secret", UnknownHostKeys.REFUSE, answers)) {
            Capture io = new Capture();
            assertEquals(0, ftd.run("show version", io));
            assertEquals(inProcess("show version"), io.text());
        }
        String question = "Enter passphrase for key '" + secretKey + "': ";
        assertEquals(List.of(question, question), answers.asked);
        assertTrue(answers.handedOut.stream().allMatch(typed -> new String(typed).chars().allMatch(c -> c == 0)),
                "the passphrases are blanked after login");
    }

    @Test
    void anEmptyPassphraseSkipsTheKeyAndThePasswordComesNext() {
        Answers answers = new Answers("");
        FpshException refused = assertThrows(FpshException.class,
                () -> new SshConnect(List.of(), null, config, ChangePolicy.ASK).open("fw-secret", UnknownHostKeys.REFUSE, answers));
        assertEquals("admin@127.0.0.1: Permission denied (publickey,password).", refused.getMessage());
        assertEquals(List.of("Enter passphrase for key '" + secretKey + "': ", "admin@127.0.0.1's password: "),
                answers.asked);
    }

    @Test
    void anEncryptedKeyTheAgentHoldsIsNotAskedFor() throws Exception {
        agent.add(secretKey, SECRET);
        Answers answers = new Answers();
        try (SshFtd ftd = new SshConnect(List.of(), null, config, ChangePolicy.ASK).open("fw-secret-agent", UnknownHostKeys.REFUSE, answers)) {
            assertTrue(ftd.isOpen());
        }
        assertEquals(List.of(), answers.asked);
    }

    private static Result fpsh(String... args) {
        return FpshProcess.inProcess(args);
    }

    private static String inProcess(String line) {
        try (Device device = Targets.open(LAB)) {
            Capture io = new Capture();
            device.run(line, io);
            return io.text();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A person at the passphrase question: the answers in order, then end of input. */
    private static final class Answers implements PasswordPrompt {
        private final List<String> answers;
        final List<String> asked = new ArrayList<>();
        final List<char[]> handedOut = new ArrayList<>();

        Answers(String... answers) {
            this.answers = new ArrayList<>(List.of(answers));
        }

        @Override
        public char[] password(String prompt) {
            asked.add(prompt);
            if (answers.isEmpty()) {
                return null;
            }
            char[] typed = answers.remove(0).toCharArray();
            handedOut.add(typed);
            return typed;
        }
    }
}
