package io.fpsh.ssh;

import io.fpsh.device.Device;
import io.fpsh.device.TargetException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Targets named {@code ssh://[user@]host[:port]}, with OpenSSH's files and precedence: the command line, then
 * {@code ~/.ssh/config} (Host, HostName, Port, User, IdentityFile, UserKnownHostsFile, ConnectTimeout,
 * IdentitiesOnly, IdentityAgent), then the defaults: {@code ~/.ssh/known_hosts} (unknown keys refused), the keys of
 * the ssh-agent at {@code SSH_AUTH_SOCK}, the usual {@code ~/.ssh/id_*} keys when present, then the password.
 */
public final class SshTargets {
    /** {@code [user@]host[:port]}, an IPv6 host in brackets. */
    private static final String DESTINATION = "(?:([^@/\\s]+)@)?(\\[[^\\]]+\\]|[^:/\\s\\[\\]@]+)(?::(\\d{1,5}))?";
    private static final Pattern SPEC = Pattern.compile("ssh://" + DESTINATION + "/?");
    private static final Pattern ADDRESS = Pattern.compile(DESTINATION);
    /** OpenSSH's default identities, in the order ssh tries them (the kinds SSHJ reads). */
    private static final List<String> DEFAULT_IDENTITIES = List.of("id_rsa", "id_ecdsa", "id_ed25519");
    private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private SshTargets() {}

    /**
     * Connects now, asking the password through {@code password} if the keys do not do; for front ends that can
     * ask before the first command (the REPL, {@code fpsh -c}).
     */
    public static SshFtd open(String spec, PasswordPrompt password) throws TargetException {
        return SshFtd.connect(options(spec, password));
    }

    /**
     * A device that connects at its first {@link Device#run}, asking the password through that run's
     * {@link io.fpsh.device.DeviceIo#readPassword}: what {@code Targets.open} gives, as it has no terminal of its
     * own to ask with. The banner is known only after that first command.
     */
    public static Device deferred(String spec) throws TargetException {
        options(spec, prompt -> null); // a malformed spec fails now, not at the first command
        return new DeferredSshFtd(spec);
    }

    /**
     * The options for {@code spec}, as {@code fpsh connect} and ssh take its destination: HOST may be a Host of
     * {@code ~/.ssh/config}, and without {@code user@} the user is the config's User, else the local user.
     */
    public static SshOptions options(String spec, PasswordPrompt password) throws TargetException {
        Optional<SshCommandLine> given = destination(SPEC.matcher(spec));
        if (given.isEmpty()) {
            throw new TargetException("target '" + spec + "': expected ssh://[user@]host[:port]");
        }
        return options(given.get(), password, localUser());
    }

    /** The user ssh logs in as when neither the destination nor the config names one; null when there is none. */
    public static String localUser() {
        String name = System.getProperty("user.name");
        // Java says "?" for a uid without a passwd entry (a container's arbitrary uid): ssh has no user there either
        return name == null || name.isBlank() || name.equals("?") ? null : name;
    }

    /** {@code [user@]host[:port]} as ssh takes it, user and port null when not given; empty when it is not one. */
    public static Optional<SshCommandLine> destination(String address) {
        return destination(ADDRESS.matcher(address));
    }

    private static Optional<SshCommandLine> destination(Matcher parts) {
        if (!parts.matches()) {
            return Optional.empty();
        }
        String host = parts.group(2).replaceAll("^\\[|\\]$", "");
        Integer port = parts.group(3) == null ? null : Integer.valueOf(parts.group(3));
        return Optional.of(SshCommandLine.of(parts.group(1), host, port));
    }

    /**
     * The options for what the user gave, completed from the config file and the defaults.
     *
     * @param defaultUser the user when neither the command line nor the config names one (ssh: the local user);
     *                    when it is null too, that is an error
     */
    public static SshOptions options(SshCommandLine given, PasswordPrompt password, String defaultUser)
            throws TargetException {
        return options(given, password, defaultUser, null);
    }

    /**
     * The same, through a jump host: {@code jump} as ssh's {@code -J [user@]host[:port]} takes it, else the config's
     * {@code ProxyJump} for the host ({@code none}: straight). One hop: the jump host is reached straight, with the
     * keys given, the known_hosts file and its own entry of the config file.
     */
    public static SshOptions options(SshCommandLine given, PasswordPrompt password, String defaultUser, String jump)
            throws TargetException {
        Path ssh = Path.of(System.getProperty("user.home"), ".ssh");
        Path configFile = given.configFile() != null ? given.configFile() : ssh.resolve("config");
        if (given.configFile() != null && !Files.isRegularFile(configFile)) {
            throw new TargetException("Can't open user config file " + configFile + ": No such file or directory");
        }
        SshConfig config = readConfig(configFile, given.host());
        String host = config.value("HostName") == null ? given.host()
                : config.value("HostName").replace("%h", given.host()).replace("%%", "%");
        int port = given.port() != null ? given.port() : number(config, "Port", 22, configFile);
        if (port < 1 || port > 65535) {
            throw new TargetException("ssh://" + host + ": port " + port + " is not between 1 and 65535");
        }
        String user = given.user() != null ? given.user() : config.value("User") != null ? config.value("User") : defaultUser;
        if (user == null) {
            throw new TargetException("no user for " + given.host() + ": give USER@" + given.host() + ", or a User for it in "
                    + configFile);
        }
        List<Path> keys = new ArrayList<>(given.identityFiles());
        for (String file : config.values("IdentityFile")) {
            Path key = Path.of(SshConfig.expandHome(tokens(file, given.host(), host, port, user)));
            if (!keys.contains(key) && Files.isReadable(key)) { // ssh skips a config identity that is not there
                keys.add(key);
            }
        }
        if (keys.isEmpty()) {
            DEFAULT_IDENTITIES.stream().map(ssh::resolve).filter(Files::isReadable).forEach(keys::add);
        }
        Path knownHosts = given.knownHosts() != null ? given.knownHosts()
                : config.value("UserKnownHostsFile") != null
                ? Path.of(SshConfig.expandHome(config.value("UserKnownHostsFile").split("\\s+")[0]))
                : ssh.resolve("known_hosts");
        Duration connectTimeout = config.value("ConnectTimeout") == null ? DEFAULT_CONNECT_TIMEOUT
                : Duration.ofSeconds(number(config, "ConnectTimeout", 10, configFile));
        SshOptions options = SshOptions.of(host, port, user, password, knownHosts).withKeyFiles(keys)
                .withConnectTimeout(connectTimeout).withAgent(agent(config));
        String hop = jump != null ? jump : config.value("ProxyJump");
        if (hop == null || hop.equalsIgnoreCase("none")) {
            return options;
        }
        if (hop.contains(",")) {
            throw new TargetException("ProxyJump " + hop + ": only one jump host is supported");
        }
        SshCommandLine through = destination(hop.strip().replaceFirst("^ssh://", "")).orElseThrow(
                () -> new TargetException("jump host '" + hop + "': expected [user@]host[:port]"));
        SshCommandLine jumpLine = new SshCommandLine(through.user(), through.host(), through.port(), given.identityFiles(),
                given.knownHosts(), given.configFile());
        return options.withJump(options(jumpLine, password, defaultUser, "none"));
    }

    /**
     * The agent ssh would ask: none with {@code IdentitiesOnly yes} (kept simple: ssh would still use the agent's
     * copies of the listed keys) or {@code IdentityAgent none}, else IdentityAgent's socket or SSH_AUTH_SOCK.
     */
    private static Path agent(SshConfig config) {
        if ("yes".equalsIgnoreCase(config.value("IdentitiesOnly"))) {
            return null;
        }
        String named = config.value("IdentityAgent");
        String socket = named == null || named.equals("SSH_AUTH_SOCK") ? System.getenv("SSH_AUTH_SOCK")
                : named.equalsIgnoreCase("none") ? null
                : named.startsWith("$") ? System.getenv(named.substring(1)) : SshConfig.expandHome(named);
        return socket == null || socket.isBlank() ? null : Path.of(socket);
    }

    private static SshConfig readConfig(Path file, String host) throws TargetException {
        try {
            return SshConfig.forHost(file, host);
        } catch (NoSuchFileException e) {
            throw new TargetException("Can't open user config file " + e.getFile() + ": No such file or directory");
        } catch (IOException e) {
            throw new TargetException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static int number(SshConfig config, String keyword, int absent, Path file) throws TargetException {
        String value = config.value(keyword);
        if (value == null) {
            return absent;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new TargetException(file + ": bad " + keyword + " '" + value + "'");
        }
    }

    /** ssh's % tokens in file names: %d home, %u local user, %n host as typed, %h host, %p port, %r user, %%. */
    private static String tokens(String text, String typed, String host, int port, String user) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '%' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char token = text.charAt(++i);
            switch (token) {
                case 'd' -> out.append(System.getProperty("user.home"));
                case 'u' -> out.append(System.getProperty("user.name"));
                case 'n' -> out.append(typed);
                case 'h' -> out.append(host.toLowerCase(Locale.ROOT));
                case 'p' -> out.append(port);
                case 'r' -> out.append(user == null ? "" : user);
                case '%' -> out.append('%');
                default -> out.append('%').append(token);
            }
        }
        return out.toString();
    }
}
