package io.fpsh.sim.connector;

import io.fpsh.net.dns.IpLiteral;
import io.fpsh.probe.DnsLookup;
import io.fpsh.sim.DeviceState;

import java.util.List;
import java.util.Optional;

/**
 * The nslookup probe's answer from the lab's DNS model, without asking anything: nslookup asks each server in turn
 * (the one typed, else resolv.conf's); a silent server is passed over once its tries run out, a SERVFAIL moves on
 * while servers remain, and an answer, NXDOMAIN or REFUSED settles the lookup. Forward lookups of a full name only:
 * reverse lookups, names the search list would extend and servers typed as names have no model answer.
 */
public final class NslookupModel {
    private final DeviceState state;
    private final Reachability reachability;

    public NslookupModel(DeviceState state) {
        this.state = state;
        this.reachability = Reachability.of(state);
    }

    public Optional<DnsLookup> lookup(String name, String server) {
        boolean searched = !name.contains(".") && !state.searchDomains().isEmpty();
        if (IpLiteral.parse(name).isPresent() || searched || (server != null && IpLiteral.parse(server).isEmpty())) {
            return Optional.empty();
        }
        List<String> servers = server != null ? List.of(server) : state.dnsServers();
        for (int i = 0; i < servers.size(); i++) {
            String asked = servers.get(i);
            // one server at a time, as nslookup asks them (glibc's loop over one server is that server's verdict)
            Reachability.Lookup answer = reachability.resolve(name, List.of(asked));
            boolean moreServers = i + 1 < servers.size();
            if (answer.resolved()) {
                List<DnsLookup.Answer> records = answer.addresses().stream()
                        .map(a -> new DnsLookup.Answer(name, a.contains(":") ? "AAAA" : "A", a)).toList();
                return Optional.of(new DnsLookup(name, asked, asked, DnsLookup.NOERROR, records));
            }
            if (answer.timedOut() || ("SERVFAIL".equals(answer.rcode()) && moreServers)) {
                continue;
            }
            return Optional.of(new DnsLookup(name, asked, asked, answer.rcode(), List.of()));
        }
        return Optional.of(new DnsLookup(name, null, null, DnsLookup.TIMEOUT, List.of()));
    }
}
