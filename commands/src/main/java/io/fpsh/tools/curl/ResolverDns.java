package io.fpsh.tools.curl;

import io.fpsh.net.HostResolver;
import io.fpsh.net.HostResolver.Resolution;
import okhttp3.Dns;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * OkHttp's view of the device resolver. --resolve entries win, -4/-6 filter the answers, and the outcome is
 * reported to the transfer (OkHttp may wrap or replace the exception, so the exception alone is not trusted).
 */
final class ResolverDns implements Dns {

    /** What went wrong with a lookup, kept for the error mapper. */
    record Failure(String host, HostResolver.Outcome outcome, Duration took, boolean hitDeadline) {}

    private final HostResolver resolver;
    private final Map<String, List<InetAddress>> pinned;
    private final boolean ipv4Only, ipv6Only;
    private final Supplier<Duration> deadline;
    private final Consumer<Failure> failures;
    private final Consumer<String> pinnedHits;
    private final Runnable lookupStarting;

    ResolverDns(HostResolver resolver, Map<String, List<InetAddress>> pinned, boolean ipv4Only, boolean ipv6Only,
                Supplier<Duration> deadline, Consumer<Failure> failures, Consumer<String> pinnedHits,
                Runnable lookupStarting) {
        this.resolver = resolver;
        this.pinned = pinned;
        this.ipv4Only = ipv4Only;
        this.ipv6Only = ipv6Only;
        this.deadline = deadline;
        this.failures = failures;
        this.pinnedHits = pinnedHits;
        this.lookupStarting = lookupStarting;
    }

    @Override
    public List<InetAddress> lookup(String host) throws UnknownHostException {
        List<InetAddress> fixed = pinned.get(host.toLowerCase());
        if (fixed != null) {
            pinnedHits.accept(host);
            return fixed;
        }
        lookupStarting.run();
        Duration limit = deadline.get();
        Resolution resolution;
        try {
            resolution = resolver.resolve(host, limit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnknownHostException("resolve interrupted");
        } catch (RuntimeException e) {
            // a broken resolver is, for curl, a name that does not resolve
            resolution = null;
        }
        if (resolution == null) {
            resolution = new Resolution(host, HostResolver.Outcome.SERVER_FAILURE, List.of(), null, Duration.ZERO);
        }
        List<InetAddress> usable = new ArrayList<>();
        if (resolution.resolved()) {
            for (InetAddress a : resolution.addresses()) {
                if (ipv4Only && !(a instanceof Inet4Address)) continue;
                if (ipv6Only && !(a instanceof Inet6Address)) continue;
                usable.add(a);
            }
        }
        if (usable.isEmpty()) {
            HostResolver.Outcome outcome = resolution.resolved() ? HostResolver.Outcome.NOT_FOUND : resolution.outcome();
            Duration took = resolution.took() == null ? Duration.ZERO : resolution.took();
            boolean hitDeadline = outcome == HostResolver.Outcome.TIMED_OUT && took.plusMillis(100).compareTo(limit) >= 0;
            failures.accept(new Failure(host, outcome, took, hitDeadline));
            throw new UnknownHostException(host);
        }
        return usable;
    }
}
