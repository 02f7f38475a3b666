package io.fpsh.ssh;

import io.fpsh.device.TargetException;
import net.schmizz.keepalive.KeepAliveProvider;
import net.schmizz.sshj.DefaultConfig;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.connection.channel.direct.Session;
import net.schmizz.sshj.transport.TransportException;
import net.schmizz.sshj.userauth.UserAuthException;
import net.schmizz.sshj.userauth.method.AuthKeyboardInteractive;
import net.schmizz.sshj.userauth.method.AuthNone;
import net.schmizz.sshj.userauth.method.AuthMethod;
import net.schmizz.sshj.userauth.method.AuthPassword;
import net.schmizz.sshj.userauth.method.AuthPublickey;
import net.schmizz.sshj.userauth.method.PasswordResponseProvider;
import net.schmizz.sshj.userauth.password.PasswordFinder;
import net.schmizz.sshj.userauth.password.Resource;

import javax.net.SocketFactory;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Opens the SSH connection, checks the host key, logs in and starts a pty shell: everything before the first prompt. */
final class SshConnector {
    private static DefaultConfig config;

    private SshConnector() {}

    /**
     * An open shell channel and what it runs on; closing it ends the connection.
     *
     * @param jump the connection to the jump host the client's runs through; null without one
     */
    record Link(SSHClient client, Session session, ShellStream stream, SSHClient jump) implements AutoCloseable {
        @Override
        public void close() {
            stream.close();
            try {
                session.close();
            } catch (IOException e) {
                // the channel is gone already
            }
            quietlyDisconnect(client);
            if (jump != null) {
                quietlyDisconnect(jump);
            }
        }
    }

    static Link open(SshOptions options) throws TargetException {
        // Through a jump host (ProxyJump, -J): logged in there first, then a direct-tcpip channel carries this one.
        SSHClient jump = options.jump() == null ? null : loggedIn(options.jump(), null);
        try {
            SSHClient client = loggedIn(options, jump);
            try {
                Session session = client.startSession();
                session.allocatePTY("vt100", 200, 50, 0, 0, Map.of());
                Session.Shell shell = session.startShell();
                return new Link(client, session, new ShellStream(shell.getInputStream(), shell.getOutputStream()), jump);
            } catch (IOException e) {
                quietlyDisconnect(client);
                throw new TargetException("cannot open a shell on " + options.host() + ": " + oneLine(e));
            }
        } catch (TargetException e) {
            if (jump != null) {
                quietlyDisconnect(jump);
            }
            throw e;
        }
    }

    /** A client connected (through {@code jump} when not null), its host key checked, logged in. */
    private static SSHClient loggedIn(SshOptions options, SSHClient jump) throws TargetException {
        SSHClient client = new SSHClient(sharedConfig());
        client.setSocketFactory(NO_DELAY);
        client.setConnectTimeout(millis(options.connectTimeout()));
        // SSHJ waits forever by default: a silent server would hang the key exchange, the login or the channel.
        client.setTimeout(millis(options.socketTimeout()));
        client.getTransport().setTimeoutMs(millis(options.socketTimeout()));
        client.getConnection().getKeepAlive().setKeepAliveInterval((int) Math.max(1, options.keepAlive().toSeconds()));
        KnownHostsCheck hostKeys = knownHosts(options);
        client.addHostKeyVerifier(hostKeys);
        try {
            connect(client, options, hostKeys, jump);
            login(client, options);
            return client;
        } catch (TargetException e) {
            quietlyDisconnect(client);
            throw e;
        } catch (IOException e) {
            quietlyDisconnect(client);
            throw new TargetException("cannot log in to " + options.host() + ": " + oneLine(e));
        }
    }

