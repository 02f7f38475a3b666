package io.fpsh.shell;

import io.fpsh.device.Mode;
import io.fpsh.device.TargetException;
import io.fpsh.shell.SshFtdAgainstServeTest.Capture;
import io.fpsh.ssh.SshFtd;
import io.fpsh.ssh.SshOptions;
import io.fpsh.ssh.UnknownHostKeys;
import io.fpsh.testkind.Sshd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@link SshFtd} against a server fpsh did not write: a real OpenSSH sshd on 127.0.0.1 whose ForceCommand is a
 * scripted fake FTD CLI. What passes here was not shaped by fpsh's own server.
 */
@Sshd
class SshFtdAgainstOpenSshTest {
    private static final String SUDO_PASSWORD = "Adm1n!ftd";

    private static Path folder;
    private static OpenSshServer sshd;
    private static Path knownHosts;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "sshd needs root to log a user in");
        assumeTrue(OpenSshServer.installed(), "no /usr/sbin/sshd and openssh-server could not be installed");
        folder = Files.createTempDirectory("fpsh-openssh");
        Path script = folder.resolve("fake-ftd-cli.sh");
        Files.writeString(script, FAKE_FTD_CLI, StandardCharsets.UTF_8);
        sshd = OpenSshServer.start(folder, script);
        knownHosts = folder.resolve("known_hosts");
    }

    @AfterAll
    static void stop() throws IOException {
        if (sshd != null) {
            sshd.close();
        }
        if (folder != null) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static SshOptions options(Path knownHostsFile) {
        return SshOptions.of("127.0.0.1", sshd.port(), System.getProperty("user.name"), prompt -> null,
                knownHostsFile).withKeyFiles(List.of(sshd.clientKey()));
    }

    /** Connects with the key saved by the host-key test (or trusted now, when that test has not run yet). */
    private static SshFtd connect() throws TargetException {
        if (!Files.exists(knownHosts)) {
            SshFtd.connect(options(knownHosts).withUnknownHostKeys(UnknownHostKeys.ACCEPT_AND_SAVE)).close();
        }
        return SshFtd.connect(options(knownHosts));
    }

    @Test
    void unknownHostKeyIsRefusedNamingItsFingerprintThenAcceptedThroughTheHook() throws Exception {
        Path fresh = folder.resolve("fresh_known_hosts");
        String fingerprint = sshd.hostKeyFingerprint();
        TargetException refused = assertThrows(TargetException.class, () -> SshFtd.connect(options(fresh)));
        assertTrue(refused.getMessage().contains(fingerprint), refused.getMessage());
        assertTrue(refused.getMessage().lines().count() == 1, refused.getMessage());

        List<String> asked = new ArrayList<>();
        UnknownHostKeys saveAfterAsking = (host, type, shown) -> {
            asked.add(host + " " + type + " " + shown);
            return UnknownHostKeys.Decision.ACCEPT_AND_SAVE;
        };
        try (SshFtd ftd = SshFtd.connect(options(fresh).withUnknownHostKeys(saveAfterAsking))) {
            assertEquals(Mode.CLISH, ftd.mode());
        }
        assertEquals(List.of("[127.0.0.1]:" + sshd.port() + " ED25519 " + fingerprint), asked);
        assertTrue(Files.readString(fresh).startsWith("[127.0.0.1]:" + sshd.port() + " ssh-ed25519 "));
        try (SshFtd again = SshFtd.connect(options(fresh))) {
            assertEquals("> ", again.prompt(), "the saved key is trusted without asking");
        }
    }

    @Test
    void aPublickeyOnlyServerIsNeverAskedForAPassword() throws Exception {
        connect().close(); // known_hosts holds the key
        List<String> asked = new ArrayList<>();
        SshOptions wrongUser = SshOptions.of("127.0.0.1", sshd.port(), "nobody-" + System.getProperty("user.name"),
                prompt -> { asked.add(prompt); return "x".toCharArray(); }, knownHosts).withKeyFiles(List.of(sshd.clientKey()));
        TargetException refused = assertThrows(TargetException.class, () -> SshFtd.connect(wrongUser));
        assertTrue(refused.getMessage().endsWith("Permission denied (publickey)."), refused.getMessage());
        assertEquals(List.of(), asked);
    }

    @Test
    void bannerAndFirstPrompt() throws Exception {
        try (SshFtd ftd = connect()) {
            assertTrue(ftd.banner().contains("Cisco Firepower Extensible Operating System (FX-OS)"), ftd.banner());
            assertEquals(Mode.CLISH, ftd.mode());
            assertEquals("> ", ftd.prompt());
        }
    }

    @Test
    void showVersionAndItsAbbreviationWhichOnlyExpansionMakesValid() throws Exception {
        try (SshFtd ftd = connect()) {
            Capture full = new Capture();
            assertEquals(0, ftd.run("show version", full));
            assertTrue(full.text().contains("Model                     : Cisco Secure Firewall Threat Defense"),
                    full.text());
            Capture abbreviated = new Capture();
            assertEquals(0, ftd.run("sh ver", abbreviated), abbreviated.text());
            assertEquals(full.text(), abbreviated.text());
        }
    }

    @Test
    void syntaxErrorIsStatusOne() throws Exception {
        try (SshFtd ftd = connect()) {
            Capture io = new Capture();
            assertEquals(1, ftd.run("show bogus", io));
            assertTrue(io.text().contains("Syntax error: Illegal command line"), io.text());
            assertEquals(Mode.CLISH, ftd.mode());
        }
    }

    @Test
    void expertThenRootThroughTheSudoPasswordDialogAndBack() throws Exception {
        try (SshFtd ftd = connect()) {
            Capture expert = new Capture();
            assertEquals(0, ftd.run("expert", expert));
            assertEquals(Mode.EXPERT, ftd.mode());
            assertEquals("admin@ftd01:~$ ", ftd.prompt());
            assertTrue(expert.text().contains("NOTICE - Shell access will be deprecated"), expert.text());

            assertEquals(1, ftd.run("false", new Capture()), "a Linux command's own status, through $?");
            assertEquals(0, ftd.run("true", new Capture()));

            Capture sudo = new Capture(SUDO_PASSWORD);
            assertEquals(0, ftd.run("sudo su -", sudo), sudo.text());
            assertEquals(1, sudo.questions().size(), sudo.questions().toString());
            assertTrue(sudo.questions().get(0).contains("Password:"), sudo.questions().toString());
            assertEquals(Mode.ROOT, ftd.mode());
            assertEquals("root@ftd01:~# ", ftd.prompt());

            assertEquals(0, ftd.run("exit", new Capture()));
            assertEquals(Mode.EXPERT, ftd.mode());
            assertEquals(0, ftd.run("exit", new Capture()));
            assertEquals(Mode.CLISH, ftd.mode());
        }
    }

    @Test
    void aPagedRunningConfigArrivesAsOneTextWithThePagerAndItsErasingGone() throws Exception {
        try (SshFtd ftd = connect()) {
            Capture io = new Capture();
            assertEquals(0, ftd.run("show running-config", io));
            StringBuilder expected = new StringBuilder();
            for (int i = 1; i <= 60; i++) {
                expected.append(i % 24 == 1 && i > 1 ? " nameif inside-" + i : "config line " + i).append('\n');
            }
            assertEquals(expected.toString(), io.text());
            assertEquals("> ", ftd.prompt());
        }
    }

    @Test
    void aLineTheClishKeptIsClearedWithCtrlACtrlKAndTheSessionGoesOn() throws Exception {
        try (SshFtd ftd = connect()) {
            Capture bell = new Capture();
            assertEquals(1, ftd.run("show bell", bell));
            assertEquals("fpsh: 127.0.0.1 rang the bell and kept 'show bell' on its line: cleared it (Ctrl-A Ctrl-K)\n",
                    bell.text());
            assertEquals(0, ftd.run("show version", new Capture()), "the clish's line is empty again");

            Capture incomplete = new Capture();
            assertEquals(1, ftd.run("configure network", incomplete));
            assertTrue(incomplete.text().startsWith("Syntax error: The command is not completed\n"), incomplete.text());
            Capture version = new Capture();
            assertEquals(0, ftd.run("show version", version));
            assertTrue(version.text().startsWith("-------------------[ ftd01 ]"), version.text());
        }
    }

    @Test
    void diagnosticCliThroughAConsoleThatReadsKeysAndDetachesOnCtrlAD() throws Exception {
        try (SshFtd ftd = connect()) {
            assertEquals(0, ftd.run("system support diagnostic-cli", new Capture()));
            assertEquals(Mode.DIAGNOSTIC, ftd.mode());
            assertEquals("firepower> ", ftd.prompt());
            Capture enable = new Capture("");
            assertEquals(0, ftd.run("enable", enable), enable.text());
            assertEquals(List.of("Password:"), enable.questions());
            assertEquals(Mode.DIAGNOSTIC_ENABLE, ftd.mode());
            Capture bogus = new Capture();
            assertEquals(1, ftd.run("show bogus", bogus));
            assertEquals(" ".repeat(16) + "^\nERROR: % Invalid input detected at '^' marker.\n", bogus.text());
            Capture detach = new Capture();
            assertEquals(0, ftd.run("^Ad", detach));
            assertEquals("Console connection detached.\n", detach.text());
            assertEquals(Mode.CLISH, ftd.mode());
            assertEquals(0, ftd.run("show version", new Capture()), "the clish reads lines with echo again");

            assertEquals(0, ftd.run("system support diagnostic-cli", new Capture()));
            assertEquals(0, ftd.run("exit", new Capture()));
            assertEquals(Mode.CLISH, ftd.mode());
        }
    }

    @Test
    void theServersProcessKilledMidOutputIsOneLineAndStatus255() throws Exception {
        try (SshFtd ftd = connect()) {
            Capture io = new Capture();
            assertEquals(255, ftd.run("show drop", io));
            List<String> lines = io.text().lines().toList();
            assertEquals(2, lines.size(), io.text());
            assertEquals("before the drop", lines.get(0));
            assertTrue(lines.get(1).equals("fpsh: 127.0.0.1 closed the connection")
                    || lines.get(1).startsWith("fpsh: lost the connection to 127.0.0.1: "), io.text());
            System.out.println("SshFtd against a killed sshd: " + lines.get(1));
        }
    }

    @Test
    void connectWithCommandsRunsThemAndGivesTheLastStatus() throws Exception {
        connect().close(); // known_hosts holds the key
        Run run = fpsh("connect", "-i", sshd.clientKey().toString(), "--known-hosts", knownHosts.toString(),
                "-c", "sh ver; show bogus", user() + "@127.0.0.1:" + sshd.port());
        assertEquals(1, run.status(), run.err() + run.out());
        assertTrue(run.out().contains("Model                     : Cisco Secure Firewall"), run.out());
        assertTrue(run.out().contains("Syntax error: Illegal command line"), run.out());
        assertEquals(0, fpsh("connect", "-i", sshd.clientKey().toString(), "--known-hosts", knownHosts.toString(),
                "-c", "show version", "127.0.0.1:" + sshd.port()).status(), "the local user by default");
    }

    @Test
    void connectWithCommandsAsksNothingAndFailsInOneLineAsSshDoes() throws Exception {
        Run unknownKey = fpsh("connect", "-i", sshd.clientKey().toString(), "--known-hosts",
                folder.resolve("empty_known_hosts").toString(), "-c", "show version", "127.0.0.1:" + sshd.port());
        assertEquals(255, unknownKey.status());
        assertEquals("", unknownKey.out());
        assertEquals(1, unknownKey.err().lines().count(), unknownKey.err());
        assertTrue(unknownKey.err().contains(sshd.hostKeyFingerprint()), unknownKey.err());

        connect().close(); // known_hosts holds the key
        Run noKey = fpsh("connect", "--known-hosts", knownHosts.toString(), "-c", "show version",
                "nobody-" + user() + "@127.0.0.1:" + sshd.port());
        assertEquals(255, noKey.status());
        assertEquals(1, noKey.err().lines().count(), noKey.err());
        assertTrue(noKey.err().contains("Permission denied"), noKey.err());
    }

    @Test
    void disconnectReturnsToTheDefaultLabAndConnectComesBackWithTheSameKeyAndKnownHosts() throws Exception {
        connect().close(); // known_hosts holds the key
        String address = user() + "@127.0.0.1:" + sshd.port();
        Run run = fpshWithInput(":disconnect\nshow version\n:connect " + address + "\nsh ver\n:disconnect\n:disconnect\n",
                "connect", "-i", sshd.clientKey().toString(), "--known-hosts", knownHosts.toString(), address);
        assertEquals(0, run.status(), run.err());
        String out = run.out(); // a piped session shows fpsh's own errors in its one stream
        int lab = out.indexOf("Cisco Firepower Threat Defense for VMware v6.5.0");
        int fake = out.indexOf("Cisco Secure Firewall Threat Defense for VMware (75)", lab);
        assertTrue(lab > 0 && fake > lab, out);
        assertTrue(out.endsWith("fpsh: not connected over SSH (now lab:ftd01-dns)\n> \n"), out);
    }

    @Test
    void connectRefusesAChangedHostKeyInOneLine() throws Exception {
        Path wrong = folder.resolve("wrong_known_hosts");
        // Another ed25519 key (the client's) listed for this host and port: the server's key has "changed".
        Files.writeString(wrong, "[127.0.0.1]:" + sshd.port() + " " + Files.readString(sshd.clientKey().resolveSibling("id_ed25519.pub")));
        Run run = fpsh("connect", "-i", sshd.clientKey().toString(), "--known-hosts", wrong.toString(),
                "-c", "show version", "127.0.0.1:" + sshd.port());
        assertEquals(255, run.status());
        assertEquals("fpsh: Host key for [127.0.0.1]:" + sshd.port()
                + " has changed and you have requested strict checking.\n", run.err());
    }

    private record Run(int status, String out, String err) {}

    private static Run fpsh(String... args) {
        return fpshWithInput("", args);
    }

    private static Run fpshWithInput(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), DeviceOpener.standard(), false);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String user() {
        return System.getProperty("user.name");
    }

    /**
     * The fake FTD: the clish knows only its exact commands (so {@code sh ver} passing proves fpsh expanded it),
     * expert and root run lines through bash's eval so {@code $?} is real.
     */
    private static final String FAKE_FTD_CLI = """
            #!/bin/bash
            mode=clish
            rc=0
            kept=
            enabled=
            printf 'Copyright 2004-2023, Cisco and/or its affiliates. All rights reserved.\\r\\n'
            printf 'Cisco Firepower Extensible Operating System (FX-OS) v2.13.0 (build 198)\\r\\n'
            printf 'Cisco Secure Firewall Threat Defense for VMware v7.3.1 (build 19)\\r\\n\\r\\n'
            prompt() {
              case $mode in
                clish) printf '> ' ;;
                expert) printf 'admin@ftd01:~$ ' ;;
                root) printf 'root@ftd01:~# ' ;;
                lina) if [ -n "$enabled" ]; then printf 'firepower# '; else printf 'firepower> '; fi ;;
              esac
            }
            # show running-config at the clish: LINA's pager every 24 lines, erased with CR, spaces, CR
            paged() {
              for i in $(seq 1 60); do
                if [ $((i % 24)) -eq 1 ] && [ $i -gt 1 ]; then
                  # echo off before the prompt, as LINA's pager reads keys: read -s turns it off only once it runs,
                  # and a SPACE arriving before that was echoed by the tty ahead of the erase
                  stty -echo
                  printf '<--- More --->'
                  IFS= read -r -s -n 1 key
                  stty echo
                  printf '\\r              \\r'
                  printf ' nameif inside-%d\\r\\n' $i
                else
                  printf 'config line %d\\r\\n' $i
                fi
              done
            }
            clish() {
              if [ -n "$kept" ]; then
                # the line still holds what klish kept: only Ctrl-A Ctrl-K (then Enter) empties it
                case "$1" in $'\\x01\\x0b'*) kept= ;; *) printf 'Syntax error: Illegal command line\\r\\n' ;; esac
                return
              fi
              case "$1" in
                '') ;;
                'show version')
                  printf -- '-------------------[ ftd01 ]--------------------\\r\\n'
                  printf 'Model                     : Cisco Secure Firewall Threat Defense for VMware (75) Version 7.3.1 (Build 19)\\r\\n'
                  printf 'UUID                      : 2d7f1a3e-0b4c-11ee-9d21-8b1f0c2a4e55\\r\\n'
                  printf -- '----------------------------------------------------\\r\\n' ;;
                'show running-config') paged ;;
                'show drop') # the session's sshd dies mid-output: the kernel closes the socket, sshd says nothing
                  printf 'before the drop\\r\\n'; sleep 0.3; kill -9 $PPID; sleep 5 ;;
                'show bell') printf '> show bell\\a'; kept=1; return 1 ;; # redrawn with the word it rang at
                'configure network')
                  printf 'Syntax error: The command is not completed\\r\\n> configure network'; kept=1; return 1 ;;
                'system support diagnostic-cli')
                  printf "Attaching to Diagnostic CLI ... Press 'Ctrl+a then d' to detach.\\r\\n"
                  printf "Type help or '?' for a list of available commands.\\r\\n\\r\\n"
                  stty -echo -icanon # the console reads keys, not lines, and echoes them itself
                  mode=lina ;;
                expert)
                  printf '**************************************************************\\r\\n'
                  printf 'NOTICE - Shell access will be deprecated in future releases\\r\\n'
                  printf '         and will be replaced with a separate expert mode CLI.\\r\\n'
                  printf '**************************************************************\\r\\n'
                  mode=expert ;;
                exit) exit 0 ;;
                *) printf 'Syntax error: Illegal command line\\r\\n' ;;
              esac
            }
            # One LINA line, key by key with echo; Ctrl-A then d comes back as the line $'\\x01d'.
            lina_line() {
              line=
              while IFS= read -r -n 1 key; do
                case "$key" in
                  $'\\x01') IFS= read -r -n 1 key; if [ "$key" = d ]; then line=$'\\x01d'; return 0; fi ;;
                  ''|$'\\r') printf '\\r\\n'; return 0 ;;
                  *) line+=$key; printf '%s' "$key" ;;
                esac
              done
              return 1
            }
            detach() {
              printf '\\r\\nConsole connection detached.\\r\\n'
              stty echo icanon
              mode=clish
            }
            lina() {
              case "$1" in
                $'\\x01d') detach ;;
                '') ;;
                enable)
                  printf 'Password: '
                  password=
                  while IFS= read -r -n 1 key && [ -n "$key" ] && [ "$key" != $'\\r' ]; do password+=$key; done
                  printf '\\r\\n'
                  if [ -z "$password" ]; then enabled=1; else printf 'Invalid password\\r\\n'; fi ;;
                disable) enabled= ;;
                exit) detach ;;
                'show version')
                  printf 'Cisco Adaptive Security Appliance Software Version 9.19(1)\\r\\n' ;;
                *)
                  last=${1##* }
                  printf '%*s^\\r\\n' $((11 + ${#1} - ${#last})) '' # under the last word, past the prompt
                  printf "ERROR: %% Invalid input detected at '^' marker.\\r\\n" ;;
              esac
            }
            linux() {
              case "$1" in
                'sudo su -')
                  if [ $mode = root ]; then return; fi
                  printf 'Password: '
                  read -rs password
                  printf '\\r\\n'
                  if [ "$password" = 'Adm1n!ftd' ]; then mode=root; else printf 'Sorry, try again.\\r\\n'; fi ;;
                exit)
                  if [ $mode = root ]; then printf 'logout\\r\\n'; mode=expert; else mode=clish; fi ;;
                *) (exit $rc); eval "$1"; rc=$? ;; # $? as bash keeps it between lines
              esac
            }
            prompt
            while true; do
              if [ $mode = lina ]; then
                lina_line || break
                lina "$line"
                prompt
                continue
              fi
              IFS= read -r line || break
              line=${line%$'\\r'}
              if [ $mode = clish ]; then
                clish "$line" || continue # a kept line stays on the prompt it was redrawn on
              else
                linux "$line"
              fi
              prompt
            done
            """;
}
