package io.fpsh.sim.network;

import io.fpsh.lab.LabFile;

import java.time.Instant;
import java.util.List;

/** Variants of a lab for tests: records are immutable, so a change is a copy. */
final class LabFiles {
    private LabFiles() {}

    /** The lab with its clock at {@code start} and every endpoint's leaf valid from..to, sending the root or not. */
    static LabFile withLeafValidity(LabFile lab, Instant start, Instant from, Instant to, boolean sendRoot) {
        LabFile.Network network = lab.network();
        List<LabFile.Endpoint> endpoints = network.endpoints().stream()
                .map(e -> new LabFile.Endpoint(e.name(), e.subject(), from, to, e.tlsVersions(), e.cipherSuites(),
                        e.requestClientCertificate(), sendRoot, e.routes()))
                .toList();
        return withNetwork(lab, new LabFile.Clock(start, lab.clock().logOffset()),
                new LabFile.Network(network.dnsServers(), network.hosts(), network.pki(), endpoints));
    }

    /** The lab with another PKI section. */
    static LabFile withPki(LabFile lab, LabFile.Pki pki) {
        LabFile.Network network = lab.network();
        return withNetwork(lab, lab.clock(), new LabFile.Network(network.dnsServers(), network.hosts(), pki, network.endpoints()));
    }

    private static LabFile withNetwork(LabFile lab, LabFile.Clock clock, LabFile.Network network) {
        return new LabFile(lab.name(), lab.description(), clock, lab.device(), lab.management(), lab.dns(), lab.proxy(),
                lab.managers(), lab.connector(), lab.processes(), network);
    }
}
