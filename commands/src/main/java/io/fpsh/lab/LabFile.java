package io.fpsh.lab;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A lab file as written: one simulated FTD and the network around it. Read by {@link LabLoader}; unknown fields
 * and missing required ones are errors. The records below are the file's sections, in the order they appear.
 */
public record LabFile(
        String name,
        String description,
        Clock clock,
        Device device,
        Management management,
        Dns dns,
        Proxy proxy,
        List<Manager> managers,
        Connector connector,
        List<Process> processes,
        Network network) implements Serializable {

    /** Lab time: where it starts; {@code logOffset} is the UTC offset the connector writes its log in. */
    public record Clock(Instant start, String logOffset) implements Serializable {}

    public record Device(
            String hostname, String model, String version, int build, String uuid,
            String rulesUpdateVersion, String lspVersion, String vdbVersion,
            String osLine, String productLine, String copyrightYears, String lastLogin,
            String showNetworkLayout, String curlVersion, String bindVersion, String region,
            List<Account> accounts) implements Serializable {}

    public record Account(String user, String password) implements Serializable {}

    public record Management(
            String interfaceName, String state, String link, String channels, String mode, String mdix,
            int mtu, String mac, Ipv4 ipv4, int port) implements Serializable {}

    public record Ipv4(String configuration, String address, String netmask, String gateway) implements Serializable {}

    /** The device's resolver: servers, search domains, and glibc's timeout and attempts. */
    public record Dns(List<String> servers, List<String> searchDomains, Integer timeoutSeconds, Integer attempts) implements Serializable {}

    public record Proxy(boolean enabled, String address, Integer port, String user) implements Serializable {}

    public record Manager(String host, String registration) implements Serializable {}

    public record Connector(
            String fqdn, int port, int registrationInterval, int canConnectIntervalSeconds, String eventingHost) implements Serializable {}

    /** A pmtool record and its process: {@code command} is what ps and lsof show, {@code user} who runs it. */
    public record Process(String name, String category, int pid, String command, String user, String path) implements Serializable {}

    public record Network(List<DnsServer> dnsServers, List<Host> hosts, Pki pki, List<Endpoint> endpoints) implements Serializable {}

    /** A DNS server of the lab: {@code answer}, {@code silent} (never answers), {@code servfail}, {@code refused}. */
    public record DnsServer(String address, String behaviour) implements Serializable {}

    /** A name the lab's DNS knows, its addresses and reverse name, and the endpoint serving it (if any). */
    public record Host(String name, List<String> addresses, String ptr, String endpoint) implements Serializable {}

    public record Pki(Ca root, Ca intermediate) implements Serializable {}

    /** A certificate authority; its validity is relative to the lab clock's start. */
    public record Ca(String subject, int validFromDays, int validDays) implements Serializable {}

    /** An HTTPS service: certificate (subject with {@code {host}}), TLS parameters, and answers per path. */
    public record Endpoint(
            String name, String subject, Instant validFrom, Instant validTo,
            List<String> tlsVersions, List<String> cipherSuites,
            boolean requestClientCertificate, boolean sendRoot, List<Route> routes) implements Serializable {}

    /** One answer: {@code path} {@code *} matches any path; header values may use {@code {date}} and {@code {length}}. */
    public record Route(String path, int status, String reason, List<String> headers, String body) implements Serializable {}
}
