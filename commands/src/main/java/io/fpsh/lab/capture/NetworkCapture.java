package io.fpsh.lab.capture;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fpsh.ftd.NetworkInfo;
import io.fpsh.lab.LabFile;
import io.fpsh.probe.CurlCheck;
import io.fpsh.probe.DnsLookup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static io.fpsh.lab.capture.LabTree.putIfAny;
import static io.fpsh.lab.capture.LabTree.putIfRead;
import static io.fpsh.lab.capture.LabTree.strings;

/**
 * The {@code network} part of a captured lab: each DNS server asked and its behaviour, each SSE host's addresses, its
 * name's answer and its 443 (the firewall's rule or its server's behaviour, as an endpoint like the base's), the
 * certificates (TLS inspection, or the servers' own dates) and the lab's proxy where the device has one.
 */
final class NetworkCapture {
    /** The endpoint behaviours a host's 443 answer maps to, besides the base's answering one. */
    static final String SILENT = "silent";
    static final String CLOSE = "close";
    static final String PLAIN_HTTP = "plain-http";

    private final JsonNodeFactory json = JsonNodeFactory.instance;
    private final DeviceReading reading;
    private final LabFile base;
    private final List<String> unsaid;

    /** @param unsaid where what the lab cannot say is noted, for the header */
    NetworkCapture(DeviceReading reading, LabFile base, List<String> unsaid) {
        this.reading = reading;
        this.base = base;
        this.unsaid = unsaid;
    }

    // --- the network: the DNS servers' behaviours, the SSE hosts' names and 443, the certificates ---

    ObjectNode network(NetworkInfo network) {
        ObjectNode out = json.objectNode();
        putIfAny(out, "dnsServers", dnsServers());
        List<ObjectNode> endpoints = new ArrayList<>();
        putIfAny(out, "hosts", hosts(endpoints));
        Certificates certificates = certificates();
        ObjectNode sse = json.objectNode();
        LabFile.Endpoint answering = answeringEndpoint();
        if (certificates.validFrom() != null && answering != null) {
            if (!certificates.validFrom().equals(answering.validFrom()) || !certificates.validTo().equals(answering.validTo())) {
                sse.put("name", answering.name());
                sse.put("validFrom", certificates.validFrom().toString());
                sse.put("validTo", certificates.validTo().toString());
            }
        }
        ArrayNode endpointList = json.arrayNode();
        if (sse.size() > 0) {
            endpointList.add(sse);
        }
        endpoints.forEach(endpointList::add);
        putIfAny(out, "endpoints", endpointList);
        if (certificates.inspectedBy() != null) {
            out.putObject("tlsInspection").put("subject", certificates.inspectedBy()).put("sendRoot", false);
        }
        if (network != null && network.proxy() != null && network.proxy().enabled()) {
            ObjectNode proxy = out.putObject("proxy");
            proxy.put("address", network.proxy().address()).put("port", network.proxy().port());
            if (network.proxy().authenticated()) {
                proxy.put("user", CapturedLab.PLACEHOLDER_USER).put("password", CapturedLab.PLACEHOLDER_PASSWORD);
            }
        }
        return out;
    }

    /** Each DNS server asked, with its behaviour. */
    private ArrayNode dnsServers() {
        ArrayNode servers = json.arrayNode();
        Map<String, List<DeviceReading.Lookup>> byServer = new LinkedHashMap<>();
        reading.lookups().forEach(l -> byServer.computeIfAbsent(l.server(), s -> new ArrayList<>()).add(l));
        if (byServer.isEmpty()) {
            return servers;
        }
        for (Map.Entry<String, List<DeviceReading.Lookup>> server : byServer.entrySet()) {
            ObjectNode entry = servers.addObject().put("address", server.getKey());
            ServerBehaviour behaviour = ServerBehaviour.of(server.getValue());
            entry.put("behaviour", behaviour.name());
            if (behaviour.delayMs() != null) {
                entry.put("delayMs", behaviour.delayMs());
            }
        }
        return servers; // the base's other servers are removed by BaseRemovals, after any anonymization
    }

