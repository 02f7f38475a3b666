package io.fpsh.sim;

import io.fpsh.sim.run.SimulatedFtd;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.device.Mode;
import io.fpsh.drive.CapturingIo;
import io.fpsh.lab.LabFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** sudo, su and root's shells in the expert shell, held to what sudo 1.9.13 and util-linux su print here. */
class SudoSimulationTest {
    private static final String PASSWORD = "Admin123";

    @RegisterExtension
    final DefaultLabSession lab = new DefaultLabSession();
    private final SimulatedFtd ftd = lab.ftd();

    @Test
    void sudoRunsItsCommandAsRootAndThePipelinesOtherStagesAsTheCaller() {
        lab.run("expert", 0);
        assertEquals("root\n", lab.run("sudo whoami", 0, PASSWORD).stdout());
        CapturingIo lsof = lab.run("sudo lsof -i | grep conn", 0);
        assertTrue(lsof.stdout().contains("connector") && lsof.stdout().contains("localhost:8989 (LISTEN)"), lsof.stdout());
        CapturingIo netstat = lab.run("sudo netstat -anlp | grep EventHandler_SSEConnector.sock", 0);
        assertEquals("", netstat.stderr(), "root's netstat gives no warning");
        assertTrue(netstat.stdout().contains("/EventHandler"), "root sees the programs: " + netstat.stdout());
        assertEquals("admin\n", lab.run("sudo whoami | (whoami >&2; cat)", 0).stderr(), "the other stage is admin's");
        assertEquals("/root root\n", lab.run("sudo sh -c 'echo $HOME $USER'", 0).stdout());
        assertEquals(Mode.EXPERT, ftd.mode());
    }

    @Test
    void sudoUAsksForAKnownUser() {
        lab.run("expert", 0);
        assertEquals("admin\n", lab.run("sudo -u admin whoami", 0, PASSWORD).stdout());
        CapturingIo unknown = lab.run("sudo -u nosuch whoami", 1);
        assertEquals("sudo: unknown user nosuch\n", unknown.stderr());
        assertEquals("", unknown.stdout());
    }

    @Test
    void sudoNRefusesWithoutATicketInsteadOfAsking() {
        lab.run("expert", 0);
        CapturingIo refused = lab.run("sudo -n whoami", 1, PASSWORD);
        assertEquals("sudo: a password is required\n", refused.stderr());
        assertEquals(List.of(), refused.questions(), "nothing asked");
        assertEquals("", refused.stdout(), "nothing run");
        lab.run("sudo -v", 0, PASSWORD);
        assertEquals("root\n", lab.run("sudo -n whoami", 0).stdout(), "the ticket answers for -n");
        lab.run("sudo -k", 0);
        assertEquals("sudo: a password is required\n", lab.run("sudo -n true", 1).stderr(), "-k dropped the ticket");
    }

    @Test
    void sudoLListsTheRightsAndFindsCommands() {
        lab.run("expert", 0);
        assertEquals("""
                Matching Defaults entries for admin on ftd01:
                    env_reset

                User admin may run the following commands on ftd01:
                    (ALL) ALL
                """, lab.run("sudo -l", 0, PASSWORD).stdout());
        assertEquals("/usr/bin/whoami\n", lab.run("sudo -l whoami", 0).stdout());
        CapturingIo cd = lab.run("sudo cd /tmp", 1);
        assertEquals("""
                sudo: cd: command not found
                sudo: "cd" is a shell built-in command, it cannot be run directly.
                sudo: the -s option may be used to run a privileged shell.
                sudo: the -D option may be used to run a command in a specific directory.
                """, cd.stderr());
        assertEquals("sudo: nosuch: command not found\n", lab.run("sudo nosuch", 1).stderr());
        assertTrue(lab.run("sudo", 1).stderr().startsWith("usage: sudo -h | -K | -k | -V\nusage: sudo -v"));
        assertTrue(lab.run("sudo -x", 1).stderr().startsWith("sudo: invalid option -- 'x'\nusage: sudo -h"));
    }

