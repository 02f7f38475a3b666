package io.fpsh.lab;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A lab file as written: one simulated FTD and the network around it. Read by {@link LabLoader}; unknown fields
 * and missing required ones are errors. The records below are the file's sections, in the order they appear.
 *
 * @param plants the finding ids (xdr-health's catalogue) of the faults the lab plants, in the order xdr-health
 *               should report them; written {@code plants: ID} or as a list; empty for a healthy or tutorial lab
 * @param site   what the engineer knows of the site and no device shows ({@code site-dns}, a DNS server known to
 *               work; {@code site-proxy}, the proxy URL, credentials included): a playbook's site params
 * @param hangs  (optional) command lines that never return on this device, whatever the mode, and that Ctrl-C does
 *               not stop, as on a hung box: a fleet's runner must abandon such a device at its budget
 * @param ntp    (optional) the NTP servers {@code show ntp} reports; none: the device takes its time from its
 *               manager ("Via NTP from Management Center"), reported as that manager's host
 * @param teaching (optional) what makes the lab a lesson: its story, objectives, hints and solution
 * @param variables (optional) values drawn per student ({@code ${name}} in any text of the lab): {@link LabVariables}
 * @param seed     the seed the variables were drawn with; null: each variable's default (never written in a file)
 * @param fmc    (optional) the FMC's Cloud Services page (issue 12 §3, the world around the device); healthy if left out
 * @param sse    (optional) the SSE portal: its region, the Smart Account linked, its toggles; healthy if left out
 * @param smartAccount (optional) the Smart Account holding the device's licences; healthy if left out
 * @param interfaces (optional) the data interfaces LINA routes through ({@code show interface}, LINA's ping and
 *               traceroute); none: LINA's probes take the management path, as before data interfaces existed
 * @param logs   (optional) log lines written before the lab starts (issue 12 §5: a captured device's recent lines):
 *               the device's logs begin with them, verbatim, and the simulation's own lines follow
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
        Network network,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> plants,
        Map<String, String> site,
        List<String> hangs,
        List<NtpServer> ntp,
        Teaching teaching,
        List<Variable> variables,
        Long seed,
        Fmc fmc,
        Sse sse,
        SmartAccount smartAccount,
        List<DataInterface> interfaces,
        Logs logs) {

    public LabFile {
        // copies that keep a null a file wrote ({@code plants: [~]}): the validator names it, a constructor would not
        plants = plants == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(plants));
        site = site == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(site));
    }

    /** A lab as written before {@code logs} existed. */
    public LabFile(String name, String description, Clock clock, Device device, Management management, Dns dns,
                   Proxy proxy, List<Manager> managers, Connector connector, List<Process> processes, Network network,
                   List<String> plants, Map<String, String> site, List<String> hangs, List<NtpServer> ntp,
                   Teaching teaching, List<Variable> variables, Long seed, Fmc fmc, Sse sse, SmartAccount smartAccount,
                   List<DataInterface> interfaces) {
        this(name, description, clock, device, management, dns, proxy, managers, connector, processes, network,
                plants, site, hangs, ntp, teaching, variables, seed, fmc, sse, smartAccount, interfaces, null);
    }

    /** A lab as written before {@code interfaces} existed. */
    public LabFile(String name, String description, Clock clock, Device device, Management management, Dns dns,
                   Proxy proxy, List<Manager> managers, Connector connector, List<Process> processes, Network network,
                   List<String> plants, Map<String, String> site, List<String> hangs, List<NtpServer> ntp,
                   Teaching teaching, List<Variable> variables, Long seed, Fmc fmc, Sse sse, SmartAccount smartAccount) {
        this(name, description, clock, device, management, dns, proxy, managers, connector, processes, network,
                plants, site, hangs, ntp, teaching, variables, seed, fmc, sse, smartAccount, null);
    }

    // --- earlier log lines (issue 12 §5: a captured device's recent lines) ---

    /**
     * Lines the device's logs hold from before the lab starts, oldest first, each exactly as the log has it:
     * {@code connector} begins /ngfw/var/log/connector/connector.log, {@code actionQueue} begins
     * /ngfw/var/log/action_queue.log. The simulation's own lines follow them.
     */
    public record Logs(List<String> connector, List<String> actionQueue) {
        /** A log's earlier lines, at most: a capture writes 50, and a lab is no place for a whole log. */
        public static final int MAX_LINES = 500;
        /** One line, at most, in bytes (UTF-8): a longer one is a file pasted into a line. */
        public static final int MAX_LINE_BYTES = 4096;

        /** connector.log's earlier lines; empty when the lab has none. */
        public List<String> connectorLines() {
            return connector == null ? List.of() : connector;
        }

        /** action_queue.log's earlier lines; empty when the lab has none. */
        public List<String> actionQueueLines() {
            return actionQueue == null ? List.of() : actionQueue;
        }
    }

    /** The lab's earlier log lines; none for a lab that writes no {@code logs}. */
    public Logs earlierLogs() {
        return logs == null ? new Logs(null, null) : logs;
    }

    // --- data interfaces (issue 11 §1: show interface, LINA's ping and traceroute) ---

    /**
     * A data interface as LINA has it: {@code name} (GigabitEthernet0/0), {@code nameif} (outside), its IPv4
     * {@code address} and {@code netmask}, {@code securityLevel} (0..100), {@code link} ({@code up}, the default, or
     * {@code down}) and, on the interface the data default route leaves by, that route's {@code gateway}.
     */
    public record DataInterface(String name, String nameif, String address, String netmask, Integer securityLevel,
                                String link, String gateway) {
        public boolean isUp() {
            return !"down".equals(link);
        }
    }

    /** The data interfaces; empty for a lab that models none. */
    public List<DataInterface> dataInterfaces() {
        return interfaces == null ? List.of() : interfaces;
    }

    /** A lab that plants nothing, says nothing of its site and hangs on nothing. */
    public LabFile(String name, String description, Clock clock, Device device, Management management, Dns dns,
                   Proxy proxy, List<Manager> managers, Connector connector, List<Process> processes, Network network) {
        this(name, description, clock, device, management, dns, proxy, managers, connector, processes, network,
                List.of(), Map.of(), null);
    }

    /** A lab as written before {@code ntp} existed. */
    public LabFile(String name, String description, Clock clock, Device device, Management management, Dns dns,
                   Proxy proxy, List<Manager> managers, Connector connector, List<Process> processes, Network network,
                   List<String> plants, Map<String, String> site, List<String> hangs) {
        this(name, description, clock, device, management, dns, proxy, managers, connector, processes, network,
                plants, site, hangs, null);
    }

    /** A lab as written before {@code teaching} existed. */
    public LabFile(String name, String description, Clock clock, Device device, Management management, Dns dns,
                   Proxy proxy, List<Manager> managers, Connector connector, List<Process> processes, Network network,
                   List<String> plants, Map<String, String> site, List<String> hangs, List<NtpServer> ntp) {
        this(name, description, clock, device, management, dns, proxy, managers, connector, processes, network,
                plants, site, hangs, ntp, null);
    }

    /**
     * A lab as written before {@code variables} and the world around the device ({@code fmc}, {@code sse},
     * {@code smartAccount}) existed.
     */
    public LabFile(String name, String description, Clock clock, Device device, Management management, Dns dns,
                   Proxy proxy, List<Manager> managers, Connector connector, List<Process> processes, Network network,
                   List<String> plants, Map<String, String> site, List<String> hangs, List<NtpServer> ntp,
                   Teaching teaching) {
        this(name, description, clock, device, management, dns, proxy, managers, connector, processes, network,
                plants, site, hangs, ntp, teaching, null, null, null, null, null, null);
    }

    // --- variables (issue 12 §1): values drawn per student ---

    /**
     * A variable of the lab, referenced as {@code ${name}} in any text of the lab (its teaching part included). Exactly
     * one of: {@code choices} (one is drawn), {@code range} ({@code 192.0.2.10..192.0.2.26} or {@code 1..9}: one
     * address or number of it is drawn) or {@code value} (a text made of the variables above, never drawn).
     * {@code differentFrom} names variables above whose values this one never takes (the good server is not the dead
     * one). {@code default} is the value without a seed (default: the first choice, the range's first value). A
     * choice or a default may use the variables above. {@link LabVariables} has the rules.
     */
    public record Variable(String name, List<String> choices, String range, List<String> differentFrom, String value,
                           @com.fasterxml.jackson.annotation.JsonProperty("default") String defaultValue) {}

    // --- teaching (issue 12): a lab as a lesson ---

    /**
     * What a student is told and checked on. {@code objectives} are states of the device read through the probes'
     * model answers (never the lines typed); {@code hints} are given one at a time; {@code solution} is the lines an
     * instructor types, in order (a question's answer is the next line, as in piped input). {@code allowSolution}
     * lets {@code :lab solution} show it, {@code allowFix} lets {@code :run --fix} change a served device (both
     * default false).
     */
    public record Teaching(String title, String story, List<Objective> objectives, List<String> hints,
                          List<String> solution, Boolean allowSolution, Boolean allowFix) {
        public boolean solutionAllowed() {
            return Boolean.TRUE.equals(allowSolution);
        }

        public boolean fixAllowed() {
            return Boolean.TRUE.equals(allowFix);
        }
    }

    /**
     * One objective as written: exactly one kind is set. {@code resolves: NAME} (the device's nslookup through its
     * DNS servers gets an address), {@code answers: URL} (the device's curl gets an HTTP answer, any status; with
     * {@code cacert} the chain must verify against that file), {@code websocket: HOST} (the connector's websocket
     * to HOST, or through the device's proxy, is ESTABLISHED), {@code daemon: NAME} (pmtool shows it Running),
     * {@code socket: PATH} (a unix socket at PATH is CONNECTED: a daemon attached to it).
     * {@code walked: STEP} (a tutorial's step walked: {@code help}, {@code completion}, {@code abbreviation},
     * {@code expert}, {@code root}, {@code clish-again}, {@code curl-sse}) and {@code diagnosis: [CAUSE, ...]} (the
     * cause stated with {@code :lab answer}, matched against these and the lab's finding ids) read the lesson's trail.
     */
    public record Objective(String resolves, String answers, String cacert, String websocket, String daemon,
                            String socket,
                            // --- the world's kinds (issue 12 §3): the SSE portal ---
                            // sseEvents: true: the device's events are arriving in SSE (one within the last period);
                            // sseDevice: NAME: the SSE portal lists NAME, Registered
                            Boolean sseEvents, String sseDevice,
                            // the tutorial's and diagnosis labs' kinds, read from the lesson's trail
                            String walked, List<String> diagnosis) {
        /** An objective of the device's own kinds. */
        public Objective(String resolves, String answers, String cacert, String websocket, String daemon, String socket) {
            this(resolves, answers, cacert, websocket, daemon, socket, null, null, null, null);
        }
    }

    /**
     * An NTP server of the device: {@code status} as {@code show ntp} words it ({@code Being Used}, {@code Available},
     * {@code Not Reachable}; default Being Used for the first, Available for the others), its offset in microseconds and
     * the seconds since its {@code lastUpdate}.
     */
    public record NtpServer(String address, String status, Integer offsetMicros, Integer lastUpdateSeconds) {}

    /** A static route of the management interface ({@code configure network static-routes ipv4 add ...}). */
    public record StaticRoute(String interfaceName, String destination, String netmask, String gateway) {}

    /** Whether {@code line} is one of the lab's hung commands (blanks between words do not count). */
    public boolean hangsOn(String line) {
        if (hangs == null) {
            return false;
        }
        String typed = line.strip().replaceAll("\\s+", " ");
        return hangs.stream().anyMatch(h -> h.strip().replaceAll("\\s+", " ").equals(typed));
    }

    /**
     * Lab time. {@code start} is the DEVICE's clock when the session opens (what {@code date}, the logs and its
     * certificate checks use); {@code logOffset} is the UTC offset the connector writes its log in.
     * {@code deviceSkewDays} (default 0) is how far the device's clock runs ahead of the network's true time
     * (negative: behind): the lab's servers stamp their replies, and the lab's CAs and default leaf validity
     * are counted, from {@code start - deviceSkewDays}.
     */
    public record Clock(Instant start, String logOffset, Integer deviceSkewDays) {
        public Clock(Instant start, String logOffset) {
            this(start, logOffset, null);
        }

        /** The network's true time when the device's clock reads {@code deviceTime}. */
        public Instant networkTime(Instant deviceTime) {
            return deviceTime.minus(java.time.Duration.ofDays(deviceSkewDays == null ? 0 : deviceSkewDays));
        }
    }

    /**
     * The device. {@code fxosVersion} (optional): an appliance's FXOS (Firepower 1000/2100), as its {@code show
     * version} prints it ({@code 82.10(1.347i)}); with it {@code connect fxos} works, without it (a virtual FTD) the
     * clish refuses it. {@code product} (optional): {@code fmc} for a Firepower Management Center (its {@code >} has
     * the FMC's few commands, its Linux paths have no /ngfw prefix); absent for an FTD.
     */
    public record Device(
            String hostname, String model, String version, int build, String uuid,
            String rulesUpdateVersion, String lspVersion, String vdbVersion,
            String osLine, String productLine, String copyrightYears, String lastLogin,
            String showNetworkLayout, String curlVersion, String bindVersion, String region,
            List<Account> accounts,
            String fxosVersion,
            String product) {

        /** A device as written before {@code product} existed: an FTD. */
        public Device(String hostname, String model, String version, int build, String uuid,
                      String rulesUpdateVersion, String lspVersion, String vdbVersion,
                      String osLine, String productLine, String copyrightYears, String lastLogin,
                      String showNetworkLayout, String curlVersion, String bindVersion, String region,
                      List<Account> accounts, String fxosVersion) {
            this(hostname, model, version, build, uuid, rulesUpdateVersion, lspVersion, vdbVersion, osLine,
                    productLine, copyrightYears, lastLogin, showNetworkLayout, curlVersion, bindVersion, region,
                    accounts, fxosVersion, null);
        }

        /** True on an appliance: FXOS runs under the FTD ({@code connect fxos}). */
        public boolean hasFxos() {
            return fxosVersion != null;
        }

        // --- product (issue 11 §3: an FMC lab) ---

        /** The {@code product} that makes the device a management center: its own clish, no /ngfw. */
        public static final String FMC = "fmc";

        /** True on a management center ({@code product: fmc}); the default, an FTD, has it false. */
        public boolean isFmc() {
            return FMC.equals(product);
        }
    }

    public record Account(String user, String password) {}

    /** The management interface; {@code staticRoutes} (optional) are its routes besides the default one. */
    public record Management(
            String interfaceName, String state, String link, String channels, String mode, String mdix,
            int mtu, String mac, Ipv4 ipv4, int port, List<StaticRoute> staticRoutes) {}

    public record Ipv4(String configuration, String address, String netmask, String gateway) {}

    /** The device's resolver: servers, search domains, and glibc's timeout and attempts. */
    public record Dns(List<String> servers, List<String> searchDomains, Integer timeoutSeconds, Integer attempts) {}

    /** The device's own proxy setting at the start (what {@code configure network http-proxy} sets later). */
    public record Proxy(boolean enabled, String address, Integer port, String user, String password) {
        public Proxy(boolean enabled, String address, Integer port, String user) {
            this(enabled, address, port, user, null);
        }
    }

    /**
     * A manager of the device, as {@code show managers} prints it: 6.x gives {@code host} and {@code registration};
     * 7.x adds the optional {@code displayName}, {@code version}, {@code identifier} and {@code managementType}
     * (an FMC, on-premises or cloud-delivered, the cdFMC).
     */
    public record Manager(String host, String registration, String displayName, String version, String identifier,
                          String managementType) {
        public Manager(String host, String registration) {
            this(host, registration, null, null, null, null);
        }
    }

    /**
     * The SSE connector. {@code eventHandlerSocket}: {@code connected} (default) or {@code listening}, the state of
     * the EventHandler_SSEConnector.sock unix socket (listening only: the connector never attached to it).
     */
    public record Connector(
            String fqdn, int port, int registrationInterval, int canConnectIntervalSeconds, String eventingHost,
            String eventHandlerSocket) {

        public boolean eventHandlerAttached() {
            return !"listening".equals(eventHandlerSocket);
        }
    }

    /**
     * A pmtool record and its process: {@code command} is what ps and lsof show, {@code user} who runs it.
     * {@code state}: {@code running} (default) or {@code disabled} (pmtool shows it Disabled, ps does not list it,
     * its sockets are closed: as after {@code pmtool DisableById NAME}).
     */
    public record Process(String name, String category, int pid, String command, String user, String path, String state) {
        public Process(String name, String category, int pid, String command, String user, String path) {
            this(name, category, pid, command, user, path, null);
        }

        public boolean running() {
            return !"disabled".equals(state);
        }
    }

    /**
     * {@code proxy}: an HTTP CONNECT proxy of the lab (reaching the servers past the firewall's port-443 rules);
     * {@code tlsInspection}: a middlebox re-signing every TLS session to the lab's endpoints with its own CA.
     * {@code internet}: what a connection to an address outside the lab meets (the public answers of the lab's
     * DNS, 203.0.113.x, or any address typed): {@code unreachable} (default: the gateway answers ICMP host
     * unreachable, curl says "No route to host" at once), {@code drop} (SYNs vanish) or {@code reject} (RST).
     * A public name that must answer is a host of the lab instead.
     * {@code tcpSynRetries}: the device kernel's {@code net.ipv4.tcp_syn_retries} (1..127, default 6: a connect to
     * a dropped port fails after 127 s; 1 after 3 s, 2 after 7 s), which curl and the connector wait out.
     */
    public record Network(List<DnsServer> dnsServers, List<Host> hosts, Pki pki, List<Endpoint> endpoints,
                          LabProxy proxy, TlsInspection tlsInspection, String internet, Integer tcpSynRetries) {
        public Network(List<DnsServer> dnsServers, List<Host> hosts, Pki pki, List<Endpoint> endpoints) {
            this(dnsServers, hosts, pki, endpoints, null, null, null, null);
        }

        public Network(List<DnsServer> dnsServers, List<Host> hosts, Pki pki, List<Endpoint> endpoints,
                       LabProxy proxy, TlsInspection tlsInspection) {
            this(dnsServers, hosts, pki, endpoints, proxy, tlsInspection, null, null);
        }

        public String internetOrDefault() {
            return internet == null ? "unreachable" : internet;
        }

        public io.fpsh.net.SynRetries synRetries() {
            return tcpSynRetries == null ? io.fpsh.net.SynRetries.DEFAULT : new io.fpsh.net.SynRetries(tcpSynRetries);
        }
    }

    /**
     * A proxy server of the lab at {@code address:port} (port default 3128). With {@code user} it wants Basic
     * credentials ({@code user} and {@code password}) and answers 407 without them. It resolves names with the
     * lab's first answering DNS server, as a proxy uses its own resolver.
     */
    public record LabProxy(String address, Integer port, String user, String password) {
        public int portOrDefault() {
            return port == null ? 3128 : port;
        }
    }

    /**
     * A TLS-inspecting middlebox: every TLS session to a lab endpoint ends on it, under a certificate issued by
     * its own root {@code subject} (not one of the lab's CAs); {@code sendRoot} adds that root to the chain served.
     */
    public record TlsInspection(String subject, boolean sendRoot) {}

    /**
     * A DNS server of the lab: {@code answer}, {@code silent} (never answers), {@code servfail}, {@code refused},
     * or {@code slow} (answers after {@code delayMs}).
     */
    public record DnsServer(String address, String behaviour, Integer delayMs) {
        public DnsServer(String address, String behaviour) {
            this(address, behaviour, null);
        }
    }

    /**
     * A name the lab's DNS knows, its addresses and reverse name, and the endpoint serving it (if any).
     * {@code dns} overrides how the lab's answering servers treat this name: {@code answer} (default),
     * {@code nxdomain}, {@code servfail} or {@code refused}. {@code tcp443} is what a firewall on the way does to
     * port 443 of its addresses: {@code open} (default), {@code drop} (SYNs vanish) or {@code reject} (RST). That
     * firewall stands between the device and the world: the lab's proxy ({@link Network#proxy()}) is past it.
     */
    public record Host(String name, List<String> addresses, String ptr, String endpoint, String dns, String tcp443)
            {
        public Host(String name, List<String> addresses, String ptr, String endpoint) {
            this(name, addresses, ptr, endpoint, null, null);
        }

        public String dnsOrDefault() {
            return dns == null ? "answer" : dns;
        }

        public String tcp443OrDefault() {
            return tcp443 == null ? "open" : tcp443;
        }
    }

    public record Pki(Ca root, Ca intermediate) {}

    /** A certificate authority; its validity is relative to the lab clock's start. */
    public record Ca(String subject, int validFromDays, int validDays) {}

    /**
     * An HTTPS service: certificate (subject with {@code {host}}), TLS parameters, and answers per path.
     * {@code behaviour}: {@code answer} (default), {@code silent} (accepts, never sends a byte), {@code close}
     * (accepts, hangs up at once, on port 80 as well as 443) or {@code plain-http} (speaks HTTP without TLS on 443).
     */
    public record Endpoint(
            String name, String subject, Instant validFrom, Instant validTo,
            List<String> tlsVersions, List<String> cipherSuites,
            boolean requestClientCertificate, boolean sendRoot, List<Route> routes, String behaviour) {
        public Endpoint(String name, String subject, Instant validFrom, Instant validTo,
                        List<String> tlsVersions, List<String> cipherSuites,
                        boolean requestClientCertificate, boolean sendRoot, List<Route> routes) {
            this(name, subject, validFrom, validTo, tlsVersions, cipherSuites, requestClientCertificate, sendRoot, routes, null);
        }

        public String behaviourOrDefault() {
            return behaviour == null ? "answer" : behaviour;
        }
    }

    /** One answer: {@code path} {@code *} matches any path; header values may use {@code {date}} and {@code {length}}. */
    public record Route(String path, int status, String reason, List<String> headers, String body) {}

    // --- the world around the device (issue 12 §3): FMC, SSE portal, Smart Account ---

    /**
     * The FMC's Cloud Services page (System > Integration > Cloud Services), as saved and deployed when the lab
     * starts. {@code integration}: the Cisco Cloud integration on (default; off: a deployment stops the device's
     * connector); {@code events}: Cisco Cloud Event Configuration on (default); {@code region} US, EU or APJ (default:
     * the region of {@code connector.fqdn}); {@code eventTypes}: those sent, of {@code intrusion}, {@code file-malware},
     * {@code connection} (default all three).
     */
    public record Fmc(Boolean integration, Boolean events, String region, List<String> eventTypes) {}

    /**
     * The SSE portal of the customer's tenant: its {@code region} (default the device's {@code device.region}, else
     * the region of {@code connector.fqdn}), whether the Smart Account is {@code linked} to it (default true), and its
     * Cloud Services toggles {@code eventing} and {@code xdrThreatResponse} (default on).
     */
    public record Sse(String region, Boolean linked, Boolean eventing, Boolean xdrThreatResponse) {}

    /**
     * The Smart Account (software.cisco.com): its {@code name} (default {@code example-sa}), the virtual account
     * holding the device's licences (default {@code DEFAULT}) and whether it does hold the security licences
     * ({@code holdsLicences}, default true), the engineer's {@code user} and {@code role} there (default Smart Account
     * Administrator).
     */
    public record SmartAccount(String name, String virtualAccount, Boolean holdsLicences, String user, String role) {}
}
