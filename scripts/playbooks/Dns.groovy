package io.fpsh.playbooks

import io.fpsh.ftd.ConnectorLog
import io.fpsh.ftd.ConnectorProperties
import io.fpsh.ftd.ResolvConfFile
import io.fpsh.playbook.SseRegion
import io.fpsh.probe.ClockReading
import io.fpsh.probe.DnsLookup
import io.fpsh.probe.FileTime
import io.fpsh.probe.ProbeResult

import java.time.Duration
import java.time.Instant

// The guide's "Problèmes de connectivité dus à la résolution DNS": the configured servers (show network, as the
// guide reads them), then each SSE host of the device's region through each server, A query only (what the
// connector dials). A server is first given one second; one that stays silent is asked once more with the device's
// own wait (resolv.conf's timeout, 5 s by default) before it is called dead, so a slow server is told from a dead one
// (and slow only if it misses the second again once it has answered, so one late answer is not a finding);
// unless the device has just done so itself: connector.log's last line, minutes old, is the connector's lookup timing
// out on that very server (Go's resolver names the last server it waited on, with the device's resolv.conf).

playbook 'dns', 'DNS: the configured servers answer for every SSE host; which one is broken'

String GUIDE = 'Problèmes de connectivité dus à la résolution DNS'

finding 'DNS-NO-SERVER',
        title: 'no DNS server is configured on the management interface',
        impact: 'no SSE host name resolves: canConnect fails with curl 6 and the connector never registers',
        verdict: FAIL,
        guide: GUIDE

finding 'DNS-SERVER-DEAD',
        title: 'a configured DNS server never answers',
        impact: 'names resolve only through the other servers, after a time-out each; with no other, not at all (curl 6)',
        verdict: FAIL,
        guide: GUIDE

finding 'DNS-NXDOMAIN',
        title: 'a DNS server says an SSE host does not exist (NXDOMAIN)',
        impact: 'the host never resolves through it (curl 6): no registration, or no events for the eventing host',
        verdict: FAIL,
        guide: GUIDE

finding 'DNS-SERVFAIL',
        title: 'a DNS server fails to resolve an SSE host (SERVFAIL)',
        impact: 'the host does not resolve through it (curl 6) until the server, or its forwarder, is repaired',
        verdict: FAIL,
        guide: GUIDE

finding 'DNS-SLOW',
        title: 'a DNS server answers, but slowly',
        impact: 'names resolve within the connector\'s time-outs, late: every connection and retry waits for it',
        verdict: WARN,
        guide: GUIDE

/** The probes' own wait for a server, in seconds: a dead one costs this before it is asked again patiently. */
int QUICK = 1

step 'dns-servers', 'DNS servers are configured', hop: DNS, {
    List<String> servers = showNetwork().dnsServers()
    if (servers.isEmpty()) {
        String site = param('site-dns')
        report 'DNS-NO-SERVER', expected: 'at least one DNS server', actual: 'none in show network',
                fix: site ? [clish("configure network dns servers ${site}"), restartConnector()] : []
        return
    }
    ProbeResult file = read('resolv-conf')
    List<String> written = file.ok() ? ((ResolvConfFile) file.record()).nameservers() : null
    String disagreement = written == null || written == servers ? '' :
            "; /etc/resolv.conf says ${written ? written.join(', ') : 'none'}: the resolver asks those"
    reason "configured: ${servers.join(', ')}${disagreement}"
}

