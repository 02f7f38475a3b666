package io.fpsh.shell.serve;

import io.fpsh.device.TargetException;
import io.fpsh.ssh.SshFtd;
import io.fpsh.ssh.SshOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A lab served for a test class the way {@code fpsh serve} serves it: fpsh's SSH server on 127.0.0.1, a free port,
 * its home and a known_hosts file that trusts it in the class's folder, the lab's own account (admin / Admin123).
 * Start it in {@code @BeforeAll}, close it in {@code @AfterAll}; each {@link #connect()} is a login of its own.
 */
public final class ServedLab implements AutoCloseable {
    /** The shipped labs' account. */
    public static final String USER = "admin";
    public static final String PASSWORD = "Admin123";

    private final FtdSshServer server;
    private final Path knownHosts;

    private ServedLab(FtdSshServer server, Path knownHosts) {
        this.server = server;
        this.knownHosts = knownHosts;
    }

    /** {@code lab} ({@code lab:NAME} or a file) served with a copy of the lab per session. */
    public static ServedLab start(String lab, Path folder) throws ServeException, IOException {
        return start(new ServeSettings(lab, "127.0.0.1", 0, null, false, folder.resolve("home")), folder);
    }

    /**
     * {@code fpsh serve --fleet N --lab A --lab B ...} with one device per lab: the i-th lab is device
     * {@link FleetNames#hostname(int) ftd000i}, reached by {@link #login(int)}.
     */
    public static ServedLab fleet(List<String> labs, Path folder) throws ServeException, IOException {
        return start(new ServeSettings(labs.get(0), "127.0.0.1", 0, null, false, folder.resolve("home"))
                .withFleet(labs.size(), labs), folder);
    }

    /** {@code lab} served with a copy per session under these limits (small ones make a containment test quick). */
    public static ServedLab start(String lab, Path folder, ServeLimits limits) throws ServeException, IOException {
        return start(new ServeSettings(lab, "127.0.0.1", 0, null, false, folder.resolve("home")), folder, limits);
    }

    private static ServedLab start(ServeSettings settings, Path folder) throws ServeException, IOException {
        return start(settings, folder, ServeLimits.DEFAULTS);
    }

    private static ServedLab start(ServeSettings settings, Path folder, ServeLimits limits)
            throws ServeException, IOException {
        FtdSshServer server = FtdSshServer.start(settings, limits);
        // trusted up front, so that parallel logins never race to save the key
        Path knownHosts = folder.resolve("known_hosts");
        Files.writeString(knownHosts, server.knownHostsLine("127.0.0.1") + "\n");
        return new ServedLab(server, knownHosts);
    }

    public int port() {
        return server.port();
    }

    /** A known_hosts file that trusts the server (for {@code --known-hosts}). */
    public Path knownHosts() {
        return knownHosts;
    }

    /** The login name of a fleet's {@code n}-th device (1 is the first lab). */
    public static String login(int n) {
        return USER + "%" + FleetNames.hostname(n);
    }

    /** How to log in as {@code login} with the lab's password. */
    public SshOptions options(String login) {
        return SshOptions.of("127.0.0.1", port(), login, prompt -> PASSWORD.toCharArray(), knownHosts);
    }

    public SshOptions options() {
        return options(USER);
    }

    public SshFtd connect() throws TargetException {
        return SshFtd.connect(options());
    }

    public SshFtd connect(String login) throws TargetException {
        return SshFtd.connect(options(login));
    }

    @Override
    public void close() {
        server.close();
    }
}
