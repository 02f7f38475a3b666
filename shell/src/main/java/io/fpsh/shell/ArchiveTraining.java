package io.fpsh.shell;

import io.fpsh.device.DeviceIo;
import io.fpsh.target.Targets;
import io.fpsh.shell.serve.FtdSshServer;
import io.fpsh.shell.serve.ServeSettings;
import io.fpsh.ssh.SshFtd;
import io.fpsh.ssh.SshOptions;
import io.fpsh.ssh.UnknownHostKeys;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Run once by {@code ./fpsh} after a build, under {@code -XX:ArchiveClassesAtExit}, so the class-data archive holds
 * the classes of fpsh's usual paths: the lab in piped mode (what {@code ./fpsh} and {@code fpsh -c} load first),
 * {@code fpsh probe show-network} (JSON and table), {@code fpsh run dns} on a lab whose DNS answers (Groovy's runtime,
 * the engine and the compiled playbook: the archive only maps them, so paths that run no playbook still load none), then
 * {@code fpsh serve} and {@code fpsh connect} talking to each other on loopback (MINA SSHD, SSHJ, BouncyCastle), which
 * roughly halves the class loading of a cold {@code fpsh connect}. Not a user command: it prints nothing.
 */
public final class ArchiveTraining {
    /** A lab where the dns playbook passes quickly: no resolver time-out to wait through while training. */
    private static final String PLAYBOOK_LAB = "lab:ftd01-blocked-eu";
    private static final String LAB_LINES = "show version\nshow network\nexpert\nexit\nexit\n";

    private ArchiveTraining() {}

    public static void main(String[] args) throws Exception {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        Main.run(new String[0], new ByteArrayInputStream(LAB_LINES.getBytes(StandardCharsets.UTF_8)), nowhere, nowhere,
                DeviceOpener.standard(), false);
        // fpsh probe's cold path: the driver, the probe's parser, Jackson's JSON generator, then the table
        Main.run(new String[] {"probe", "show-network", "--target", Targets.DEFAULT, "--json"},
                new ByteArrayInputStream(new byte[0]), nowhere, nowhere, DeviceOpener.standard(), false);
        Main.run(new String[] {"probe", "show-network", "--target", Targets.DEFAULT},
                new ByteArrayInputStream(new byte[0]), nowhere, nowhere, DeviceOpener.standard(), false);
        Main.run(new String[] {"run", "dns", "--target", PLAYBOOK_LAB}, new ByteArrayInputStream(new byte[0]), nowhere,
                nowhere, DeviceOpener.standard(), false);
        serveAndConnect(nowhere);
    }

    /** fpsh serve and fpsh connect talking to each other on loopback, in a temporary home (RunArchiveTraining too). */
    static void serveAndConnect(PrintStream nowhere) throws Exception {
        Path home = Files.createTempDirectory("fpsh-archive-training");
        try {
            serveAndConnect(home, nowhere);
        } finally {
            deleteTree(home);
        }
    }

    private static void serveAndConnect(Path home, PrintStream nowhere) throws Exception {
        ServeSettings settings = new ServeSettings("lab:ftd01-dns", "127.0.0.1", 0, null, false, home);
        try (FtdSshServer server = FtdSshServer.start(settings)) {
            // The server was made a moment ago in this process: its key is the only one to trust, and only for now.
            UnknownHostKeys thisServerOnly = (host, type, fingerprint) -> fingerprint.equals(server.hostKeyFingerprint())
                    ? UnknownHostKeys.Decision.ACCEPT_ONCE : UnknownHostKeys.Decision.REFUSE;
            SshOptions options = SshOptions.of("127.0.0.1", server.port(), "admin", prompt -> "Admin123".toCharArray(),
                    home.resolve("known_hosts")).withUnknownHostKeys(thisServerOnly);
            try (SshFtd ftd = SshFtd.connect(options)) {
                ftd.run("show version", discarding(nowhere));
            }
        }
    }

    private static DeviceIo discarding(PrintStream nowhere) {
        return new DeviceIo() {
            @Override public PrintStream out() { return nowhere; }

            @Override public PrintStream err() { return nowhere; }

            @Override public String readPassword(String prompt) { return null; }

            @Override public String readLine(String prompt) { return null; }
        };
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
