/**
 * The real protocol servers of the simulated lab network, and its PKI. Everything binds to 127.0.0.1 on an
 * ephemeral port; the lab's {@link io.fpsh.net.VirtualNetwork} maps virtual addresses onto these endpoints, so no
 * socket ever reaches a non-loopback address.
 *
 * <ul>
 *   <li>{@link io.fpsh.net.server.LabPki} builds root, intermediate and leaf certificates from
 *       {@link io.fpsh.net.server.CertificateSpec}s (names as {@link io.fpsh.net.server.DistinguishedName} pairs),
 *       and exports PEM, CA bundles, OpenSSL hashed-directory entries ({@link io.fpsh.net.server.OpenSslSubjectHash}),
 *       key stores and TLS contexts, including a trust manager that checks validity at the lab clock.</li>
 *   <li>{@link io.fpsh.net.server.LabDnsServer} answers UDP DNS from a {@link io.fpsh.net.server.DnsZone} like a
 *       recursive resolver would, or fails the way the lab says ({@link io.fpsh.net.server.DnsBehaviour}).</li>
 *   <li>{@link io.fpsh.net.server.LabHttpsServer} answers HTTP/1.1, over TLS or plain, with canned
 *       {@link io.fpsh.net.server.HttpRoute}s, the lab's TLS versions, suites and ALPN, and connection-level
 *       failures ({@link io.fpsh.net.server.HttpBehaviour}).</li>
 *   <li>{@link io.fpsh.net.server.LabConnectProxy} is an HTTP CONNECT proxy (Basic auth, Squid's refusals) and
 *       {@link io.fpsh.net.server.LabTlsInterceptor} a TLS-inspecting middlebox; both reach the server behind
 *       them through a {@link io.fpsh.net.server.TunnelDialer} and relay bytes both ways.</li>
 * </ul>
 *
 * Inputs are plain records so the lab-file loader can build them from YAML. Servers start in milliseconds, run
 * on daemon threads only, and stop with {@code close()}.
 */
package io.fpsh.net.server;
