package io.fpsh.playbooks

import io.fpsh.ftd.ConnectorLog
import io.fpsh.ftd.ConnectorProperties
import io.fpsh.ftd.LsofSockets
import io.fpsh.ftd.PmtoolStatus
import io.fpsh.ftd.UnixSockets
import io.fpsh.playbook.ConnectorLogErrors
import io.fpsh.playbook.FixCommand
import io.fpsh.probe.FileTime
import io.fpsh.probe.ProbeResult

import java.time.Instant
import io.fpsh.playbook.SseRegion

// The guide's "Vérifier l'état SSEConnector" and "Vérifier les données envoyées au portail SSE et CTR":
// connector.properties, the daemons (pmtool), the EventHandler_SSEConnector.sock (netstat), the websocket to
// eventing-ingest (lsof: ESTABLISHED, or SYN_SENT when a firewall drops it) and connector.log's errors, grouped.
// The log is evidence: the live sockets decide.

playbook 'sse-connector', 'The connector: its region, its daemons, the EventHandler socket, the websocket to eventing-ingest, its log'

String state = "Vérifier l'état SSEConnector"
String data = "Vérifier les données envoyées au portail SSE et CTR"

finding 'REGION-MISMATCH',
        title: "the connector's API host is not the region's",
        impact: 'the device registers and sends events to another region than the SSE / XDR tenant: they never show there',
        verdict: FAIL, guide: state

finding 'EVENTHANDLER-DOWN',
        title: 'EventHandler is not running',
        impact: 'no event is handed to the connector: nothing reaches SSE',
        verdict: FAIL, guide: state

finding 'CONNECTOR-DOWN',
        title: 'SSEConnector is not running',
        impact: 'the device neither registers with SSE nor sends it events',
        verdict: FAIL, guide: state

finding 'EVENTHANDLER-SOCKET-UNCONNECTED',
        title: "the connector is not attached to EventHandler's socket (LISTENING only)",
        impact: 'EventHandler has nowhere to hand its events: they never reach the connector',
        verdict: FAIL, guide: state

finding 'EVENTING-BLOCKED',
        title: "the connector's websocket to eventing-ingest does not get through (SYN_SENT)",
        impact: 'events are not sent to the SSE portal (the guide: "les événements ne sont pas envoyés")',
        verdict: FAIL, guide: data

finding 'CONNECTOR-RETRY-PENDING',
        title: 'the connector has not dialled since the DNS configuration changed',
        impact: 'no websocket until its next retry (about every 4.5 minutes): events wait until then',
        verdict: WARN, guide: data

step 'connector-properties', "connector.properties names the region's API host", hop: SSE_CONNECTOR, {
    ConnectorProperties properties = connectorProperties()
    String fqdn = properties.connectorFqdn()
    String region = regionOf(fqdn)
    String site = param('site-region')
    if (fqdn == null) {
        report 'REGION-MISMATCH', expected: 'connector_fqdn=<the region\'s API host>', actual: 'no connector_fqdn in connector.properties'
    } else if (site != null && region != null && regionOf(apiHostOf(site)) != region) {
        report 'REGION-MISMATCH', expected: "the site's region ${site.toUpperCase()}: connector_fqdn=${apiHostOf(site)}",
                actual: "connector_fqdn=${fqdn} (${region}); the region is chosen in the FMC's cloud services"
    } else if (region == null) {
        reason "connector_fqdn=${fqdn}: none of the guide's US, EU or APJ API hosts"
    } else {
        reason "connector_fqdn=${fqdn} (${region})" + (site ? ", the site's region" : '')
    }
}

step 'connector-eventhandler', 'EventHandler runs (pmtool status)', hop: EVENT_HANDLER, {
    PmtoolStatus.Daemon daemon = daemonNamed(pmtool(), 'EventHandler')
    if (daemon?.state() != 'Running') {
        report 'EVENTHANDLER-DOWN', expected: 'EventHandler (normal) - Running PID',
                actual: daemon ? "EventHandler (${daemon.category()}) - ${daemon.state()}" : 'no EventHandler in pmtool status',
                fix: [startDaemon(daemon, 'EventHandler'), restartConnector()]
    } else {
        reason "EventHandler - Running ${daemon.pid()}"
    }
}

step 'connector-daemon', 'SSEConnector runs (pmtool status)', hop: SSE_CONNECTOR, {
    PmtoolStatus.Daemon daemon = daemonNamed(pmtool(), 'SSEConnector')
    if (daemon?.state() != 'Running') {
        report 'CONNECTOR-DOWN', expected: 'SSEConnector (system) - Running PID',
                actual: daemon ? "SSEConnector (${daemon.category()}) - ${daemon.state()}" : 'no SSEConnector in pmtool status',
                fix: daemon?.state() == 'Disabled' ? [startDaemon(daemon, 'SSEConnector')] : [restartConnector()]
    } else {
        reason "SSEConnector - Running ${daemon.pid()}"
    }
}