    @Test
    void rootShellsOpenWhereSudoAndBashPutThemAndExitComesBack() {
        lab.run("expert", 0);
        lab.run("cd /tmp", 0);
        lab.run("sudo -i", 0, PASSWORD);
        assertEquals("root@ftd01:~# ", ftd.prompt());
        assertEquals("/root\n", lab.run("pwd", 0).stdout());
        assertEquals("logout\n", lab.run("exit", 0).stdout());
        assertEquals("admin@ftd01:/tmp$ ", ftd.prompt(), "the caller's shell never moved");
        lab.run("sudo bash", 0);
        assertEquals("root@ftd01:/tmp# ", ftd.prompt());
        assertEquals("exit\n", lab.run("exit", 0).stdout());
        lab.run("sudo -s", 0);
        assertEquals("root@ftd01:/tmp# ", ftd.prompt());
        lab.run("exit", 0);
        CapturingIo su = lab.run("sudo su - -c 'whoami; pwd; cd /etc'", 0);
        assertEquals("root\n/root\n", su.stdout());
        assertEquals("admin@ftd01:/tmp$ ", ftd.prompt(), "su -c opened no shell");
    }

    @Test
    void aRootShellOpenedInsideRootsComesBackToItOnExit() {
        lab.run("expert", 0);
        lab.run("A=admins", 0);
        lab.run("sudo su -", 0, PASSWORD);
        lab.run("cd /etc; R=roots", 0);
        String rootPid = lab.run("echo $$", 0).stdout();
        lab.run("sudo -i", 0);
        assertEquals("root@ftd01:~# ", ftd.prompt());
        assertEquals("R=\n", lab.run("echo R=$R", 0).stdout(), "a new bash: none of the outer root shell's variables");
        assertEquals("logout\n", lab.run("exit", 0).stdout());
        assertEquals("root@ftd01:/etc# ", ftd.prompt(), "back in the outer root shell, where it was");
        assertEquals(rootPid, lab.run("echo $$", 0).stdout());
        assertEquals("root R=roots\n", lab.run("echo $(whoami) R=$R", 0).stdout());
        lab.run("exit", 0);
        assertEquals("admin@ftd01:~$ ", ftd.prompt());
        assertEquals("admin A=admins R=\n", lab.run("echo $(whoami) A=$A R=$R", 0).stdout());
    }

    @Test
    void aChildShellInheritsTheExportedVariablesUnlessSudoOrALoginResetsThem() {
        lab.run("expert", 0);
        lab.run("export A=1; B=2", 0);
        assertEquals("A=1 B=\n", lab.run("bash -c 'echo A=$A B=$B'", 0).stdout(), "as bash 5.2 here");
        assertEquals("A=1\n", lab.run("sh -c 'echo A=$A'", 0).stdout());
        assertEquals("A=\n", lab.run("sudo bash -c 'echo A=$A'", 0, PASSWORD).stdout(), "sudo's env_reset");
        assertEquals("A=\n", lab.run("sudo -i bash -c 'echo A=$A'", 0).stdout());
        lab.run("sudo su -", 0);
        lab.run("export R=9", 0);
        assertEquals("R=9\n", lab.run("su -c 'echo R=$R'", 0).stdout(), "su keeps the environment");
        assertEquals("R=\n", lab.run("su - -c 'echo R=$R'", 0).stdout(), "su - starts a fresh one");
    }

    @Test
    void sudoIAndSHandTheCommandToTheShellWithOnlyItsDollarsLeftUnescaped() {
        lab.run("expert", 0);
        // sudo 1.9.13 here: a backslash before every character but letters, digits, '_', '-' and '$'
        assertEquals("/root x*y a b\n", lab.run("sudo -i echo '$HOME x*y' \"a b\"", 0, PASSWORD).stdout());
        assertEquals("A= /root\n", lab.run("export A=1; sudo -s echo 'A=$A $HOME'", 0).stdout());
        assertEquals("$(whoami) it's\n", lab.run("sudo -s echo '$(whoami)' \"it's\"", 0).stdout());
    }

