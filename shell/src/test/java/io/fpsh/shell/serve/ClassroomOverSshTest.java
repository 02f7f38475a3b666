package io.fpsh.shell.serve;

import io.fpsh.drive.CapturingIo;
import io.fpsh.shell.DeviceOpener;
import io.fpsh.shell.Main;
import io.fpsh.ssh.SshFtd;
import io.fpsh.ssh.SshOptions;
import io.fpsh.testkind.Sshd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code fpsh serve --classroom ROSTER --lab L --dir CLASS}, reached by the real OpenSSH client: alice logs in with
 * her key, bob with his password; each has their own device kept across reconnects, their own recordings and
 * progress; the report says who met what; a restarted server keeps their progress (not their devices' state).
 */
@Sshd
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClassroomOverSshTest {
    private static final String BOB_PASSWORD = "b0b's pass phrase";
    private static final Pattern FIX = Pattern.compile("(?m)^  (configure network dns servers \\S+)$");

    @TempDir
    static Path folder;
    private static Path classDir;
    private static Path roster;
    private static Path key;
    private static Path lab;
    private static FtdSshServer server;
    private static OpenSsh ssh;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(OpenSsh.installed("ssh") && OpenSsh.installed("sshpass") && OpenSsh.installed("ssh-keygen"),
                "needs openssh-client and sshpass");
        key = folder.resolve("alice_ed25519");
        Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "alice",
                "-f", key.toString()).redirectErrorStream(true).start();
        assertTrue(keygen.waitFor(30, TimeUnit.SECONDS) && keygen.exitValue() == 0, "ssh-keygen failed");
        roster = Files.writeString(folder.resolve("roster.yaml"), "# the class of Thursday\n"
                + "alice: " + Files.readString(folder.resolve("alice_ed25519.pub")).strip() + "\n"
                + "bob: " + quickHash(BOB_PASSWORD) + "\n");
        // the default lab's lesson (its DNS servers drawn per student), with playbooks closed to the students
        lab = Files.writeString(folder.resolve("class-dns.yaml"), String.join("\n", "base: ftd01-dns", "name: class-dns",
                "teaching:", "  title: The DNS server that never answers",
                "  story: The site runs two DNS servers, ${namedFirst} and ${namedSecond}. Fix the device.",
                "  objectives:", "    - resolves: api-sse.cisco.com",
                "    - {answers: \"https://api-sse.cisco.com/providers/sse/services/registration/api/v2/clients\","
                        + " cacert: /ngfw/etc/ssl/connectorCA.pem}",
                "    - {answers: \"https://est.sco.cisco.com\", cacert: /ngfw/etc/ssl/connectorCA.pem}",
                "    - {answers: \"https://eventing-ingest.sse.itd.cisco.com\", cacert: /ngfw/etc/ssl/connectorCA.pem}",
                "    - {answers: \"https://mx01.sse.itd.cisco.com\", cacert: /ngfw/etc/ssl/connectorCA.pem}",
                "  hints: [one, two, three]", "  solution:", "    - configure network dns servers ${goodDns}",
                "  allowSolution: true", "  allowFix: false", ""));
        classDir = folder.resolve("class");
        startServer();
    }

    /**
     * A hash in the roster's format with the fewest iterations it accepts (10,000): bob logs in often, and 600,000
     * iterations cost most of a second each on a busy machine. The server checks it as any other.
     */
    private static String quickHash(String password) throws Exception {
        byte[] salt = new byte[16];
        new java.security.SecureRandom().nextBytes(salt);
        javax.crypto.spec.PBEKeySpec spec = new javax.crypto.spec.PBEKeySpec(password.toCharArray(), salt, 10_000, 256);
        byte[] hash = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        java.util.Base64.Encoder base64 = java.util.Base64.getEncoder().withoutPadding();
        return PasswordHash.PREFIX + "10000$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    private static void startServer() throws ServeException {
        server = FtdSshServer.startClassroom(new ServeSettings("lab:" + lab, "127.0.0.1", 0, roster, false,
                folder.resolve("home")), classDir);
        ssh = new OpenSsh(server.port(), folder);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static OpenSsh.Result alice(String commands) throws IOException, InterruptedException {
        OpenSsh.Result result = ssh.execWithKey("alice", key, commands);
        assertEquals(0, result.status(), result.stderr());
        return result;
    }

    private static OpenSsh.Result bob(String commands) throws IOException, InterruptedException {
        OpenSsh.Result result = ssh.execWithPassword("bob", BOB_PASSWORD, commands);
        assertEquals(0, result.status(), result.stderr());
        return result;
    }

    private static String recording(String student, int session) throws IOException {
        return Files.readString(classDir.resolve("students/" + student + "/sessions/" + session + ".cast"));
    }

    private static String[] fpsh(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), DeviceOpener.standard(), false);
        return new String[] {String.valueOf(status), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    /** The story's line naming the site's DNS servers (their drawn addresses, in a drawn order). */
    private static String servers(String lab) {
        Matcher named = Pattern.compile("The site runs two DNS servers, \\S+ and \\S+\\.").matcher(lab);
        assertTrue(named.find(), lab);
        return named.group();
    }

    private static String seedOf(String student) throws IOException {
        List<String> seeds = Files.readAllLines(classDir.resolve("students/" + student + "/progress.jsonl")).stream()
                .filter(l -> l.contains("\"event\":\"seed\"")).toList();
        assertEquals(1, seeds.size(), "one seed, written once: " + seeds);
        return seeds.get(0).replaceAll(".*\"seed\":(\\d+).*", "$1");
    }

    @Test
    @Order(1)
    void twoStudentsHaveTheirOwnDevicesRecordingsAndProgress() throws Exception {
        String solution = alice(":lab; :lab solution").stdout();
        Matcher fix = FIX.matcher(solution);
        assertTrue(fix.find(), solution);
        String fixed = alice(fix.group(1) + "; :lab check").stdout();
        assertTrue(fixed.endsWith("All objectives met.\n"), fixed);

        String planted = bob("show network; :lab check; :lab hint; :lab; :lab solution").stdout();
        Matcher bobsFix = FIX.matcher(planted);
        assertTrue(bobsFix.find(), planted);
        assertNotEquals(servers(solution) + fix.group(1), servers(planted) + bobsFix.group(1),
                "each student's lab is drawn with their own values: the servers named and the one that works");
        assertTrue(planted.contains("5 of 5 objectives not met.\n"), "alice's fix is not on bob's device: " + planted);
        assertTrue(planted.contains("Hint 1 of 3: "), planted);
        OpenSsh.Result refused = bob(":run dns");
        assertEquals("fpsh: :run is not available in this class (the lab does not allow playbooks or fixes)\n",
                refused.stderr());

        String again = alice("show network; :lab check").stdout();
        assertTrue(again.contains(fix.group(1).substring("configure network dns servers ".length()) + "\n"),
                "alice's device is kept across her reconnects: " + again);
        assertTrue(again.endsWith("All objectives met.\n"), again);

        // each session recorded apart, as asciicast v2, what that student's screen showed, no password
        assertTrue(recording("alice", 1).startsWith("{\"version\": 2, "), recording("alice", 1));
        assertTrue(recording("alice", 2).contains("All objectives met."), recording("alice", 2));
        assertTrue(recording("bob", 1).contains("Hint 1 of 3: "), recording("bob", 1));
        assertFalse(recording("bob", 1).contains("All objectives met."), "bob's recording holds only his screen");
        assertTrue(recording("bob", 2).contains(":run is not available"), "stderr is recorded too");
        try (Stream<Path> files = Files.walk(classDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file).contains(BOB_PASSWORD), "a password in " + file);
            }
        }
        assertNotEquals(seedOf("alice"), seedOf("bob"), "each student has their own seed");

        String[] report = fpsh("classroom", "report", classDir.toString());
        assertEquals("0", report[0], report[2]);
        assertTrue(report[1].contains("| alice | 5 of 5 | 0 | 6 | 3 | "), report[1]);
        assertTrue(report[1].contains("| bob | 0 of 5 | 1 | 6 | 2 | "), report[1]);
        String csv = Files.readString(classDir.resolve("report.csv"));
        assertTrue(csv.startsWith("student,objective,description,met,first_met_at,hints_then,commands_then,"), csv);
        assertTrue(csv.contains("\r\nalice,1,api-sse.cisco.com resolves through the device's DNS servers,yes,"), csv);
        assertTrue(csv.contains("\r\nbob,5,"), csv);
        String html = Files.readString(classDir.resolve("report.html"));
        assertTrue(html.startsWith("<!DOCTYPE html>") && !html.contains("src=") && !html.contains("href="), html);
        assertEquals(report[1], Files.readString(classDir.resolve("report.md")));
    }

    @Test
    @Order(2)
    void aSessionOnATerminalIsRecordedAsTheScreenShowedItWithoutThePassword() throws Exception {
        assumeTrue(OpenSsh.installed("expect"), "needs expect");
        OpenSsh.Result session = ssh.expect(folder, String.join("\n",
                "set timeout 30", "spawn SSH -tt bob@127.0.0.1", "expect \"password:\"",
                "send \"" + BOB_PASSWORD + "\\r\"", "expect \"> \"", "send \"expert\\r\"", "expect \"\\$ \"",
                "send \"exit\\r\"", "expect \"> \"", "send \"exit\\r\"", OpenSsh.EXIT_WITH_SSH));
        assertEquals(0, session.status(), session.stdout() + session.stderr());
        String cast = recording("bob", 3);
        assertTrue(cast.startsWith("{\"version\": 2, "), cast);
        assertTrue(cast.contains("> expert\\r\\n") || cast.contains("expert\\r\\n"), cast);
        assertFalse(cast.contains("\\r\\r\\n"), "one CR per line, as the terminal got it: " + cast);
        assertFalse(cast.contains("pass phrase"), cast);
        String log = Files.readString(classDir.resolve("students/bob/progress.jsonl"));
        assertTrue(log.contains("\"event\":\"mode\",\"session\":3,\"mode\":\"EXPERT\""), log);
    }

    @Test
    @Order(3)
    void statusShowsWhoIsLoggedInInWhichModeAndTheirObjectives() throws Exception {
        Path knownHosts = Files.writeString(folder.resolve("sshj_known_hosts"), server.knownHostsLine("127.0.0.1") + "\n");
        try (SshFtd bobOnline = SshFtd.connect(SshOptions.of("127.0.0.1", server.port(), "bob",
                prompt -> BOB_PASSWORD.toCharArray(), knownHosts))) {
            bobOnline.run("expert", new CapturingIo());
            String[] status = fpsh("classroom", "status", classDir.toString());
            assertEquals("0", status[0], status[2]);
            assertTrue(status[1].startsWith("Class class-dns (The DNS server that never answers): 2 students, 1 logged in now;"),
                    status[1]);
            assertTrue(Pattern.compile("(?m)^bob +logged in +EXPERT +0 of 5 +1 +\\d+ +\\d+s$").matcher(status[1]).find(),
                    status[1]);
            assertTrue(Pattern.compile("(?m)^alice +away +- +5 of 5 +0 +6 +-$").matcher(status[1]).find(), status[1]);
        }
    }

    @Test
    @Order(4)
    void aRestartedServerKeepsProgressAndSeedsButPlantsTheDevicesAgain() throws Exception {
        String aliceSeed = seedOf("alice");
        server.close();
        startServer();

        String bobHint = bob(":lab hint").stdout();
        assertTrue(bobHint.startsWith("Hint 2 of 3: "), "bob's hints are counted across the restart: " + bobHint);
        String aliceNow = alice(":lab check").stdout();
        assertTrue(aliceNow.endsWith("5 of 5 objectives not met.\n"), "a new device, as planted: " + aliceNow);
        assertEquals(aliceSeed, seedOf("alice"), "the same seed after the restart");
        assertTrue(Files.exists(classDir.resolve("students/alice/sessions/4.cast")), "sessions go on numbering");

        String[] report = fpsh("classroom", "report", classDir.toString());
        assertTrue(report[1].contains("| alice | 5 of 5 | 0 | 7 | 4 | "), "met once is kept: " + report[1]);
        assertTrue(report[1].contains("| bob | 0 of 5 | 2 | "), report[1]);
        String[] status = fpsh("classroom", "status", classDir.toString());
        assertTrue(status[1].contains(" 0 logged in now;"), "the sessions the old server left are over: " + status[1]);
    }

    @Test
    @Order(5)
    void aSeedInTheLabIsRefusedBeforeAnythingIsMade() {
        ServeException refused = org.junit.jupiter.api.Assertions.assertThrows(ServeException.class, () ->
                FtdSshServer.startClassroom(new ServeSettings("lab:ftd01-dns?seed=3", "127.0.0.1", 0, roster, false,
                        folder.resolve("home")), folder.resolve("seeded-class")));
        assertEquals("--classroom draws a seed per student: give --lab without ?seed=N", refused.getMessage());
        assertFalse(Files.exists(folder.resolve("seeded-class")));
    }
}
