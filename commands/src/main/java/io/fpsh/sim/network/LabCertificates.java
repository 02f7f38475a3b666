package io.fpsh.sim.network;

import io.fpsh.lab.LabFile;
import io.fpsh.net.server.CertificateSpec;
import io.fpsh.net.server.DistinguishedName;
import io.fpsh.net.server.LabPki;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lab's PKI: its root, its intermediate, and one leaf per host served by an endpoint (subject with
 * {@code {host}} filled in). Made once per lab per process, every session of a lab sharing it, and kept on disk
 * ({@link PkiDiskCache}) so that later starts restore it instead of generating keys again.
 */
public final class LabCertificates {
    public static final String ROOT = "root";
    public static final String INTERMEDIATE = "intermediate";
    private static final Map<String, LabPki> CACHE = new ConcurrentHashMap<>();
    private static final PkiDiskCache DISK = PkiDiskCache.forUser();
    /** How many labs {@link #recent} remembers: a fleet serves a few labs in turn, a test suite many one by one. */
    private static final int REMEMBERED_LABS = 8;

    /** A lab's certificate specs and their PKI's cache key, worked out once for that lab object. */
    private record Derived(LabFile lab, List<CertificateSpec> specs, String key) {}

    /**
     * The labs asked about lately, newest first, found by identity (a LabFile never changes): the connector's model
     * asks for every connection it models, and parsing the names and hashing the specs each time was about 8% of
     * a served fleet's CPU. Replaced whole on each change, so readers take no lock.
     */
    private static volatile List<Derived> recent = List.of();

    private LabCertificates() {}

    public static LabPki of(LabFile lab) {
        Derived derived = derived(lab);
        // keyed on what the certificates are made of: labs differing elsewhere share a PKI, no two PKIs share a key
        return CACHE.computeIfAbsent(derived.key(), key -> DISK.load(derived.specs()));
    }

    static List<CertificateSpec> specs(LabFile lab) {
        return derived(lab).specs();
    }

    private static Derived derived(LabFile lab) {
        for (Derived known : recent) {
            if (known.lab() == lab) {
                return known;
            }
        }
        List<CertificateSpec> specs = List.copyOf(newSpecs(lab));
        Derived derived = new Derived(lab, specs, PkiDiskCache.key(specs));
        synchronized (LabCertificates.class) {
            List<Derived> next = new ArrayList<>(REMEMBERED_LABS);
            next.add(derived);
            recent.stream().filter(known -> known.lab() != lab).limit(REMEMBERED_LABS - 1).forEach(next::add);
            recent = List.copyOf(next);
        }
        return derived;
    }

    private static List<CertificateSpec> newSpecs(LabFile lab) {
        // issued in the network's true time: a skewed device judges them by its own clock
        Instant start = lab.clock().networkTime(lab.clock().start());
        LabFile.Pki pki = lab.network().pki();
        List<CertificateSpec> specs = new ArrayList<>();
        specs.add(CertificateSpec.root(ROOT, DistinguishedName.parse(pki.root().subject()),
                start.plus(Duration.ofDays(pki.root().validFromDays())),
                start.plus(Duration.ofDays(pki.root().validFromDays() + (long) pki.root().validDays()))));
        String issuer = ROOT;
        if (pki.intermediate() != null) {
            LabFile.Ca ica = pki.intermediate();
            specs.add(CertificateSpec.intermediate(INTERMEDIATE, DistinguishedName.parse(ica.subject()), ROOT,
                    start.plus(Duration.ofDays(ica.validFromDays())),
                    start.plus(Duration.ofDays(ica.validFromDays() + (long) ica.validDays()))));
            issuer = INTERMEDIATE;
        }
        for (LabFile.Host host : lab.network().hosts()) {
            if (host.endpoint() == null) {
                continue;
            }
            LabFile.Endpoint endpoint = endpoint(lab, host.endpoint());
            Instant from = endpoint.validFrom() != null ? endpoint.validFrom() : start.minus(Duration.ofDays(30));
            Instant to = endpoint.validTo() != null ? endpoint.validTo() : start.plus(Duration.ofDays(365));
            specs.add(CertificateSpec.leaf(host.name(), DistinguishedName.parse(endpoint.subject().replace("{host}", host.name())),
                    issuer, List.of(host.name()), from, to));
        }
        return specs;
    }

    /**
     * The TLS-inspecting middlebox's PKI: its own root (the lab's {@code network.tlsInspection.subject}, none of the
     * lab's CAs) and, for each host served by an endpoint, a leaf copying the real one's subject and names.
     */
    public static LabPki inspection(LabFile lab) {
        List<CertificateSpec> specs = inspectionSpecs(lab);
        return CACHE.computeIfAbsent(PkiDiskCache.key(specs), key -> DISK.load(specs));
    }

