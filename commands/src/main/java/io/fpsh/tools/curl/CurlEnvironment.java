package io.fpsh.tools.curl;

import io.fpsh.net.HostResolver;
import io.fpsh.net.VirtualNetwork;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a curl run sees of the simulated device.
 *
 * @param network            every TCP connect goes through it
 * @param resolver           the device's resolver (resolv.conf semantics)
 * @param files              the simulated filesystem (--cacert, --capath, -o)
 * @param clock              the device's clock; certificate validity is judged against it
 * @param dialect            which curl build to imitate
 * @param defaultCaBundlePem the trusted roots of the device's /etc/ssl/certs, as concatenated PEM
 * @param stdoutIsTerminal   true when stdout is the user's terminal: curl then bolds -i/-I header names and, unless
 *                           -o sends the body elsewhere, draws no progress meter
 */
public record CurlEnvironment(VirtualNetwork network, HostResolver resolver, CurlFiles files, Supplier<Instant> clock,
                              CurlDialect dialect, String defaultCaBundlePem, boolean stdoutIsTerminal) {

    public CurlEnvironment {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(dialect, "dialect");
        defaultCaBundlePem = defaultCaBundlePem == null ? "" : defaultCaBundlePem;
    }

    public CurlEnvironment withStdoutIsTerminal(boolean terminal) {
        return new CurlEnvironment(network, resolver, files, clock, dialect, defaultCaBundlePem, terminal);
    }

    public CurlEnvironment withDialect(CurlDialect other) {
        return new CurlEnvironment(network, resolver, files, clock, other, defaultCaBundlePem, stdoutIsTerminal);
    }
}
