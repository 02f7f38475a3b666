package io.fpsh.playbooks

import io.fpsh.ftd.CanConnectLog
import io.fpsh.ftd.ConnectorLog
import io.fpsh.playbook.SseRegion
import io.fpsh.probe.ProbeResult

// The guide's "Enregistrement des périphériques auprès de SSE", step 1: the URLs to allow on 443, per region (US, EU,
// APJ), and which region this device uses: connector.properties' connector_fqdn, the regions URL canConnect asks
// (action_queue.log) and the eventing host the connector dials (connector.log). Read from the device's files only:
// whether 443 answers is connectivity's and sse-registration's to check, after the dns steps (this playbook runs
// before them, and a curl on a broken DNS would wait out the resolver).

playbook 'sse-endpoints', 'SSE endpoints: the region the device uses, and the URLs to allow on 443'

finding 'REGION-MISMATCH',
        title: 'the device\'s SSE hosts are not all one region\'s',
        impact: 'registration and events go to different regional clouds: events cannot move between regions, so the ' +
                'device\'s events never reach its SSE / XDR tenant',
        verdict: FAIL,
        guide: 'Enregistrement des périphériques auprès de SSE'

step 'endpoints-region', 'the device uses one SSE region', hop: SSE, {
    String fqdn = connectorProperties().connectorFqdn()
    Map<String, String> hosts = [:] // host -> where the device names it
    if (fqdn) {
        hosts[fqdn.toLowerCase()] = 'connector.properties connector_fqdn'
    }
    ProbeResult log = read('action-queue-log')
    if (log.ok()) {
        for (CanConnectLog.Run run : ((CanConnectLog) log.record()).runs()) {
            String host = URI.create(run.url()).getHost()
            if (host && !hosts.containsKey(host.toLowerCase())) {
                hosts[host.toLowerCase()] = 'canConnect\'s regions URL (action_queue.log)'
            }
        }
    }
    ProbeResult connector = read('connector-log')
    if (connector.ok()) {
        for (ConnectorLog.Entry entry : ((ConnectorLog) connector.record()).entries()) {
            def dialled = entry.message() =~ /wss:\/\/([^\/\s:]+)/
            String host = dialled.find() ? dialled.group(1) : entry.error()?.host()
            if (host && !hosts.containsKey(host.toLowerCase())) {
                hosts[host.toLowerCase()] = 'the connector\'s websocket (connector.log)'
            }
        }
    }

    SseRegion used = SseRegion.ofHost(fqdn).orElse(null)
    for (String host : hosts.keySet()) {
        SseRegion region = SseRegion.ofHost(host).orElse(null)
        if (region != null && used == null) {
            used = region
        } else if (region != null && region != used) {
            report 'REGION-MISMATCH', expected: "every SSE host in ${used} (${used.apiHost()})",
                    actual: "${host}, named by ${hosts[host]}, is ${region}'s"
        }
    }
    if (used == null) {
        reason "none of the guide's regions: connector_fqdn ${fqdn ?: 'not set'}"
        return
    }
    List<String> unknown = hosts.keySet().findAll { String h -> !SseRegion.ofHost(h).isPresent() } as List<String>
    reason "region ${used} (${hosts.keySet().join(', ')})" +
            (unknown ? "; not a guide's SSE host: ${unknown.join(', ')}" : '') +
            "; allow 443 to ${used.hosts().collect { String h -> 'https://' + h }.join(', ')}"
}