    /** Each SSE host the reading asked about: its addresses, its DNS answer's override, its 443. */
    private ArrayNode hosts(List<ObjectNode> endpoints) {
        ArrayNode hosts = json.arrayNode();
        Set<String> behaviours = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        reading.lookups().forEach(l -> names.add(l.host()));
        reading.reaches().forEach(r -> names.add(r.host()));
        Set<String> answeringServers = new LinkedHashSet<>();
        Map<String, List<DeviceReading.Lookup>> byServer = new LinkedHashMap<>();
        reading.lookups().forEach(l -> byServer.computeIfAbsent(l.server(), s -> new ArrayList<>()).add(l));
        byServer.forEach((server, lookups) -> {
            String behaviour = ServerBehaviour.of(lookups).name();
            if (behaviour.equals("answer") || behaviour.equals("slow")) {
                answeringServers.add(server);
            }
        });
        for (String name : names) {
            LabFile.Host was = baseHost(name);
            ObjectNode entry = json.objectNode().put("name", name);
            List<String> addresses = addresses(name);
            if (!addresses.isEmpty() && (was == null || !addresses.equals(was.addresses()))) {
                entry.set("addresses", strings(addresses));
                if (was != null && was.ptr() != null) {
                    entry.putNull("ptr"); // the base's reverse name is another address's
                }
            }
            String dns = nameAnswer(name, answeringServers);
            if (!dns.equals(was == null ? "answer" : was.dnsOrDefault())) {
                entry.put("dns", dns);
            }
            reading.reaches().stream().filter(r -> r.host().equals(name)).findFirst().ifPresent(reach ->
                    on443(reach, was, entry, behaviours));
            if (entry.size() > 1) {
                hosts.add(entry);
            }
        }
        for (String behaviour : behaviours) {
            endpoints.add(endpointBehaving(behaviour));
        }
        return hosts;
    }

