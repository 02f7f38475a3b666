package io.fpsh.playbooks

import io.fpsh.ftd.CanConnectLog
import io.fpsh.ftd.ConnectorProperties
import io.fpsh.ftd.NetworkInfo
import io.fpsh.playbook.FixCommand
import io.fpsh.playbook.SseRegion
import io.fpsh.probe.CurlCheck
import io.fpsh.probe.ProbeResult

// The guide's "Détecter les problèmes de connectivité": canConnect's lines in action_queue.log and their curl return
// codes (6 DNS, 7 refused, 28 timed out: firewall or proxy, 35 / 60 TLS, 47 redirects), each URL then asked live as
// canConnect asks it (redirects followed, at most 5). The log has no times of its own: its lines may predate the last
// configuration change, so they are evidence and the live check decides. Names that do not resolve are the dns
// steps' finding (they run first), not doubled here; TLS is sse-registration's.

playbook 'connectivity', 'Port 443: canConnect\'s failures in action_queue.log, each URL checked live (firewall, proxy, redirects)'

include 'dns'

String GUIDE = 'Détecter les problèmes de connectivité'

finding 'TCP443-BLOCKED',
        title: 'port 443 to an SSE host is dropped on the way',
        impact: 'canConnect fails with curl 28 and the device never registers: a firewall must allow 443 to the SSE URLs',
        verdict: FAIL,
        guide: GUIDE

finding 'TCP443-REFUSED',
        title: 'port 443 to an SSE host is refused (reset) on the way',
        impact: 'canConnect fails with curl 7 and the device never registers: a firewall rejects 443 to the SSE URLs',
        verdict: FAIL,
        guide: GUIDE

finding 'HTTP-REDIRECT-LOOP',
        title: 'the regions URL redirects without end',
        impact: 'canConnect gives up after 5 redirects (curl 47): a proxy or portal in the way answers instead of SSE',
        verdict: FAIL,
        guide: GUIDE

finding 'PROXY-NOT-CONFIGURED',
        title: 'the site\'s proxy is the only way out, and the device is not told about it',
        impact: 'direct 443 times out (curl 28): canConnect and the connector fail until configure network http-proxy',
        verdict: FAIL,
        guide: GUIDE

/** A live connection gets this long (canConnect's own is 10 s): a SYN answered takes a round trip, a dropped one never. */
int CONNECT_SECONDS = 3
/** canConnect's own wait: what a URL silent for CONNECT_SECONDS is given once more before it is called blocked. */
int CANCONNECT_SECONDS = 10

step 'conn-canconnect-log', 'canConnect\'s failures in action_queue.log', hop: TCP_443, {
    List<CanConnectLog.Run> runs = canConnectLog().runs()
    if (runs.isEmpty()) {
        reason 'action_queue.log: no canConnect failure'
        return
    }
    Map<String, Integer> counts = [:]
    for (CanConnectLog.Run run : runs) {
        String key = "${run.url()} curl ${run.curlReturnCode()}${meaning(run.curlReturnCode())}".toString()
        counts[key] = (counts[key] ?: 0) + 1
    }
    reason "action_queue.log (evidence, the live check decides): " +
            counts.collect { String k, Integer n -> "${k} x${n}" }.join('; ')
}

