package io.fpsh.lab;

import io.fpsh.ftd.ShowNetworkRenderer;
import io.fpsh.net.SynRetries;
import io.fpsh.net.server.DistinguishedName;

import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks what YAML typing cannot: required fields, addresses, names, references between sections. */
final class LabValidator {
    private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
    private static final Set<String> DNS_BEHAVIOURS = Set.of("answer", "silent", "servfail", "refused", "slow");
    private static final Set<String> NAME_DNS = Set.of("answer", "nxdomain", "servfail", "refused");
    private static final Set<String> TCP_443 = Set.of("open", "drop", "reject");
    private static final Set<String> INTERNET = Set.of("unreachable", "drop", "reject");
    private static final Set<String> ENDPOINT_BEHAVIOURS = Set.of("answer", "silent", "close", "plain-http");
    private static final Set<String> EVENT_HANDLER_SOCKET = Set.of("connected", "listening");
    private static final Set<String> PROCESS_STATES = Set.of("running", "disabled");
    private static final Pattern FINDING_ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");
    private static final Set<String> SITE_PARAMS = LabSchema.SITE_PARAMS;
    /** A hundred years either way: beyond that a skew is a typo. */
    private static final int MAX_SKEW_DAYS = 36_500;
    private static final int MAX_DNS_DELAY_MS = 60_000;
    /** An error quotes what it found; a longer quote is cut (a lab value is a host name, not a page). */
    private static final int MAX_PROBLEM = 300;
    private static final List<String> LAYOUTS = ShowNetworkRenderer.LAYOUTS;
    private static final Set<String> TLS_VERSIONS = Set.of("TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3");
    // RFC 9110 token: what a header name may be made of.
    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    // Field values may hold visible characters, spaces and tabs; no CR/LF (that would split the response).
    private static final Pattern HEADER_VALUE = Pattern.compile("[\\t\\x20-\\x7E\\x{A0}-\\x{10FFFF}]*");

    /** The lab's file first, then its bases: an error names the file where the bad value is written. */
    private final List<LabText> files;

    LabValidator(String file, String source) {
        this(List.of(new LabText(file, source.getBytes(java.nio.charset.StandardCharsets.UTF_8), null)));
    }

    LabValidator(List<LabText> files) {
        this.files = files;
    }

    void validate(LabFile lab) throws LabException {
        require(lab.name(), "name");
        if (!lab.name().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            fail("name", "must be letters, digits, '.', '_' or '-' (got '" + lab.name() + "')");
        }
        validatePlants(lab.plants());
        validateSite(lab.site());
        require(lab.clock(), "clock");
        require(lab.clock().start(), "clock.start");
        if (lab.clock().logOffset() != null) {
            try {
                ZoneOffset.of(lab.clock().logOffset());
            } catch (RuntimeException e) {
                fail("clock.logOffset", "not a UTC offset such as -05:00 (got '" + lab.clock().logOffset() + "')");
            }
        }
        Integer skew = lab.clock().deviceSkewDays();
        if (skew != null && Math.abs(skew) > MAX_SKEW_DAYS) {
            fail("clock.deviceSkewDays", "must be within -" + MAX_SKEW_DAYS + ".." + MAX_SKEW_DAYS + " (got '" + skew + "')");
        }
        validateDevice(lab.device());
        validateManagement(lab.management());
        validateDataInterfaces(lab.dataInterfaces());
        require(lab.dns(), "dns");
        require(lab.dns().servers(), "dns.servers");
        for (String server : lab.dns().servers()) {
            ipv4(server, "dns.servers");
        }
        positive(lab.dns().timeoutSeconds(), "dns.timeoutSeconds");
        positive(lab.dns().attempts(), "dns.attempts");
        require(lab.connector(), "connector");
        host(lab.connector().fqdn(), "connector.fqdn");
        if (lab.connector().canConnectIntervalSeconds() < 1) {
            fail("connector.canConnectIntervalSeconds", "must be at least 1");
        }
        oneOf(lab.connector().eventHandlerSocket(), EVENT_HANDLER_SOCKET, "connector.eventHandlerSocket");
        for (LabFile.Process process : Objects.requireNonNullElse(lab.processes(), List.<LabFile.Process>of())) {
            oneOf(process.state(), PROCESS_STATES, "processes.state");
        }
        validateNetwork(lab.network());
        if (lab.hangs() != null) {
            for (String line : lab.hangs()) {
                if (line == null || line.isBlank()) {
                    fail("hangs", "each entry is a command line (got an empty one)");
                }
            }
        }
        new TeachingRules(this::failAt).validate(lab);
        new WorldRules(this::failAt).validate(lab);
        validateLogs(lab.earlierLogs());
    }

