package io.fpsh.lab;

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
        Network network) {

    /** Lab time: where it starts; {@code logOffset} is the UTC offset the connector writes its log in. */
    public record Clock(Instant start, String logOffset) {}

    public record Device(
            String hostname, String model, String version, int build, String uuid,
            String rulesUpdateVersion, String lspVersion, String vdbVersion,
            String osLine, String productLine, String copyrightYears, String lastLogin,
            String showNetworkLayout, String curlVersion, String bindVersion, String region,
            List<Account> accounts) {}

    public record Account(String user, String password) {}

    public record Management(
            String interfaceName, String state, String link, String channels, String mode, String mdix,
            int mtu, String mac, Ipv4 ipv4, int port) {}

    public record Ipv4(String configuration, String address, String netmask, String gateway) {}

    /** The device's resolver: servers, search domains, and glibc's timeout and attempts. */
    public record Dns(List<String> servers, List<String> searchDomains, Integer timeoutSeconds, Integer attempts) {}

    public record Proxy(boolean enabled, String address, Integer port, String user) {}

    public record Manager(String host, String registration) {}

    public record Connector(
            String fqdn, int port, int registrationInterval, int canConnectIntervalSeconds, String eventingHost) {}

    /** A pmtool record and its process: {@code command} is what ps and lsof show, {@code user} who runs it. */
    public record Process(String name, String category, int pid, String command, String user, String path) {}

    public record Network(List<DnsServer> dnsServers, List<Host> hosts, Pki pki, List<Endpoint> endpoints) {}

    /** A DNS server of the lab: {@code answer}, {@code silent} (never answers), {@code servfail}, {@code refused}. */
    public record DnsServer(String address, String behaviour) {}

    /** A name the lab's DNS knows, its addresses and reverse name, and the endpoint serving it (if any). */
    public record Host(String name, List<String> addresses, String ptr, String endpoint) {}

    public record Pki(Ca root, Ca intermediate) {}

    /** A certificate authority; its validity is relative to the lab clock's start. */
    public record Ca(String subject, int validFromDays, int validDays) {}

    /** An HTTPS service: certificate (subject with {@code {host}}), TLS parameters, and answers per path. */
    public record Endpoint(
            String name, String subject, Instant validFrom, Instant validTo,
            List<String> tlsVersions, List<String> cipherSuites,
            boolean requestClientCertificate, boolean sendRoot, List<Route> routes) {}

    /** One answer: {@code path} {@code *} matches any path; header values may use {@code {date}} and {@code {length}}. */
    public record Route(String path, int status, String reason, List<String> headers, String body) {}
}