step 'conn-canconnect-live', 'canConnect\'s URLs answer on 443 now', needs: ['dns-answers'], hop: TCP_443, {
    ProbeResult properties = read('connector-properties')
    String fqdn = properties.ok() ? ((ConnectorProperties) properties.record()).connectorFqdn() : null
    SseRegion region = SseRegion.ofHost(fqdn).orElse(SseRegion.US)
    ProbeResult log = read('action-queue-log')
    List<String> urls = [region.regionsUrl()]
    if (log.ok()) {
        for (CanConnectLog.Run run : ((CanConnectLog) log.record()).runs()) {
            if (!(run.url() in urls) && run.url().startsWith('https://')) {
                urls << run.url()
            }
        }
    }
    NetworkInfo.Proxy configured = showNetwork().proxy()
    String siteProxy = param('site-proxy')
    // the device's curl ignores its proxy setting; canConnect uses it: ask as canConnect does
    String deviceProxy = configured != null && configured.enabled() ?
            proxyFor(configured.address(), configured.port(), siteProxy) : null

    List<String> fine = []
    for (String url : urls) {
        String host = URI.create(url).getHost()
        CurlCheck check = deviceProxy ? canConnect(url, deviceProxy, CONNECT_SECONDS) : canConnect(url, CONNECT_SECONDS)
        int waited = CONNECT_SECONDS
        if (check.exitCode() == 28 && !check.connected() && !canConnectTimedOut(log, url)) {
            waited = CANCONNECT_SECONDS
            // a dropped SYN and a starved path look alike for 3 s: unless canConnect already waited its own 10 s on
            // this URL (action_queue.log), ask once more with that wait before calling it blocked
            check = deviceProxy ? canConnect(url, deviceProxy, CANCONNECT_SECONDS) : canConnect(url, CANCONNECT_SECONDS)
        }
        int code = check.exitCode()
        String via = deviceProxy ? ' through the configured proxy' : ''
        if (code == 0) {
            fine << "${host} ${check.httpStatus()}${via}".toString()
        } else if (code == 7) {
            report 'TCP443-REFUSED', expected: "${host}:443 accepts a connection${via}",
                    actual: "refused at ${check.resolvedAddress()} (curl 7)${via}"
        } else if (code == 28 && !check.connected()) {
            CurlCheck proxied = !deviceProxy && siteProxy ? canConnect(url, siteProxy, CONNECT_SECONDS) : null
            if (proxied != null && proxied.exitCode() == 0) {
                URI proxy = URI.create(siteProxy)
                report 'PROXY-NOT-CONFIGURED', expected: "the device's proxy is the site's, ${proxy.getHost()}:${port(proxy)}",
                        actual: "show network: no proxy; ${host}:443 direct: no answer in ${waited} s (curl 28); " +
                                "through ${proxy.getHost()}:${port(proxy)}: HTTP ${proxied.httpStatus()}",
                        fix: [proxyFix(proxy), restartConnector()]
            } else {
                report 'TCP443-BLOCKED', expected: "${host}:443 answers${via}",
                        actual: "no answer from ${check.resolvedAddress()}:443 in ${waited} s (curl 28)${via}" +
                                (proxied != null ? "; the site's proxy does not help (curl ${proxied.exitCode()})" : '')
            }
        } else if (code == 28) {
            fine << "${host} curl 28, connected: the server never answered (see sse-registration)${via}".toString()
        } else if (code == 47) {
            report 'HTTP-REDIRECT-LOOP', expected: "${url} answers after at most 5 redirects",
                    actual: "still redirected (HTTP ${check.httpStatus()}) after 5: curl 47"
        } else {
            fine << "${host} curl ${code}${meaning(code)}${via}".toString()
        }
    }
    reason "live: ${fine.join('; ')}"
}

/** Whether action_queue.log shows canConnect's own curl timing out (28) on this URL: the device already waited. */
boolean canConnectTimedOut(ProbeResult log, String url) {
    if (!log.ok()) {
        return false
    }
    for (CanConnectLog.Run run : ((CanConnectLog) log.record()).runs()) {
        if (run.url() == url && run.curlReturnCode() == 28) {
            return true
        }
    }
    return false
}

/** What a curl return code means in the guide's words, or nothing. */
String meaning(int code) {
    switch (code) {
        case 6: return ' (name not resolved: the DNS hop, see the dns steps)'
        case 7: return ' (refused)'
        case 28: return ' (timed out: firewall or proxy)'
        case 35: return ' (TLS handshake failed: see sse-registration)'
        case 60: return ' (certificate not trusted: see sse-registration)'
        case 47: return ' (too many redirects)'
        default: return ''
    }
}

/** curl's default proxy port when the URL gives none. */
int port(URI proxy) {
    proxy.getPort() == -1 ? 1080 : proxy.getPort()
}

/** The proxy URL the check goes through: the site's (with its credentials) when it is the configured one. */
String proxyFor(String address, int configuredPort, String siteProxy) {
    if (siteProxy) {
        URI site = URI.create(siteProxy)
        if (site.getHost() == address && port(site) == configuredPort) {
            return siteProxy
        }
    }
    "http://${address}:${configuredPort}".toString()
}

/** configure network http-proxy with its answers as scripts/labs/FIXES gives them: address, port, auth, user, password twice. */
FixCommand proxyFix(URI proxy) {
    String info = proxy.getRawUserInfo()
    if (!info) {
        return FixCommand.clish('configure network http-proxy', proxy.getHost(), String.valueOf(port(proxy)), 'n')
    }
    int colon = info.indexOf(':')
    String user = URLDecoder.decode(colon < 0 ? info : info.substring(0, colon), 'UTF-8')
    String password = colon < 0 ? '' : URLDecoder.decode(info.substring(colon + 1), 'UTF-8')
    FixCommand.clish('configure network http-proxy', proxy.getHost(), String.valueOf(port(proxy)), 'y', user, password, password)
}