    @Test
    void theDOptionSudoSuggestsForCdIsAnOptionThatTheDefaultRulesRefuse() {
        lab.run("expert", 0);
        // sudo 1.9.13 here, as root with Debian's sudoers (no runcwd): -D is known, and refused
        CapturingIo chdir = lab.run("sudo -D /etc pwd", 1, PASSWORD);
        assertEquals("sudo: you are not permitted to use the -D option with /bin/pwd\n",
                chdir.stderr().replace(SudoAuthentication.LECTURE, ""));
        assertEquals("", chdir.stdout());
        assertEquals("sudo: you are not permitted to use the -D option with /bin/pwd\n",
                lab.run("sudo --chdir=/etc pwd", 1).stderr());
        assertEquals("root\n", lab.run("sudo -g root whoami", 0).stdout(), "-g GROUP runs the command");
    }

    @Test
    void bashTakesItsOptionsClusteredAsGetoptDoes() {
        lab.run("expert", 0);
        assertEquals("admin\n", lab.run("bash -lc whoami", 0).stdout(), "as bash 5.2 here");
        assertEquals("root\n", lab.run("sudo sh -cl whoami", 0, PASSWORD).stdout());
        assertEquals("bash: -c: option requires an argument\n", lab.run("bash -lc", 2).stderr());
    }

    @Test
    void suAsAdminAsksRootsPasswordAndFails() {
        lab.run("expert", 0);
        CapturingIo su = lab.run("su -", 1, PASSWORD);
        assertEquals(List.of("Password: "), su.questions());
        assertEquals("su: Authentication failure\n", su.stderr());
        assertEquals(Mode.EXPERT, ftd.mode());
    }

    @Test
    void theEndOfInputAtThePasswordQuestionCountsTheFailuresBeforeIt() {
        lab.run("expert", 0);
        assertEquals("sudo: a password is required\n", lab.run("sudo whoami", 1).stderr().replace(SudoAuthentication.LECTURE, ""));
        assertEquals("Sorry, try again.\nsudo: 1 incorrect password attempt\n", lab.run("sudo whoami", 1, "nope").stderr());
    }

    @Test
    void nothingToAnswerWithGivesSudosRefusalForWantOfATerminal() {
        lab.run("expert", 0);
        CapturingIo noTerminal = CapturingIo.answering(PASSWORD).withoutTerminal();
        assertEquals(1, ftd.run("sudo whoami", noTerminal));
        assertEquals("sudo: a terminal is required to read the password; either use the -S option to read from standard"
                + " input or configure an askpass helper\nsudo: a password is required\n", noTerminal.stderr());
        assertEquals(List.of(), noTerminal.questions());
    }

    @Test
    void aWrongPasswordCostsTwoSecondsOfLabTime() throws Exception {
        LabFile file = LabDevices.read("ftd01-dns");
        AtomicLong nanos = new AtomicLong();
        LabClock clock = new LabClock(file.clock().start(), false, nanos::get, d -> nanos.addAndGet(d.toNanos()));
        try (SimulatedFtd device = new SimulatedFtd(file, clock)) {
            device.run("expert", new CapturingIo());
            CapturingIo once = CapturingIo.answering("nope", PASSWORD);
            assertEquals(0, device.run("sudo true", once));
            assertTrue(once.stderr().endsWith("Sorry, try again.\n"), once.stderr());
            assertEquals(Duration.ofSeconds(2), Duration.ofNanos(nanos.get()));
            device.run("sudo -k", CapturingIo.answering());
            CapturingIo thrice = CapturingIo.answering("a", "b", "c");
            assertEquals(1, device.run("sudo true", thrice));
            assertEquals("Sorry, try again.\nSorry, try again.\nsudo: 3 incorrect password attempts\n", thrice.stderr());
            assertEquals(Duration.ofSeconds(8), Duration.ofNanos(nanos.get()), "a pause before each answer's verdict");
        }
        assertFalse(clock.pinned());
    }
}
