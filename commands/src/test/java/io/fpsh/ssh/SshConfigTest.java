package io.fpsh.ssh;

import io.fpsh.device.TargetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ssh_config as OpenSSH reads it, and the precedence of the command line over it. */
class SshConfigTest {
    @TempDir
    Path folder;

    private Path write(String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void theFirstValueWinsForEachKeywordAndIdentityFilesAddUp() throws Exception {
        Path file = write("config", """
                # global lines apply to every host
                ConnectTimeout 7
                Host fw1 fw2
                  HostName 10.0.0.1
                  IdentityFile ~/.ssh/one
                Host fw*
                  hostname 10.9.9.9
                  Port = 2222
                  User=admin
                  IdentityFile "/keys/two with blank"
                Host *
                  User nobody
                """);
        SshConfig fw1 = SshConfig.forHost(file, "FW1");
        assertEquals("10.0.0.1", fw1.value("HostName"));
        assertEquals("2222", fw1.value("port"));
        assertEquals("admin", fw1.value("User"));
        assertEquals("7", fw1.value("ConnectTimeout"));
        assertEquals(List.of("~/.ssh/one", "/keys/two with blank"), fw1.values("IdentityFile"));
        SshConfig other = SshConfig.forHost(file, "other");
        assertEquals("nobody", other.value("User"));
        assertNull(other.value("HostName"));
    }

    @Test
    void patternsMatchWithStarQuestionMarkAndNegation() {
        assertTrue(SshConfig.matches("fw1", List.of("fw?")));
        assertFalse(SshConfig.matches("fw10", List.of("fw?")));
        assertTrue(SshConfig.matches("fw-lab.example.com", List.of("*.example.com")));
        assertFalse(SshConfig.matches("fw-lab", List.of("fw-*", "!fw-lab")), "a negated match wins");
        assertFalse(SshConfig.matches("fw-lab", List.of("!fw-lab")), "negation alone matches nothing");
        assertTrue(SshConfig.matches("fw-prod", List.of("!fw-lab", "fw-*")));
        assertFalse(SshConfig.matches("afw1", List.of("fw1")), "the whole name must match");
    }

    @Test
    void matchBlocksAreSkippedAndIncludeIsFollowed() throws Exception {
        Files.createDirectories(folder.resolve("conf.d"));
        write("conf.d/10-lab.conf", "Host lab\n  Port 2200\n");
        write("conf.d/20-other.conf", "Host lab\n  Port 9999\n  User labuser\n");
        Path file = write("config", """
                Include conf.d/*.conf
                Match host lab exec "false"
                  User matched
                Host lab
                  User late
                """);
        SshConfig lab = SshConfig.forHost(file, "lab");
        assertEquals("2200", lab.value("Port"), "included files in name order, first value wins");
        assertEquals("labuser", lab.value("User"), "the Match block's User is not taken");
    }

    @Test
    void theCommandLineWinsAndTheConfigFillsTheRest() throws Exception {
        Path key = write("id_test", "not read here");
        Path file = write("config", """
                Host fw
                  HostName 127.0.0.5
                  Port 2022
                  User admin
                  IdentityFile %d/absent-key
                  IdentityFile KEY
                  UserKnownHostsFile ~/kh
                  ConnectTimeout 3
                  IdentityAgent none
                """.replace("KEY", key.toString()));
        SshOptions fromConfig = SshTargets.options(new SshCommandLine(null, "fw", null, List.of(), null, file), null, "local");
        assertEquals("127.0.0.5", fromConfig.host());
        assertEquals(2022, fromConfig.port());
        assertEquals("admin", fromConfig.user());
        assertEquals(List.of(key), fromConfig.keyFiles(), "a config IdentityFile that is not there is passed over");
        assertEquals(Path.of(System.getProperty("user.home"), "kh"), fromConfig.knownHosts());
        assertEquals(Duration.ofSeconds(3), fromConfig.connectTimeout());
        assertNull(fromConfig.agentSocket());

        Path given = folder.resolve("given");
        SshOptions fromCommandLine = SshTargets.options(
                new SshCommandLine("root", "fw", 22, List.of(given), folder.resolve("kh2"), file), null, "local");
        assertEquals("root", fromCommandLine.user());
        assertEquals(22, fromCommandLine.port());
        assertEquals(List.of(given, key), fromCommandLine.keyFiles(), "-i keys first");
        assertEquals(folder.resolve("kh2"), fromCommandLine.knownHosts());

        SshOptions unknownHost = SshTargets.options(new SshCommandLine(null, "elsewhere", null, List.of(), null, file),
                null, "local");
        assertEquals("elsewhere", unknownHost.host());
        assertEquals("local", unknownHost.user());
    }

    @Test
    void sshTargetsReadTheUsersConfigAndMayLeaveTheUserToIt() throws Exception {
        Files.createDirectories(folder.resolve(".ssh"));
        write(".ssh/config", "Host fw1\n  HostName 127.0.0.9\n  User admin\n  Port 2201\n");
        String userHome = System.getProperty("user.home");
        System.setProperty("user.home", folder.toString());
        try {
            SshOptions alias = SshTargets.options("ssh://fw1", prompt -> null);
            assertEquals("ssh://admin@127.0.0.9:2201", alias.targetName());
            assertEquals(folder.resolve(".ssh/known_hosts"), alias.knownHosts());
            assertEquals("ssh://root@127.0.0.9", SshTargets.options("ssh://root@fw1:22", prompt -> null).targetName());
            // as ssh and fpsh connect: no User in the config, the local user
            assertEquals("ssh://" + System.getProperty("user.name") + "@fw2", SshTargets.options("ssh://fw2", prompt -> null).targetName());
        } finally {
            System.setProperty("user.home", userHome);
        }
    }

    @Test
    void withoutAUserAnywhereTheTargetIsOneLine() throws Exception {
        Files.createDirectories(folder.resolve(".ssh"));
        write(".ssh/config", "Host fw1\n  HostName 127.0.0.9\n");
        String userHome = System.getProperty("user.home");
        String userName = System.getProperty("user.name");
        System.setProperty("user.home", folder.toString());
        System.setProperty("user.name", "?"); // what Java says for a uid that has no passwd entry
        try {
            TargetException noUser = assertThrows(TargetException.class, () -> SshTargets.options("ssh://fw1", prompt -> null));
            assertEquals("no user for fw1: give USER@fw1, or a User for it in " + folder.resolve(".ssh/config"), noUser.getMessage());
            assertEquals("ssh://admin@127.0.0.9", SshTargets.options("ssh://admin@fw1", prompt -> null).targetName());
        } finally {
            System.setProperty("user.home", userHome);
            System.setProperty("user.name", userName);
        }
    }

    @Test
    void badValuesAndAMissingDashFFileAreOneLine() throws Exception {
        Path file = write("config", "Host fw\n  Port twenty-two\n");
        TargetException badPort = assertThrows(TargetException.class,
                () -> SshTargets.options(new SshCommandLine(null, "fw", null, List.of(), null, file), null, "u"));
        assertEquals(file + ": bad Port 'twenty-two'", badPort.getMessage());
        Path missing = folder.resolve("missing");
        TargetException noFile = assertThrows(TargetException.class,
                () -> SshTargets.options(new SshCommandLine(null, "fw", null, List.of(), null, missing), null, "u"));
        assertEquals("Can't open user config file " + missing + ": No such file or directory", noFile.getMessage());
    }
}
