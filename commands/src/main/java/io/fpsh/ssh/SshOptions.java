package io.fpsh.ssh;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How to reach one FTD over SSH.
 *
 * @param keyFiles        private keys tried first (OpenSSH or PEM format, unencrypted); may be empty
 * @param password        asked only when the keys did not do; null: keys only
 * @param knownHosts      the OpenSSH known_hosts file (plain and hashed entries)
 * @param connectTimeout  for the TCP connect
 * @param socketTimeout   how long a protocol step (key exchange, login, channel open) may wait for the server
 * @param keepAlive       how often a keepalive goes out: idle sessions survive NAT, and a dead peer is noticed
 * @param commandDeadline how long one command may go without bringing a prompt back
 */
public record SshOptions(String host, int port, String user, List<Path> keyFiles, PasswordPrompt password,
                         Path knownHosts, UnknownHostKeys unknownHostKeys, Duration connectTimeout,
                         Duration socketTimeout, Duration keepAlive, Duration commandDeadline) {

    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(60);

    public SshOptions {
        keyFiles = List.copyOf(keyFiles);
    }

    /** Password login, refusing unknown host keys, with the default timeouts. */
    public static SshOptions of(String host, int port, String user, PasswordPrompt password, Path knownHosts) {
        return new SshOptions(host, port, user, List.of(), password, knownHosts, UnknownHostKeys.REFUSE,
                Duration.ofSeconds(10), Duration.ofSeconds(45), Duration.ofSeconds(15), DEFAULT_DEADLINE);
    }

    public SshOptions withKeyFiles(List<Path> files) {
        return new SshOptions(host, port, user, files, password, knownHosts, unknownHostKeys, connectTimeout,
                socketTimeout, keepAlive, commandDeadline);
    }

    public SshOptions withUnknownHostKeys(UnknownHostKeys policy) {
        return new SshOptions(host, port, user, keyFiles, password, knownHosts, policy, connectTimeout,
                socketTimeout, keepAlive, commandDeadline);
    }

    public SshOptions withCommandDeadline(Duration deadline) {
        return new SshOptions(host, port, user, keyFiles, password, knownHosts, unknownHostKeys, connectTimeout,
                socketTimeout, keepAlive, deadline);
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
