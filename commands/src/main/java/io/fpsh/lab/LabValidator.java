package io.fpsh.lab;

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
    private static final Set<String> DNS_BEHAVIOURS = Set.of("answer", "silent", "servfail", "refused");
    private static final Set<String> LAYOUTS = Set.of("guide-6.5", "6.x", "7.4");

    private final String file;
    private final SourceLocator locator;

    LabValidator(String file, String source) {
        this.file = file;
        this.locator = new SourceLocator(source);
    }

    void validate(LabFile lab) throws LabException {
        require(lab.name(), "name");
        if (!lab.name().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            fail("name", "must be letters, digits, '.', '_' or '-' (got '" + lab.name() + "')");
        }
        require(lab.clock(), "clock");
        require(lab.clock().start(), "clock.start");
        if (lab.clock().logOffset() != null) {
            try {
                ZoneOffset.of(lab.clock().logOffset());
            } catch (RuntimeException e) {
                fail("clock.logOffset", "not a UTC offset such as -05:00 (got '" + lab.clock().logOffset() + "')");
            }
        }
        validateDevice(lab.device());
        validateManagement(lab.management());
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
        validateNetwork(lab.network());
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

    private void validateNetwork(LabFile.Network network) throws LabException {
        require(network, "network");
        Set<String> endpoints = new HashSet<>();
        for (LabFile.Endpoint endpoint : Objects.requireNonNullElse(network.endpoints(), List.<LabFile.Endpoint>of())) {
            require(endpoint.name(), "network.endpoints.name");
            require(endpoint.subject(), "network.endpoints.subject");
            require(endpoint.routes(), "network.endpoints.routes");
            endpoints.add(endpoint.name());
        }
        for (LabFile.DnsServer server : Objects.requireNonNullElse(network.dnsServers(), List.<LabFile.DnsServer>of())) {
            ipv4(server.address(), "network.dnsServers.address");
            if (!DNS_BEHAVIOURS.contains(Objects.requireNonNullElse(server.behaviour(), ""))) {
                fail("network.dnsServers.behaviour", "must be one of " + DNS_BEHAVIOURS + " (got '" + server.behaviour() + "')");
            }
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
        }
        if (!endpoints.isEmpty()) {
            require(network.pki(), "network.pki");
            require(network.pki().root(), "network.pki.root");
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

    private void fail(String field, String problem) throws LabException {
        throw new LabException(file + lineOf(field, problem) + ": field '" + field + "': " + problem);
    }

    private String lineOf(String field, String problem) {
        int quote = problem.indexOf('\'');
        int close = quote < 0 ? -1 : problem.indexOf('\'', quote + 1);
        return locator.lineOf(field, close > quote ? problem.substring(quote + 1, close) : null);
    }
}