    // --- earlier log lines (issue 12 §5) ---

    private void validateLogs(LabFile.Logs logs) throws LabException {
        logLines(logs.connector(), "logs.connector");
        logLines(logs.actionQueue(), "logs.actionQueue");
    }

    /** Each entry one line of text (no line break: it would be two), the list and each line within their caps. */
    private void logLines(List<String> lines, String field) throws LabException {
        if (lines == null) {
            return;
        }
        if (lines.size() > LabFile.Logs.MAX_LINES) {
            fail(field, "holds at most " + LabFile.Logs.MAX_LINES + " lines (got " + lines.size() + ")");
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line == null) {
                fail(field, "each entry is a log line (entry " + (i + 1) + " is empty: ~)");
            }
            if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
                fail(field, "each entry is one line (entry " + (i + 1) + " holds a line break)");
            }
            int bytes = line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes > LabFile.Logs.MAX_LINE_BYTES) {
                fail(field, "a line is at most " + LabFile.Logs.MAX_LINE_BYTES + " bytes (entry " + (i + 1) + " has " + bytes + ")");
            }
        }
    }

    /** Finding ids as playbooks declare them: upper-case words joined by '-' (DNS-SERVER-DEAD). */
    private void validatePlants(List<String> plants) throws LabException {
        Set<String> seen = new HashSet<>();
        for (String id : plants) {
            require(id, "plants");
            if (!FINDING_ID.matcher(id).matches()) {
                fail("plants", "a finding id is upper-case words joined by '-', such as DNS-SERVER-DEAD (got '" + id + "')");
            }
            if (!seen.add(id)) {
                fail("plants", "names '" + id + "' twice");
            }
        }
    }

    /**
     * The site params a playbook may ask for. Unknown names are errors, as unknown fields are (a typo would leave a
     * playbook without the param); site-proxy's value is never quoted: it holds the proxy's password.
     */
    private void validateSite(java.util.Map<String, String> site) throws LabException {
        for (java.util.Map.Entry<String, String> param : site.entrySet()) {
            String name = param.getKey();
            if (!SITE_PARAMS.contains(name)) {
                fail("site", (LabSchema.isQuotable(name, SITE_PARAMS) ? "'" + name + "' is not a site param"
                        : "a name there is not a site param") + ": they are " + new java.util.TreeSet<>(SITE_PARAMS));
            }
            require(param.getValue(), "site." + name);
            if (name.equals("site-dns")) {
                ipv4(param.getValue(), "site.site-dns");
            } else if (name.equals("site-proxy") && !isProxyUrl(param.getValue())) {
                fail("site.site-proxy", "not a proxy URL such as http://[USER:PASSWORD@]HOST:PORT");
            }
        }
    }

    /** http://[USER:PASSWORD@]HOST:PORT, what configure network http-proxy and curl -x take. */
    private static boolean isProxyUrl(String value) {
        try {
            java.net.URI uri = new java.net.URI(value);
            return "http".equals(uri.getScheme()) && uri.getHost() != null && uri.getPort() > 0 && uri.getPort() < 65536
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private void validateDevice(LabFile.Device device) throws LabException {
        require(device, "device");
        host(device.hostname(), "device.hostname");
        require(device.model(), "device.model");
        require(device.version(), "device.version");
        require(device.curlVersion(), "device.curlVersion");
        require(device.bindVersion(), "device.bindVersion");
        if (device.showNetworkLayout() != null && !LAYOUTS.contains(device.showNetworkLayout())) {
            fail("device.showNetworkLayout", "must be one of " + LAYOUTS + " (got '" + device.showNetworkLayout() + "')");
        }
        require(device.accounts(), "device.accounts");
        if (device.accounts().isEmpty()) {
            fail("device.accounts", "needs at least one account");
        }
        for (LabFile.Account account : device.accounts()) {
            require(account.user(), "device.accounts.user");
            require(account.password(), "device.accounts.password");
        }
        // issue 11 §3: a management center; an FTD writes no product
        if (device.product() != null && !device.isFmc()) {
            fail("device.product", "must be " + LabFile.Device.FMC + " (a management center) or absent (an FTD)"
                    + " (got '" + device.product() + "')");
        }
    }

    private void validateManagement(LabFile.Management management) throws LabException {
        require(management, "management");
        require(management.interfaceName(), "management.interfaceName");
        if (!Set.of("eth0", "br1", "management0").contains(management.interfaceName())) {
            fail("management.interfaceName", "must be eth0, br1 or management0 (got '" + management.interfaceName() + "')");
        }
        require(management.ipv4(), "management.ipv4");
        ipv4(management.ipv4().address(), "management.ipv4.address");
        ipv4(management.ipv4().netmask(), "management.ipv4.netmask");
        ipv4(management.ipv4().gateway(), "management.ipv4.gateway");
        if (management.port() < 1 || management.port() > 65535) {
            fail("management.port", "must be a TCP port (got " + management.port() + ")");
        }
    }

    // --- data interfaces (issue 11 §1) ---

    private void validateDataInterfaces(List<LabFile.DataInterface> interfaces) throws LabException {
        Set<String> nameifs = new java.util.HashSet<>();
        int gateways = 0;
        for (LabFile.DataInterface data : interfaces) {
            require(data.name(), "interfaces.name");
            require(data.nameif(), "interfaces.nameif");
            if (!data.nameif().matches("[A-Za-z][-\\w]{0,47}")) {
                fail("interfaces.nameif", "not an interface name: '" + data.nameif() + "'");
            }
            if (!nameifs.add(data.nameif())) {
                fail("interfaces.nameif", "named twice: '" + data.nameif() + "'");
            }
            ipv4(data.address(), "interfaces.address");
            ipv4(data.netmask(), "interfaces.netmask");
            if (data.securityLevel() != null && (data.securityLevel() < 0 || data.securityLevel() > 100)) {
                fail("interfaces.securityLevel", "must be 0..100 (got " + data.securityLevel() + ")");
            }
            if (data.link() != null && !Set.of("up", "down").contains(data.link())) {
                fail("interfaces.link", "must be up or down (got '" + data.link() + "')");
            }
            if (data.gateway() != null) {
                ipv4(data.gateway(), "interfaces.gateway");
                gateways++;
            }
        }
        if (gateways > 1) {
            fail("interfaces.gateway", "only one interface carries the data default route (got " + gateways + ")");
        }
    }

    private void validateNetwork(LabFile.Network network) throws LabException {
        require(network, "network");
        Set<String> endpoints = new HashSet<>();
        for (LabFile.Endpoint endpoint : Objects.requireNonNullElse(network.endpoints(), List.<LabFile.Endpoint>of())) {
            require(endpoint.name(), "network.endpoints.name");
            require(endpoint.subject(), "network.endpoints.subject");
            require(endpoint.routes(), "network.endpoints.routes");
            validateEndpoint(endpoint);
            endpoints.add(endpoint.name());
        }
        for (LabFile.DnsServer server : Objects.requireNonNullElse(network.dnsServers(), List.<LabFile.DnsServer>of())) {
            ipv4(server.address(), "network.dnsServers.address");
            if (!DNS_BEHAVIOURS.contains(Objects.requireNonNullElse(server.behaviour(), ""))) {
                fail("network.dnsServers.behaviour", "must be one of " + DNS_BEHAVIOURS + " (got '" + server.behaviour() + "')");
            }
            dnsDelay(server);
        }
        for (LabFile.Host host : Objects.requireNonNullElse(network.hosts(), List.<LabFile.Host>of())) {
            host(host.name(), "network.hosts.name");
            require(host.addresses(), "network.hosts.addresses");
            for (String address : host.addresses()) {
                ipv4(address, "network.hosts.addresses");
            }
            if (host.endpoint() != null && !endpoints.contains(host.endpoint())) {
                fail("network.hosts.endpoint", "no endpoint named '" + host.endpoint() + "' in network.endpoints");
            }
            oneOf(host.dns(), NAME_DNS, "network.hosts.dns");
            oneOf(host.tcp443(), TCP_443, "network.hosts.tcp443");
        }
        oneOf(network.internet(), INTERNET, "network.internet");
        if (!endpoints.isEmpty()) {
            require(network.pki(), "network.pki");
            require(network.pki().root(), "network.pki.root");
        }
        Integer synRetries = network.tcpSynRetries();
        if (synRetries != null && (synRetries < SynRetries.MIN || synRetries > SynRetries.MAX)) {
            fail("network.tcpSynRetries", "must be " + SynRetries.MIN + ".." + SynRetries.MAX
                    + ", as net.ipv4.tcp_syn_retries (got " + synRetries + ")");
        }
        if (network.proxy() != null) {
            labProxy(network.proxy());
        }
        if (network.tlsInspection() != null) {
            if (network.tlsInspection().subject() == null) {
                fail("network.tlsInspection", "needs subject, the distinguished name of the middlebox's own CA");
            }
            subject(network.tlsInspection().subject(), network.tlsInspection().subject(), "network.tlsInspection.subject");
            if (endpoints.isEmpty()) {
                fail("network.tlsInspection", "inspects the TLS of network.endpoints, and there is none");
            }
        }
        if (network.pki() != null) {
            certificateAuthority(network.pki().root(), "network.pki.root");
            if (network.pki().intermediate() != null) {
                certificateAuthority(network.pki().intermediate(), "network.pki.intermediate");
            }
        }
    }

    private void validateEndpoint(LabFile.Endpoint endpoint) throws LabException {
        // the subject is a template; any host name stands in for {host}
        subject(endpoint.subject().replace("{host}", "host.example"), endpoint.subject(), "network.endpoints.subject");
        if (endpoint.validFrom() != null && endpoint.validTo() != null && !endpoint.validFrom().isBefore(endpoint.validTo())) {
            fail("network.endpoints.validTo", "must be after validFrom (got '" + endpoint.validTo() + "')");
        }
        oneOf(endpoint.behaviour(), ENDPOINT_BEHAVIOURS, "network.endpoints.behaviour");
        for (String version : Objects.requireNonNullElse(endpoint.tlsVersions(), List.<String>of())) {
            if (!TLS_VERSIONS.contains(version)) {
                fail("network.endpoints.tlsVersions", "'" + version + "' is not one of " + TLS_VERSIONS);
            }
        }
        List<String> suites = Objects.requireNonNullElse(endpoint.cipherSuites(), List.of());
        // asking JSSE initialises it (~150 ms cold): only when there is something to check
        Set<String> supported = suites.isEmpty() ? Set.of() : supportedCipherSuites();
        for (String suite : suites) {
            if (!supported.contains(suite)) {
                fail("network.endpoints.cipherSuites", "'" + suite + "' is not a cipher suite this Java supports");
            }
        }
        for (LabFile.Route route : endpoint.routes()) {
            require(route.path(), "network.endpoints.routes.path");
            if (route.status() < 100 || route.status() > 599) {
                fail("network.endpoints.routes.status", "must be an HTTP status 100..599 (got '" + route.status() + "')");
            }
            for (String header : Objects.requireNonNullElse(route.headers(), List.<String>of())) {
                headerLine(header);
            }
        }
    }

    /** The lab's proxy: where it listens, and credentials given whole (a user without a password is a typo). */
    private void labProxy(LabFile.LabProxy proxy) throws LabException {
        ipv4(proxy.address(), "network.proxy.address");
        if (proxy.port() != null && (proxy.port() < 1 || proxy.port() > 65535)) {
            fail("network.proxy.port", "must be a TCP port (got 'port: " + proxy.port() + "')");
        }
        if (proxy.user() != null && proxy.user().isBlank()) {
            fail("network.proxy.user", "must not be empty");
        }
        if (proxy.user() != null && proxy.user().contains(":")) {
            fail("network.proxy.user", "must not hold a colon (Basic credentials are user:password) (got '" + proxy.user() + "')");
        }
        if (proxy.user() != null && proxy.password() == null) {
            fail("network.proxy.user", "'" + proxy.user() + "' needs a password (network.proxy.password)");
        }
        if (proxy.user() == null && proxy.password() != null) {
            fail("network.proxy.password", "needs a user (network.proxy.user)"); // a password is never shown
        }
    }

    /** A slow server needs its delay; any other server must not have one (it would be silently ignored). */
    private void dnsDelay(LabFile.DnsServer server) throws LabException {
        Integer delay = server.delayMs();
        if ("slow".equals(server.behaviour()) && delay == null) {
            fail("network.dnsServers.behaviour", "'slow' needs delayMs (milliseconds before each answer)");
        }
        if (delay != null && !"slow".equals(server.behaviour())) {
            fail("network.dnsServers.delayMs", "only for behaviour 'slow' (got 'delayMs: " + delay + "')");
        }
        if (delay != null && (delay < 1 || delay > MAX_DNS_DELAY_MS)) {
            fail("network.dnsServers.delayMs", "must be 1.." + MAX_DNS_DELAY_MS + " (got 'delayMs: " + delay + "')");
        }
    }

    /** An optional field with a fixed set of values. */
    private void oneOf(String value, Set<String> allowed, String field) throws LabException {
        if (value != null && !allowed.contains(value)) {
            fail(field, "must be one of " + new java.util.TreeSet<>(allowed) + " (got '" + value + "')");
        }
    }

    private void headerLine(String line) throws LabException {
        String field = "network.endpoints.routes.headers";
        int colon = line == null ? -1 : line.indexOf(':');
        if (colon < 0) {
            fail(field, "'" + line + "' is not a 'Name: value' header line");
        }
        if (!HEADER_NAME.matcher(line.substring(0, colon)).matches()) {
            fail(field, "'" + line + "' has an invalid header name (letters, digits and !#$%&'*+.^_`|~- only, no space before ':')");
        }
        if (!HEADER_VALUE.matcher(line.substring(colon + 1)).matches()) {
            fail(field, "'" + escaped(line) + "' has a control character in its value");
        }
    }

    private void certificateAuthority(LabFile.Ca ca, String field) throws LabException {
        require(ca.subject(), field + ".subject");
        subject(ca.subject(), ca.subject(), field + ".subject");
        if (ca.validDays() < 1) {
            // quoted with its key: root and intermediate sit on lines that both hold "validDays"
            fail(field + ".validDays", "must be at least 1 (got 'validDays: " + ca.validDays() + "')");
        }
    }

    private void subject(String name, String written, String field) throws LabException {
        try {
            DistinguishedName.parse(name).toX500Name(); // toX500Name rejects unknown attribute types
        } catch (IllegalArgumentException e) {
            fail(field, "'" + written + "' is not a distinguished name such as 'C=US, O=Example, CN=host' ("
                    + e.getMessage().replace('\'', '"') + ")");
        }
    }

    /** The text as a YAML double-quoted string would spell it: keeps the message on one line and findable. */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 || c == 0x7F ? String.format("\\x%02X", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }

    private static Set<String> supportedCipherSuites() {
        try {
            return Set.of(javax.net.ssl.SSLContext.getDefault().getSupportedSSLParameters().getCipherSuites());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no default TLS context", e);
        }
    }

    private void require(Object value, String field) throws LabException {
        if (value == null || (value instanceof String s && s.isBlank())) {
            fail(field, "required");
        }
    }

    private void positive(Integer value, String field) throws LabException {
        if (value != null && value < 1) {
            fail(field, "must be at least 1 (got " + value + ")");
        }
    }

    private void ipv4(String value, String field) throws LabException {
        require(value, field);
        if (!IPV4.matcher(value).matches()) {
            fail(field, "not an IPv4 address: '" + value + "'");
        }
    }

    private void host(String value, String field) throws LabException {
        require(value, field);
        if (value.length() > 253 || !HOST.matcher(value).matches()) {
            fail(field, "not a host name: '" + value + "'");
        }
    }

    /** The value quoted in {@code problem} was read into a field; it is shown escaped and cut, so one short line. */
    private void fail(String field, String problem) throws LabException {
        failAt(field, field, problem);
    }

    /** {@link #fail} placed where {@code placeField} is written: a missing field is told where its section is. */
    private void failAt(String placeField, String field, String problem) throws LabException {
        String shown = escaped(problem);
        if (shown.length() > MAX_PROBLEM) {
            shown = shown.substring(0, MAX_PROBLEM) + "...";
        }
        throw new LabException(place(placeField, problem) + ": field '" + field + "': " + shown);
    }

    /**
     * "FILE:LINE" of the field. In a lab with bases, the value in force is the one written nearest the lab: the first
     * file (lab, then base, then its base) writing the field with the value the problem quotes, else the first
     * writing the field at all, else the lab itself.
     */
    private String place(String field, String problem) {
        int quote = problem.indexOf('\'');
        int close = quote < 0 ? -1 : problem.indexOf('\'', quote + 1);
        String value = close > quote ? problem.substring(quote + 1, close) : null;
        if (files.size() > 1) {
            for (LabText text : files) {
                if (value != null && new SourceLocator(text.source()).holds(field, value)) {
                    return text.displayName() + lineOf(new SourceLocator(text.source()), field, value);
                }
            }
            for (LabText text : files) {
                String walked = new SourceLocator(text.source()).lineOfPath(field);
                if (!walked.isEmpty()) {
                    return text.displayName() + lineOf(new SourceLocator(text.source()), field, value);
                }
            }
        }
        LabText lab = files.get(0);
        return lab.displayName() + lineOf(new SourceLocator(lab.source()), field, value);
    }

    private static String lineOf(SourceLocator locator, String field, String value) {
        if (value != null) {
            return locator.lineOf(field, value);
        }
        String walked = locator.lineOfPath(field);
        return walked.isEmpty() ? locator.lineOf(field, null) : walked;
    }
}