    private LabFile.Host baseHost(String name) {
        return Objects.requireNonNullElse(base.network().hosts(), List.<LabFile.Host>of()).stream()
                .filter(h -> h.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    /** The A answers of the first server that gave any. */
    private List<String> addresses(String name) {
        for (DeviceReading.Lookup lookup : reading.lookups()) {
            if (!lookup.host().equals(name)) {
                continue;
            }
            DnsLookup answer = CapturedLab.answered(lookup);
            if (answer != null && DnsLookup.NOERROR.equals(answer.status())) {
                List<String> addresses = answer.answers().stream().filter(a -> "A".equals(a.type()))
                        .map(DnsLookup.Answer::data).toList();
                if (!addresses.isEmpty()) {
                    return addresses;
                }
            }
        }
        return List.of();
    }

    /**
     * How the answering servers treat the name: {@code answer}, {@code nxdomain}, {@code servfail} or {@code refused}.
     * A lab has one such answer per name: where the servers disagree, the failure is written and the difference said.
     */
    private String nameAnswer(String name, Set<String> answeringServers) {
        Set<String> statuses = new LinkedHashSet<>();
        for (DeviceReading.Lookup lookup : reading.lookups()) {
            DnsLookup answer = CapturedLab.answered(lookup);
            if (lookup.host().equals(name) && answeringServers.contains(lookup.server()) && answer != null) {
                statuses.add(answer.status());
            }
        }
        String failure = statuses.stream().filter(s -> !s.equals(DnsLookup.NOERROR)).findFirst().orElse(null);
        if (failure == null) {
            return "answer";
        }
        if (statuses.contains(DnsLookup.NOERROR)) {
            unsaid.add(name + ": some DNS servers answer it, others say " + failure + " (the lab says " + failure
                    + " on every answering server)");
        }
        return switch (failure) {
            case "NXDOMAIN" -> "nxdomain";
            case "SERVFAIL" -> "servfail";
            case "REFUSED" -> "refused";
            default -> "answer";
        };
    }

    /** What a host does on 443, by curl -k's exit code: the firewall's rule, or its server's behaviour. */
    private void on443(DeviceReading.Reach reach, LabFile.Host was, ObjectNode entry, Set<String> behaviours) {
        CurlCheck check = curl(reach.insecure());
        if (check == null) {
            return;
        }
        String tcp443 = "open";
        String behaviour = null;
        switch (check.exitCode()) {
            case 0, 6 -> { }
            // with no address the name never resolved in time (a dead DNS server): the dns part says it, not 443
            case 7 -> tcp443 = check.connected() || check.resolvedAddress() == null ? "open" : "reject";
            case 28 -> {
                if (check.connected()) {
                    behaviour = SILENT;
                } else if (check.resolvedAddress() != null) {
                    tcp443 = "drop";
                }
            }
            case 35 -> behaviour = check.tlsError() != null && (check.tlsError().contains("wrong version number")
                    || check.tlsError().contains("unknown protocol")) ? PLAIN_HTTP : CLOSE;
            default -> unsaid.add(reach.url() + ": curl " + check.exitCode() + " (not reproduced: the base's answer)");
        }
        if (!tcp443.equals(was == null ? "open" : was.tcp443OrDefault())) {
            entry.put("tcp443", tcp443);
        }
        if (behaviour != null) {
            behaviours.add(behaviour);
            entry.put("endpoint", "captured-" + behaviour);
        }
    }

    /** An endpoint like the base's answering one (its certificate, TLS and answers) that behaves as seen. */
    private ObjectNode endpointBehaving(String behaviour) {
        LabFile.Endpoint like = answeringEndpoint();
        ObjectNode endpoint = json.objectNode().put("name", "captured-" + behaviour).put("behaviour", behaviour);
        endpoint.put("subject", like.subject());
        if (like.validFrom() != null) {
            endpoint.put("validFrom", like.validFrom().toString());
        }
        if (like.validTo() != null) {
            endpoint.put("validTo", like.validTo().toString());
        }
        endpoint.set("tlsVersions", strings(Objects.requireNonNullElse(like.tlsVersions(), List.of())));
        endpoint.set("cipherSuites", strings(Objects.requireNonNullElse(like.cipherSuites(), List.of())));
        endpoint.put("requestClientCertificate", like.requestClientCertificate());
        endpoint.put("sendRoot", like.sendRoot());
        ArrayNode routes = endpoint.putArray("routes");
        for (LabFile.Route route : like.routes()) {
            ObjectNode r = routes.addObject().put("path", route.path()).put("status", route.status());
            putIfRead(r, "reason", route.reason());
            r.set("headers", strings(Objects.requireNonNullElse(route.headers(), List.of())));
            putIfRead(r, "body", route.body());
        }
        return endpoint;
    }

    /** The base's endpoint serving the API host (the one whose certificate the capture compares). */
    private LabFile.Endpoint answeringEndpoint() {
        List<LabFile.Endpoint> endpoints = Objects.requireNonNullElse(base.network().endpoints(), List.of());
        LabFile.Host api = baseHost(DeviceReader.region(reading.probes().get("connector-properties")).apiHost());
        String name = api != null && api.endpoint() != null ? api.endpoint() : "sse";
        return endpoints.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElse(endpoints.isEmpty() ? null : endpoints.get(0));
    }

    /**
     * The certificate seen on the API host: its issuer is a TLS-inspecting middlebox's when the connector's CA refuses
     * the chain and the issuer is none of the base's CAs; otherwise its dates are the SSE servers'.
     */
    private record Certificates(Instant validFrom, Instant validTo, String inspectedBy) {}

    private Certificates certificates() {
        for (DeviceReading.Reach reach : reading.reaches()) {
            CurlCheck seen = curl(reach.insecure());
            if (seen == null || seen.certificateIssuer() == null) {
                continue;
            }
            CurlCheck verified = curl(reach.verified());
            String issuer = distinguishedName(seen.certificateIssuer());
            boolean refused = verified != null && verified.exitCode() != 0;
            if (refused && !baseIssuers().contains(issuer)) {
                return new Certificates(null, null, issuer);
            }
            Instant from = instant(seen.certificateStartDate());
            Instant to = instant(seen.certificateExpireDate());
            return from == null || to == null ? new Certificates(null, null, null) : new Certificates(from, to, null);
        }
        return new Certificates(null, null, null);
    }

    private Set<String> baseIssuers() {
        Set<String> issuers = new LinkedHashSet<>();
        LabFile.Pki pki = base.network().pki();
        if (pki != null) {
            issuers.add(pki.root().subject());
            if (pki.intermediate() != null) {
                issuers.add(pki.intermediate().subject());
            }
        }
        return issuers;
    }

    /** curl's {@code C=US; O=Example Corp; CN=...} as a lab writes it: {@code C=US, O=Example Corp, CN=...}. */
    static String distinguishedName(String curlForm) {
        return curlForm.strip().replaceAll(";\\s*(?=[A-Za-z.0-9]+=)", ", ");
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static CurlCheck curl(io.fpsh.probe.ProbeResult result) {
        return CapturedLab.curl(result);
    }
}