    /** Whether the lab's TLS-inspecting middlebox answers for this host: it inspects TLS only, TCP faults pass as they are. */
    public static boolean inspected(LabFile lab, LabFile.Host host) {
        return lab.network().tlsInspection() != null && host.endpoint() != null
                && endpoint(lab, host.endpoint()).behaviourOrDefault().equals("answer");
    }

    static final String INSPECTION_ROOT = "inspection-root";

    private static List<CertificateSpec> inspectionSpecs(LabFile lab) {
        Instant start = lab.clock().networkTime(lab.clock().start());
        List<CertificateSpec> specs = new ArrayList<>();
        // the middlebox mints its own certificates: its dates, not the real server's
        specs.add(CertificateSpec.root(INSPECTION_ROOT, DistinguishedName.parse(lab.network().tlsInspection().subject()),
                start.minus(Duration.ofDays(1000)), start.plus(Duration.ofDays(3000))));
        for (LabFile.Host host : lab.network().hosts()) {
            if (host.endpoint() != null) {
                LabFile.Endpoint endpoint = endpoint(lab, host.endpoint());
                specs.add(CertificateSpec.leaf(host.name(), DistinguishedName.parse(endpoint.subject().replace("{host}", host.name())),
                        INSPECTION_ROOT, List.of(host.name()), start.minus(Duration.ofDays(7)), start.plus(Duration.ofDays(358))));
            }
        }
        return specs;
    }

    /**
     * The chain a TLS client meets at {@code host} (the middlebox's when it inspects), leaf first, root last when it
     * is sent, from the specs alone: no key is made, so a model can ask it instantly.
     */
    public static List<CertificateSpec> servedChain(LabFile lab, LabFile.Host host) {
        return servedChain(lab, host, inspected(lab, host));
    }

    /** The same, {@code inspected} saying whether the middlebox answers for the host now (a stand-in may exempt it). */
    public static List<CertificateSpec> servedChain(LabFile lab, LabFile.Host host, boolean inspected) {
        List<CertificateSpec> specs = inspected ? inspectionSpecs(lab) : specs(lab);
        boolean sendRoot = inspected ? lab.network().tlsInspection().sendRoot() : endpoint(lab, host.endpoint()).sendRoot();
        List<CertificateSpec> chain = new ArrayList<>();
        String id = host.name();
        while (id != null) {
            String wanted = id;
            CertificateSpec cert = specs.stream().filter(s -> s.id().equals(wanted)).findFirst().orElseThrow();
            if (cert.issuerId() == null && !sendRoot) {
                break;
            }
            chain.add(cert);
            id = cert.issuerId();
        }
        return chain;
    }

    /** The subject of the CA that issued {@code cert}, among the lab's or the middlebox's certificates. */
    public static DistinguishedName issuerOf(LabFile lab, LabFile.Host host, CertificateSpec cert) {
        return issuerOf(lab, inspected(lab, host), cert);
    }

    /** The same, {@code inspected} saying whether the middlebox answers for the host now. */
    public static DistinguishedName issuerOf(LabFile lab, boolean inspected, CertificateSpec cert) {
        List<CertificateSpec> specs = inspected ? inspectionSpecs(lab) : specs(lab);
        return specs.stream().filter(s -> s.id().equals(cert.issuerId())).findFirst().orElseThrow().subject();
    }

    /** Whether a certificate of the chain a host serves is out of date at {@code deviceTime}: what a client's check says. */
    public enum ChainValidity { VALID, EXPIRED, NOT_YET_VALID }

    /**
     * The host's chain (its leaf and the CAs above it) judged at {@code deviceTime}, from the specs alone: no key
     * is made, so the connector's model can ask it for every run.
     */
    public static ChainValidity chainValidity(LabFile lab, String hostName, Instant deviceTime) {
        for (CertificateSpec spec : specs(lab)) {
            boolean inChain = spec.ca() || spec.id().equals(hostName);
            if (inChain && deviceTime.isBefore(spec.notBefore())) {
                return ChainValidity.NOT_YET_VALID;
            }
            if (inChain && deviceTime.isAfter(spec.notAfter())) {
                return ChainValidity.EXPIRED;
            }
        }
        return ChainValidity.VALID;
    }

    static LabFile.Endpoint endpoint(LabFile lab, String name) {
        return lab.network().endpoints().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no endpoint " + name));
    }
}