    private static void connect(SSHClient client, SshOptions options, KnownHostsCheck hostKeys, SSHClient jump)
            throws TargetException {
        String where = "ssh: connect to host " + options.host() + " port " + options.port() + ": ";
        try {
            if (jump == null) {
                client.connect(options.host(), options.port());
            } else {
                client.connectVia(jump.newDirectConnection(options.host(), options.port()));
            }
        } catch (TransportException e) {
            throw new TargetException(hostKeys.refusal() != null ? hostKeys.refusal() : where + oneLine(e));
        } catch (UnknownHostException e) {
            throw new TargetException("ssh: Could not resolve hostname " + options.host() + ": Name or service not known");
        } catch (ConnectException e) {
            throw new TargetException(where + "Connection refused");
        } catch (SocketTimeoutException e) {
            throw new TargetException(where + "Connection timed out");
        } catch (IOException e) {
            throw new TargetException(where + oneLine(e));
        }
    }

    /**
     * The agent's keys, then the key files, then the password, as OpenSSH tries them. A key file's passphrase and
     * the password are asked at most once each (the passphrase up to three times) and blanked after login; the
     * password only when the server takes one (a publickey-only server is never asked about a password nobody can
     * use).
     */
    private static void login(SSHClient client, SshOptions options) throws TargetException, IOException {
        OnePassword password = new OnePassword(options);
        List<KeyFileIdentity> files = new ArrayList<>();
        SshAgent agent = openAgent(options);
        List<AuthMethod> passwords = options.password() == null ? List.of() : List.of(new AuthPassword(password),
                new AuthKeyboardInteractive(new PasswordResponseProvider(password)));
        try {
            List<AuthMethod> keys = keyMethods(client, options, agent, files);
            if (!keys.isEmpty() && loggedIn(client, options.user(), keys)) {
                return;
            }
            // The server's methods are known only after a refusal; when no key reached it (none, or all skipped),
            // the "none" request asks for them, as ssh starts with (and a server may let that in).
            if (client.getUserAuth().getAllowedMethods().isEmpty()
                    && loggedIn(client, options.user(), List.of(new AuthNone()))) {
                return;
            }
            Collection<String> allowed = client.getUserAuth().getAllowedMethods();
            List<AuthMethod> taken = passwords.stream()
                    .filter(method -> allowed.isEmpty() || allowed.contains(method.getName())).toList();
            if (taken.isEmpty() || !loggedIn(client, options.user(), taken)) {
                // Read again: a password refusal may update the list.
                throw new TargetException(options.user() + "@" + options.host() + ": Permission denied ("
                        + String.join(",", client.getUserAuth().getAllowedMethods()) + ").");
            }
        } finally {
            password.forget();
            files.forEach(KeyFileIdentity::forget);
            if (agent != null) {
                agent.close();
            }
        }
    }

    /**
     * ssh's order: agent keys that are also key files given, other agent keys, then key files the agent does not
     * hold (known by their .pub files: a key the agent offered already is not decrypted and tried again).
     */
    private static List<AuthMethod> keyMethods(SSHClient client, SshOptions options, SshAgent agent,
                                               List<KeyFileIdentity> files) throws TargetException {
        List<byte[]> fileBlobs = new ArrayList<>();
        for (Path keyFile : options.keyFiles()) {
            fileBlobs.add(KeyFileIdentity.publicBlob(keyFile));
        }
        List<SshAgent.Identity> held = agentIdentities(agent);
        List<AuthMethod> methods = new ArrayList<>();
        List<AuthMethod> others = new ArrayList<>();
        for (SshAgent.Identity identity : held) {
            AgentKeyAuth method = new AgentKeyAuth(agent, identity);
            if (method.usable()) {
                boolean given = fileBlobs.stream().anyMatch(blob -> Arrays.equals(blob, identity.blob()));
                (given ? methods : others).add(method);
            }
        }
        methods.addAll(others);
        for (int i = 0; i < options.keyFiles().size(); i++) {
            byte[] blob = fileBlobs.get(i);
            if (blob != null && held.stream().anyMatch(identity -> Arrays.equals(identity.blob(), blob))) {
                continue;
            }
            KeyFileIdentity file = readKey(client, options.keyFiles().get(i), options.password());
            files.add(file);
            methods.add(new AuthPublickey(file));
        }
        return methods;
    }