step 'connector-socket', 'EventHandler_SSEConnector.sock is CONNECTED (netstat)', hop: UNIX_SOCKET,
        needs: ['connector-eventhandler', 'connector-daemon'], {
    List<UnixSockets.Socket> ends = netstat().sockets().findAll { UnixSockets.Socket s ->
        s.path()?.endsWith('EventHandler_SSEConnector.sock') }
    boolean listening = ends.any { UnixSockets.Socket s -> s.state() == 'LISTENING' }
    boolean connected = ends.any { UnixSockets.Socket s -> s.state() == 'CONNECTED' }
    if (connected) {
        reason 'LISTENING and CONNECTED: the connector is attached to EventHandler'
        return
    }
    LsofSockets.Socket websocket = websocketOf(lsof())
    if (listening && websocket?.tcpState() != 'ESTABLISHED') {
        // the connector attaches once it has somewhere to send the events: connector-websocket says why it has not
        blocked 'LISTENING only, as while the connector has no websocket to eventing-ingest (see connector-websocket)'
    }
    report 'EVENTHANDLER-SOCKET-UNCONNECTED', expected: 'EventHandler_SSEConnector.sock LISTENING and CONNECTED',
            actual: listening ? 'LISTENING only, though the websocket is ESTABLISHED' : 'no EventHandler_SSEConnector.sock at all',
            fix: listening ? [restartConnector()] : [root('pmtool restartbyid EventHandler'), restartConnector()]
}

step 'connector-websocket', "the connector's websocket to eventing-ingest is ESTABLISHED (lsof)", hop: SSE,
        needs: ['connector-daemon'], {
    LsofSockets.Socket websocket = websocketOf(lsof())
    if (websocket?.tcpState() == 'ESTABLISHED') {
        reason "ESTABLISHED ${websocket.localEnd()} -> ${websocket.remoteEnd()}"
        return
    }
    // the websocket's errors: the registration's (its own lines, to the API host) are the sse-registration playbook's
    List<ConnectorLog.Entry> errors = connectorLog().entries().findAll { ConnectorLog.Entry e ->
        e.level() == 'error' && !e.function()?.startsWith('registration:') }
    ConnectorLog.Entry last = errors ? errors.last() : null
    String logged = last ? "; connector.log, last error: ${last.message()}" : ''
    // a line written under the servers before is evidence only: with no websocket now, the connector has not tried since
    ProbeResult written = read('resolv-conf-time')
    Instant configured = written.ok() ? ((FileTime) written.record()).modified() : null
    if (websocket == null && last?.time() != null && configured != null && last.time().isBefore(configured)) {
        report 'CONNECTOR-RETRY-PENDING', expected: "a websocket dialled since the DNS configuration changed at ${configured}",
                actual: "no websocket yet; connector.log's last error predates the change (evidence only): ${last.message()}",
                fix: [restartConnector()]
        return
    }
    String operation = last?.error()?.operation()
    if (websocket?.tcpState() == 'SYN_SENT' || (websocket == null && operation == 'dial')) {
        String seen = websocket ? "SYN_SENT ${websocket.localEnd()} -> ${websocket.remoteEnd()}: no answer to its SYNs"
                : 'no websocket between two attempts'
        report 'EVENTING-BLOCKED',
                expected: 'an ESTABLISHED connection to eventing-ingest on 443: allow it by URL on the firewall (its addresses change), ' +
                        'then pmtool restartbyid SSEConnector (root) so the connector dials at once',
                actual: seen + logged
    } else if (operation == 'lookup') {
        blocked "no websocket: eventing-ingest does not resolve (see the dns playbook)${logged}"
    } else if (operation == 'tls' || operation == 'read') {
        blocked "no websocket: TCP gets through, TLS does not (see the sse-registration playbook)${logged}"
    } else {
        blocked "no websocket and nothing in connector.log says why${logged}"
    }
}

step 'connector-log', "connector.log's recent errors, grouped", {
    ConnectorLog log = connectorLog()
    ProbeResult written = read('resolv-conf-time')
    Instant configured = written.ok() ? ((FileTime) written.record()).modified() : null
    int before = configured == null ? 0 : log.entries().count { ConnectorLog.Entry e ->
        e.level() == 'error' && e.time() != null && e.time().isBefore(configured) } as int
    String summary = ConnectorLogErrors.of(log).summary()
    // the caveat first: a long summary is cut at the reason's bound
    reason before ? "${before} error line(s) predate the DNS change at ${configured}: evidence only, the live checks decide; ${summary}".toString() : summary
}

/** The region whose API host {@code fqdn} is, as the guide lists them; null for another host. */
static String regionOf(String fqdn) {
    Optional<SseRegion> region = SseRegion.ofApiHost(fqdn)
    return region.isPresent() ? region.get().name() : null
}

/** The API host of a region as the engineer names it (US, EU, APJ or APJC); US's for another name. */
static String apiHostOf(String region) {
    return SseRegion.named(region).orElse(SseRegion.US).apiHost()
}

/**
 * The command that brings daemon {@code name} back: a disabled one is enabled (pmtool EnableById, facts 2.4: it
 * starts at once), any other restarted.
 */
static FixCommand startDaemon(PmtoolStatus.Daemon daemon, String name) {
    FixCommand.root(daemon?.state() == 'Disabled' ? "pmtool EnableById ${name}" : "pmtool restartbyid ${name}")
}

static PmtoolStatus.Daemon daemonNamed(PmtoolStatus status, String name) {
    return status.daemons().find { PmtoolStatus.Daemon d -> d.name() == name }
}

/** The connector's connection to the cloud (or to the proxy that tunnels it): not its API listening on 8989. */
static LsofSockets.Socket websocketOf(LsofSockets sockets) {
    List<LsofSockets.Socket> out = sockets.sockets().findAll { LsofSockets.Socket s ->
        s.command().startsWith('connector') && s.remoteEnd() != null }
    return out.find { LsofSockets.Socket s -> s.tcpState() == 'ESTABLISHED' } ?: (out ? out.first() : null)
}
