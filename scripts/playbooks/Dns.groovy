package io.fpsh.playbooks

import io.fpsh.probe.DnsLookup

// The guide's "Problèmes de connectivité dus à la résolution DNS": the configured servers, then each SSE host
// through each server. The skeleton of the engine's first playbook; the dns helper completes it.

playbook 'dns', 'DNS: the configured servers answer for every SSE host; which one is broken'

finding 'DNS-NO-SERVER',
        title: 'no DNS server is configured on the management interface',
        impact: 'no SSE host name resolves: canConnect fails with curl 6 and the connector never registers',
        verdict: FAIL,
        guide: 'Problèmes de connectivité dus à la résolution DNS'

finding 'DNS-SERVER-DEAD',
        title: 'a configured DNS server never answers',
        impact: 'names resolve only through the other servers, after a time-out each; with no other, not at all (curl 6)',
        verdict: FAIL,
        guide: 'Problèmes de connectivité dus à la résolution DNS'

step 'dns-servers', 'DNS servers are configured', {
    List<String> servers = showNetwork().dnsServers()
    if (servers.isEmpty()) {
        report 'DNS-NO-SERVER', expected: 'at least one DNS server', actual: 'none in show network',
                fix: [clish("configure network dns servers ${param('site-dns', 'SERVER')}")]
    } else {
        reason "configured: ${servers.join(', ')}"
    }
}

step 'dns-answers', 'each DNS server answers for api-sse.cisco.com', needs: ['dns-servers'], {
    List<String> servers = showNetwork().dnsServers()
    List<String> dead = []
    for (String server : servers) {
        DnsLookup answer = nslookup('api-sse.cisco.com', server)
        if (answer.status() == DnsLookup.TIMEOUT) {
            dead << server
        }
    }
    List<String> alive = servers - dead
    String replacement = alive ? alive.join(' ') : param('site-dns', 'SERVER')
    for (String server : dead) {
        report 'DNS-SERVER-DEAD', expected: "${server} answers", actual: "${server}: no answer (nslookup timed out)",
                fix: [clish("configure network dns servers ${replacement}")]
    }
    if (!dead) {
        reason "${servers.size()} server(s) answer"
    }
}