    /** The agent at the options' socket, or null: a dead SSH_AUTH_SOCK does not stop the login, as with ssh. */
    private static SshAgent openAgent(SshOptions options) {
        if (options.agentSocket() == null) {
            return null;
        }
        try {
            return SshAgent.connect(options.agentSocket(), options.socketTimeout());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static List<SshAgent.Identity> agentIdentities(SshAgent agent) {
        if (agent == null) {
            return List.of();
        }
        try {
            return agent.identities();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static boolean loggedIn(SSHClient client, String user, List<AuthMethod> methods) throws IOException {
        try {
            client.auth(user, methods);
            return true;
        } catch (UserAuthException refused) {
            return false;
        }
    }

    private static KeyFileIdentity readKey(SSHClient client, Path keyFile, PasswordPrompt prompt)
            throws TargetException {
        if (!Files.isReadable(keyFile)) {
            throw new TargetException("cannot read the key file " + keyFile);
        }
        try {
            return KeyFileIdentity.load(client, keyFile, prompt);
        } catch (IOException e) {
            throw new TargetException("cannot use the key file " + keyFile + ": " + oneLine(e));
        }
    }

    private static KnownHostsCheck knownHosts(SshOptions options) throws TargetException {
        try {
            return new KnownHostsCheck(options.knownHosts(), options.unknownHostKeys());
        } catch (IOException e) {
            throw new TargetException("cannot read " + options.knownHosts() + ": " + oneLine(e));
        }
    }

    /** One config for every connection: building it (BouncyCastle, SecureRandom) costs hundreds of ms cold. */
    private static synchronized DefaultConfig sharedConfig() {
        if (config == null) {
            config = new DefaultConfig();
            // Keepalives that want a reply: a dead peer is noticed, not only idle NATs kept open.
            config.setKeepAliveProvider(KeepAliveProvider.KEEP_ALIVE);
            config.setLoggerFactory(SshjLogging.FACTORY);
        }
        return config;
    }

    private static void quietlyDisconnect(SSHClient client) {
        try {
            client.disconnect();
        } catch (IOException e) {
            // failing already: the first error is the one to report
        }
    }

    private static int millis(java.time.Duration duration) {
        return (int) Math.min(Integer.MAX_VALUE, duration.toMillis());
    }

    /** The first line of an exception's message (its type when it has none): for one-line error messages. */
    static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** Interactive round trips cost about 40 ms more with Nagle and delayed ACK (stack notes §2). */
    private static final SocketFactory NO_DELAY = new SocketFactory() {
        @Override
        public Socket createSocket() throws IOException {
            Socket socket = new Socket();
            socket.setTcpNoDelay(true);
            return socket;
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            throw new UnsupportedOperationException("SSHJ connects unconnected sockets itself");
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
            throw new UnsupportedOperationException("SSHJ connects unconnected sockets itself");
        }

        @Override
        public Socket createSocket(InetAddress host, int port) {
            throw new UnsupportedOperationException("SSHJ connects unconnected sockets itself");
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
            throw new UnsupportedOperationException("SSHJ connects unconnected sockets itself");
        }
    };

    /** The login password: asked through the prompt on first need, handed to SSHJ as copies, blanked after login. */
    private static final class OnePassword implements PasswordFinder {
        private final SshOptions options;
        private final List<char[]> handedOut = new ArrayList<>();
        private boolean asked;
        private char[] value;

        OnePassword(SshOptions options) {
            this.options = options;
        }

        @Override
        public synchronized char[] reqPassword(Resource<?> resource) {
            if (!asked) {
                asked = true;
                value = options.password().password(options.user() + "@" + options.host() + "'s password: ");
            }
            if (value == null) {
                return null;
            }
            char[] copy = value.clone(); // SSHJ keeps what it gets: blanked in forget() too
            handedOut.add(copy);
            return copy;
        }

        @Override
        public boolean shouldRetry(Resource<?> resource) {
            return false;
        }

        synchronized void forget() {
            if (value != null) {
                Arrays.fill(value, '\0');
                value = null;
            }
            handedOut.forEach(copy -> Arrays.fill(copy, '\0'));
            handedOut.clear();
        }
    }
}