step 'dns-answers', 'each DNS server answers for every SSE host of the region', needs: ['dns-servers'], hop: DNS, {
    List<String> servers = showNetwork().dnsServers()
    ProbeResult properties = read('connector-properties')
    String fqdn = properties.ok() ? ((ConnectorProperties) properties.record()).connectorFqdn() : null
    SseRegion region = SseRegion.ofHost(fqdn).orElse(SseRegion.US)
    ProbeResult file = read('resolv-conf')
    int patience = 5 // glibc's default wait per try when resolv.conf sets none
    if (file.ok()) {
        for (String option : ((ResolvConfFile) file.record()).options()) {
            if (option ==~ /timeout:\d+/) {
                patience = Math.max(QUICK, Math.min(30, option.substring(8) as int))
            }
        }
    }

    // the server the device's own resolver last waited out, when the connector's last word, recent, says so
    Closure<Instant> deviceGaveUpOn = { String server ->
        ProbeResult log = read('connector-log')
        List<ConnectorLog.Entry> entries = log.ok() ? ((ConnectorLog) log.record()).entries() : []
        ConnectorLog.Entry last = entries ? entries[-1] : null
        ConnectorLog.GoNetError error = last?.error()
        if (error == null || error.operation() != 'lookup' || error.cause() != 'i/o timeout' || last.time() == null
                || error.dnsServer() != "${server}:53".toString()) {
            return (Instant) null
        }
        ProbeResult clock = read('clock')
        boolean recent = clock.ok() &&
                Duration.between(last.time(), ((ClockReading) clock.record()).deviceTime()).abs() <= Duration.ofMinutes(10)
        // a line from before the DNS configuration last changed is evidence only: the live check decides
        ProbeResult written = read('resolv-conf-time')
        boolean current = written.ok() && !last.time().isBefore(((FileTime) written.record()).modified())
        recent && current ? last.time() : (Instant) null
    }

    List<String> dead = []
    Map<String, Instant> deadBefore = [:] // server -> when the device's own resolver gave up on it
    List<String> slow = []
    Map<String, Map<String, String>> failed = [:] // server -> host -> NXDOMAIN / SERVFAIL / REFUSED / TIMEOUT
    for (String server : servers) {
        boolean isSlow = false
        for (String host : region.hosts()) {
            DnsLookup answer = nslookup(host, server, isSlow ? patience : QUICK)
            Instant gaveUp = answer.status() == DnsLookup.TIMEOUT && !isSlow ? deviceGaveUpOn(server) : null
            if (gaveUp != null) {
                deadBefore[server] = gaveUp
            } else if (answer.status() == DnsLookup.TIMEOUT && !isSlow && patience > QUICK) {
                answer = nslookup(host, server, patience) // silent for a second: as long as the device waits
                // late once is not slow (a resolver's cold cache, a busy host): slow is late again when asked again
                isSlow = answer.status() != DnsLookup.TIMEOUT
                        && nslookup(host, server, QUICK).status() == DnsLookup.TIMEOUT
                if (isSlow) {
                    slow << server
                }
            }
            if (answer.status() == DnsLookup.TIMEOUT && !isSlow) {
                dead << server
                break // a dead server is dead for every name: its other hosts would cost a wait each
            }
            if (answer.status() != DnsLookup.NOERROR) {
                if (!failed.containsKey(server)) {
                    failed[server] = [:] as Map<String, String>
                }
                failed[server][host] = answer.status()
            }
        }
    }

    List<String> good = servers.findAll { String s -> !(s in dead) && !(s in slow) && !failed.containsKey(s) }
    String site = param('site-dns')
    // the site's server, when the engineer named one and it answers quickly for what the device needs
    Closure<Boolean> siteResolves = { List<String> hosts ->
        site && !(site in servers) && hosts.every { String h -> nslookup(h, site, QUICK).status() == DnsLookup.NOERROR }
    }
    // the connector sees new servers only at its next retry (minutes): the fix restarts it so it dials at once
    Closure<List> fixWith = { List<String> replacement ->
        replacement ? [clish("configure network dns servers ${replacement.join(',')}"), restartConnector()] : []
    }

    if (dead) {
        List<String> alive = servers.findAll { String s -> !(s in dead) && !failed.containsKey(s) }
        List<String> replacement = alive ?: (siteResolves(region.hosts()) ? [site] : [])
        for (String server : dead) {
            String before = deadBefore[server] ? "; the device's own resolver timed out on it at ${deadBefore[server]}" +
                    ' (connector.log)' : ", nor in ${patience} s"
            report 'DNS-SERVER-DEAD', expected: "${server} answers within the device's ${patience} s",
                    actual: "${server}: no answer for ${region.apiHost()} in ${QUICK} s${before}",
                    fix: fixWith(replacement)
        }
    }
    for (String server : failed.keySet()) {
        Map<String, String> hosts = failed[server]
        for (String host : hosts.keySet()) {
            String status = hosts[host]
            List<String> others = good.findAll { String s -> s != server }
            List<String> replacement = others ?: (siteResolves([host]) ? [site] : [])
            String id = status == 'NXDOMAIN' ? 'DNS-NXDOMAIN' : status == 'SERVFAIL' ? 'DNS-SERVFAIL' : null
            if (id) {
                report id, expected: "${host} resolves through ${server}",
                        actual: "${server} answers ${status} for ${host}" + (replacement ? '' :
                                ': no other server known to resolve it; the zone must be repaired on the server'),
                        fix: fixWith(replacement)
            } else {
                reason "${server} answers ${status} for ${host}"
            }
        }
    }
    for (String server : slow) {
        List<String> replacement = good ?: (siteResolves([region.apiHost()]) ? [site] : [])
        report 'DNS-SLOW', expected: "${server} answers within ${QUICK} s",
                actual: "${server} answered only when given the device's ${patience} s (silent for ${QUICK} s)",
                fix: fixWith(replacement)
    }
    if (!dead && !slow && !failed) {
        reason "${servers.join(', ')}: every ${region} host resolves (${region.hosts().join(', ')})"
    }
}
