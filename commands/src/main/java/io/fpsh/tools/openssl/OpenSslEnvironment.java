package io.fpsh.tools.openssl;

import io.fpsh.net.HostResolver;
import io.fpsh.net.VirtualNetwork;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the device's openssl reaches: its network and resolver (the lab's, as curl's), its files ({@code -CAfile}),
 * its clock (certificate validity, the session's Start Time) and the CA bundle of its default verify paths.
 */
public record OpenSslEnvironment(VirtualNetwork network, HostResolver resolver, Function<String, Optional<byte[]>> files,
                                 Supplier<Instant> clock, String defaultCaBundlePem) {}
