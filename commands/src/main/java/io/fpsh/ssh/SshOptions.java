package io.fpsh.ssh;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How to reach one FTD over SSH.
 *
 * @param keyFiles        private key files (OpenSSH or PEM format), tried after the agent's keys; may be empty
 * @param password        asks the login password when the keys did not do, and the passphrase of an encrypted
 *                        key file; null: unattended, keys only (encrypted key files are skipped, as BatchMode does)
 * @param knownHosts      the OpenSSH known_hosts file (plain and hashed entries)
 * @param connectTimeout  for the TCP connect
 * @param socketTimeout   how long a protocol step (key exchange, login, channel open) may wait for the server
 * @param keepAlive       how often a keepalive goes out: idle sessions survive NAT, and a dead peer is noticed
 * @param commandDeadline how long one command may go without bringing a prompt back
 * @param agentSocket     the ssh-agent's socket (SSH_AUTH_SOCK) whose keys are offered first; null: no agent
 * @param jump            the host to connect through ({@code ProxyJump}, {@code -J}): the connection to this one
 *                        is a direct-tcpip channel opened on it; null: straight to the host
 */
public record SshOptions(String host, int port, String user, List<Path> keyFiles, PasswordPrompt password,
                         Path knownHosts, UnknownHostKeys unknownHostKeys, Duration connectTimeout,
                         Duration socketTimeout, Duration keepAlive, Duration commandDeadline, Path agentSocket,
                         SshOptions jump) {

    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(60);

    public SshOptions {
        keyFiles = List.copyOf(keyFiles);
    }

    /** Without an agent. */
    public SshOptions(String host, int port, String user, List<Path> keyFiles, PasswordPrompt password,
                      Path knownHosts, UnknownHostKeys unknownHostKeys, Duration connectTimeout,
                      Duration socketTimeout, Duration keepAlive, Duration commandDeadline) {
        this(host, port, user, keyFiles, password, knownHosts, unknownHostKeys, connectTimeout, socketTimeout,
                keepAlive, commandDeadline, null);
    }

    /** Straight to the host, without a jump host. */
    public SshOptions(String host, int port, String user, List<Path> keyFiles, PasswordPrompt password,
                      Path knownHosts, UnknownHostKeys unknownHostKeys, Duration connectTimeout,
                      Duration socketTimeout, Duration keepAlive, Duration commandDeadline, Path agentSocket) {
        this(host, port, user, keyFiles, password, knownHosts, unknownHostKeys, connectTimeout, socketTimeout,
                keepAlive, commandDeadline, agentSocket, null);
    }

    /** Password login, refusing unknown host keys, with the default timeouts. */
    public static SshOptions of(String host, int port, String user, PasswordPrompt password, Path knownHosts) {
        return new SshOptions(host, port, user, List.of(), password, knownHosts, UnknownHostKeys.REFUSE,
                Duration.ofSeconds(10), Duration.ofSeconds(45), Duration.ofSeconds(15), DEFAULT_DEADLINE);
    }

    public SshOptions withKeyFiles(List<Path> files) {
        return new SshOptions(host, port, user, files, password, knownHosts, unknownHostKeys, connectTimeout,
                socketTimeout, keepAlive, commandDeadline, agentSocket, jump);
    }

    /** The policy for this host and the jump host, which ssh checks alike. */
    public SshOptions withUnknownHostKeys(UnknownHostKeys policy) {
        return new SshOptions(host, port, user, keyFiles, password, knownHosts, policy, connectTimeout,
                socketTimeout, keepAlive, commandDeadline, agentSocket, jump == null ? null : jump.withUnknownHostKeys(policy));
    }

    public SshOptions withCommandDeadline(Duration deadline) {
        return new SshOptions(host, port, user, keyFiles, password, knownHosts, unknownHostKeys, connectTimeout,
                socketTimeout, keepAlive, deadline, agentSocket, jump);
    }

    public SshOptions withKnownHosts(Path file) {
        return new SshOptions(host, port, user, keyFiles, password, file, unknownHostKeys, connectTimeout,
                socketTimeout, keepAlive, commandDeadline, agentSocket, jump);
    }

    public SshOptions withConnectTimeout(Duration timeout) {
        return new SshOptions(host, port, user, keyFiles, password, knownHosts, unknownHostKeys, timeout,
                socketTimeout, keepAlive, commandDeadline, agentSocket, jump);
    }

    /** @param socket null: no agent */
    public SshOptions withAgent(Path socket) {
        return new SshOptions(host, port, user, keyFiles, password, knownHosts, unknownHostKeys, connectTimeout,
                socketTimeout, keepAlive, commandDeadline, socket, jump);
    }

    /** Through {@code host} ({@code -J}, {@code ProxyJump}); null: straight to the host. */
    public SshOptions withJump(SshOptions host) {
        return new SshOptions(this.host, port, user, keyFiles, password, knownHosts, unknownHostKeys, connectTimeout,
                socketTimeout, keepAlive, commandDeadline, agentSocket, host);
    }

    /** The target as fpsh names it: {@code ssh://user@host[:port]}. */
    public String targetName() {
        String address = host.contains(":") ? "[" + host + "]" : host;
        return "ssh://" + user + "@" + address + (port == 22 ? "" : ":" + port);
    }

    /** The host as OpenSSH writes it in known_hosts and messages: {@code host} or {@code [host]:port}. */
    public String knownHostsName() {
        return port == 22 ? host.toLowerCase() : "[" + host.toLowerCase() + "]:" + port;
    }
}
