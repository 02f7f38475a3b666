package io.fpsh.sim.network;

import io.fpsh.lab.LabFile;
import io.fpsh.net.server.LabPki;
import io.fpsh.net.server.LabTlsInterceptor;
import io.fpsh.net.server.LoopbackSockets;
import io.fpsh.net.server.TlsSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import javax.net.ssl.SSLContext;

/**
 * The lab's TLS-inspecting middlebox ({@code network.tlsInspection}): one {@link LabTlsInterceptor} per host,
 * started on first use, in front of that host's real lab server. It presents the inspection CA's leaf for the
 * host and checks the real server's chain against the lab's roots at the network's time.
 */
final class LabTlsInspection implements AutoCloseable {
    private final LabFile lab;
    private final LabHttpsServers servers;
    private final Supplier<Instant> networkClock;
    private final Map<String, LabTlsInterceptor> interceptors = new ConcurrentHashMap<>();

    LabTlsInspection(LabFile lab, LabHttpsServers servers, Supplier<Instant> networkClock) {
        this.lab = lab;
        this.servers = servers;
        this.networkClock = networkClock;
    }

    InetSocketAddress endpointFor(LabFile.Host host) {
        return interceptors.computeIfAbsent(host.name(), name -> start(host)).endpoint();
    }

    private LabTlsInterceptor start(LabFile.Host host) {
        LabFile.Endpoint endpoint = LabCertificates.endpoint(lab, host.endpoint());
        LabPki corporate = LabCertificates.inspection(lab);
        TlsSettings face = new TlsSettings(corporate.serverContext(host.name(), lab.network().tlsInspection().sendRoot()),
                endpoint.tlsVersions(), endpoint.cipherSuites(), false, List.of());
        LabPki real = LabCertificates.of(lab);
        SSLContext upstreamTls = real.clientContext(real.trustManager(networkClock));
        return LabTlsInterceptor.start(face, host.name(), () -> connect(servers.endpointFor(host)), upstreamTls);
    }

    private static Socket connect(InetSocketAddress server) {
        try {
            return LoopbackSockets.connect(server.getAddress(), server.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        interceptors.values().forEach(LabTlsInterceptor::close);
        interceptors.clear();
    }
}
