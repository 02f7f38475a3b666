package io.fpsh.playbooks

import io.fpsh.playbook.SseRegion
import io.fpsh.probe.ClockReading
import io.fpsh.probe.CurlCheck

import java.time.Duration
import java.time.Instant

// The guide's "Problèmes d'inscription au portail SSE": the registration URLs of the device's region, with curl -v
// --cacert /ngfw/etc/ssl/connectorCA.pem as the guide types them (403 Forbidden means reachable), and with -k only
// to see what a refused chain is (its issuer, its dates). The device's clock is compared with the servers' Date
// before a certificate's dates are judged: a skewed clock makes valid certificates look expired.

playbook 'sse-registration', "Registration: the guide's SSE URLs over TLS with the connector's CA; interception, certificates, clock"

String guide = "Problèmes d'inscription au portail SSE"

finding 'SSE-SERVER-SILENT',
        title: 'an SSE host accepts the TCP connection and never answers the TLS handshake',
        impact: 'registration and the websocket wait until they time out (curl 28): the device never registers, no event leaves',
        verdict: FAIL, guide: guide

finding 'TLS-HANGUP',
        title: 'the TLS handshake to an SSE host is cut off as soon as it starts (curl 35, SSL_ERROR_SYSCALL)',
        impact: 'something on the path (a firewall, a proxy) resets TLS to SSE: no registration, no events',
        verdict: FAIL, guide: guide

finding 'TLS-NOT-TLS',
        title: 'port 443 of an SSE host does not speak TLS (curl 35, wrong version number)',
        impact: 'something other than SSE answers on 443 (a captive portal, a proxy that wants plain HTTP): no registration',
        verdict: FAIL, guide: guide

finding 'CERT-EXPIRED',
        title: "an SSE host's certificate has expired",
        impact: 'the connector refuses the server (x509: certificate has expired): no registration, no events',
        verdict: FAIL, guide: guide

finding 'CERT-NOT-YET-VALID',
        title: "an SSE host's certificate is not valid yet",
        impact: 'the connector refuses the server (x509: certificate is not yet valid): no registration, no events',
        verdict: FAIL, guide: guide

finding 'CLOCK-SKEW',
        title: "the device's clock is far from the SSE servers' time",
        impact: "certificates are judged on the device's time: valid ones look expired or not yet valid, and TLS to SSE fails",
        verdict: FAIL, guide: guide

finding 'TLS-INTERCEPTED',
        title: 'TLS to SSE is intercepted: the certificate seen is not signed by the chain connectorCA.pem trusts',
        impact: 'the connector trusts only connectorCA.pem (x509: certificate signed by unknown authority): no registration, no events',
        verdict: FAIL, guide: guide

/** The most the device's clock may be off before certificates and tokens are at risk. */
Duration maxSkew = Duration.ofMinutes(5)

// In xdr-health, DNS and TCP 443 are judged first: TLS cannot be judged past a broken one, and asking would cost
// the device's resolver or curl time-outs (10 s on a dead DNS server) to learn nothing new
step 'reg-clock', "the device's clock against the SSE servers' Date", after: ['dns-answers', 'conn-canconnect-live'],
        hop: TLS, {
    // the API host only: its answer is read again by reg-tls, and a host that cannot be reached costs one time-out
    String url = registrationUrls(connectorProperties().connectorFqdn()).first()
    CurlCheck check = curlConnectorCa(url)
    if (check.serverDate() == null && check.exitCode() == 60) {
        check = curl(url) // the chain is refused before any answer: -k gets the server's Date
    }
    ClockReading clock = clock() // read after the servers' answers: a silent one does not count as skew
    if (check.serverDate() == null) {
        // The runner's own clock is no measure: a served lab, a device behind a jump host or in another lab keeps
        // its own time. With no Date from the device's side the step cannot tell, and says so.
        blocked "${hostOf(url)} sent no Date (curl ${check.exitCode()}): the device's clock (${clock.deviceTime()}) cannot be judged against the SSE servers' time"
    }
    Instant truth = Instant.parse(check.serverDate())
    String basis = "the Date of ${hostOf(url)}'s answer (${check.serverDate()})".toString()
    long skew = Duration.between(truth, clock.deviceTime()).seconds
    if (Math.abs(skew) > maxSkew.seconds) {
        report 'CLOCK-SKEW', expected: "the device's clock within ${maxSkew.toMinutes()} min of ${basis}",
                actual: "the device's clock reads ${clock.deviceTime()}: ${describe(skew)}"
    } else {
        reason "the device's clock is ${describe(skew)}, against ${basis}"
    }
}

step 'reg-tls', 'TLS to each registration URL with --cacert connectorCA.pem',
        after: ['dns-answers', 'conn-canconnect-live'], hop: TLS, {
    List<String> urls = registrationUrls(connectorProperties().connectorFqdn())
    Map<String, List<String>> seen = new LinkedHashMap<String, List<String>>()
    List<String> unreached = []
    List<String> clockOnly = []
    List<String> trusted = []
    Instant truth = null
    // certificates refused for their dates: judged after the loop, once every server had its chance to send a Date
    List<String> datedHosts = []
    List<String> datedVerdicts = []
    List<CurlCheck> datedServed = []
    for (String url : urls) {
        CurlCheck check = curlConnectorCa(url)
        if (check.serverDate() != null && truth == null) {
            truth = Instant.parse(check.serverDate())
        }
        String host = hostOf(url)
        if (!check.connected() && url == urls.first()) {
            // DNS or TCP 443 is broken before TLS (the dns and connectivity playbooks say which): the other hosts
            // would each cost the same time-out to say nothing about TLS
            blocked "${host} is not reached (curl ${check.exitCode()}): TLS cannot be judged; the other hosts are not tried"
        }
        if (check.exitCode() == 0) {
            trusted << host
        } else if (!check.connected()) {
            unreached << "${host} (curl ${check.exitCode()})".toString()
        } else if (check.exitCode() == 28) {
            note seen, 'SSE-SERVER-SILENT', "${host}: connected to ${check.connectedAddress()}:${check.connectedPort()}, no TLS answer before curl's ${check.exitCode()}".toString()
        } else if (check.exitCode() == 35) {
            String why = check.tlsError() ?: 'no reason printed'
            String id = why =~ /(?i)unknown protocol|wrong version number/ ? 'TLS-NOT-TLS' : 'TLS-HANGUP'
            note seen, id, "${host}: curl 35, ${why}".toString()
        } else if (check.exitCode() == 60) {
            CurlCheck served = curl(url) // -k: what the server (or what sits in its place) presents
            if (served.serverDate() != null && truth == null) {
                truth = Instant.parse(served.serverDate())
            }
            String verify = check.verifyResult() ?: ''
            if (verify.contains('expired') || verify.contains('not yet valid')) {
                datedHosts << host
                datedVerdicts << verify
                datedServed << served
            } else {
                note seen, 'TLS-INTERCEPTED', "${host}: issued by ${served.certificateIssuer()} (curl: ${verify})".toString()
            }
        } else {
            unreached << "${host} (curl ${check.exitCode()})".toString()
        }
    }
    // A certificate's dates are judged against a server's Date only: the runner's own clock is no measure of the
    // device's network (a served lab, a device behind a jump host or in another lab keeps its own time).
    List<String> undated = []
    for (int i = 0; i < datedHosts.size(); i++) {
        String host = datedHosts[i]
        String verify = datedVerdicts[i]
        CurlCheck served = datedServed[i]
        if (truth == null) {
            undated << "${host} (${verify})".toString()
            continue
        }
        boolean validNow = served.certificateStartDate() != null && served.certificateExpireDate() != null &&
                !truth.isBefore(Instant.parse(served.certificateStartDate())) &&
                !truth.isAfter(Instant.parse(served.certificateExpireDate()))
        if (validNow) {
            // the device's clock makes a valid certificate look out of date: reg-clock's CLOCK-SKEW says it
            clockOnly << "${host} (${verify})".toString()
        } else if (verify.contains('expired')) {
            note seen, 'CERT-EXPIRED', "${host}: expired ${served.certificateExpireDate()} (${served.certificateSubject()})".toString()
        } else {
            note seen, 'CERT-NOT-YET-VALID', "${host}: valid from ${served.certificateStartDate()} (${served.certificateSubject()})".toString()
        }
    }
    for (String id : ['TLS-INTERCEPTED', 'SSE-SERVER-SILENT', 'TLS-HANGUP', 'TLS-NOT-TLS', 'CERT-EXPIRED', 'CERT-NOT-YET-VALID']) {
        if (seen.containsKey(id)) {
            report id, expected: expectedOf(id), actual: seen[id].join('; ')
        }
    }
    if (seen.isEmpty()) {
        if (undated) {
            blocked "certificates refused for their dates, and no server sent a Date (not even to -k): their dates cannot be judged against the SSE servers' time: ${undated.join(', ')}"
        }
        if (trusted.isEmpty() && clockOnly) {
            blocked "valid certificates look out of date on the device's clock only (see reg-clock): ${clockOnly.join(', ')}"
        }
        if (trusted.isEmpty()) {
            blocked "no registration URL got as far as TLS: ${unreached.join(', ')}"
        }
        reason "trusted by connectorCA.pem: ${trusted.join(', ')}" + (unreached ? "; not judged: ${unreached.join(', ')}" : '')
    }
}

step 'reg-sse', "SSE answers the registration URL (403 Forbidden means reachable)", needs: ['reg-tls'], hop: SSE, {
    String url = registrationUrls(connectorProperties().connectorFqdn()).first()
    CurlCheck check = curlConnectorCa(url)
    if (check.httpStatus() == null) {
        blocked "${hostOf(url)} gave no HTTP answer (curl ${check.exitCode()})"
    }
    reason check.httpStatus() == 403
            ? "${hostOf(url)} answered 403 Forbidden: reachable (the test's request is not what SSE expects, as the guide says)"
            : "${hostOf(url)} answered HTTP ${check.httpStatus()}"
}

/**
 * The guide's registration URLs for the region whose API host the connector uses: api-sse.cisco.com is the US
 * region (with mx01, which the guide names for it only); api.REGION.sse.itd.cisco.com the others.
 */
static List<String> registrationUrls(String fqdn) {
    String api = fqdn ?: SseRegion.US.apiHost()
    SseRegion region = SseRegion.ofApiHost(api).orElse(SseRegion.US)
    List<String> urls = ["https://${api}/providers/sse/services/registration/api/v2/clients".toString(),
                         'https://est.sco.cisco.com',
                         "https://${region.eventingHost()}".toString()]
    if (region == SseRegion.US) {
        urls << 'https://mx01.sse.itd.cisco.com'
    }
    return urls
}

static void note(Map<String, List<String>> seen, String id, String line) {
    if (!seen.containsKey(id)) {
        seen.put(id, new ArrayList<String>())
    }
    seen.get(id).add(line)
}

static String hostOf(String url) {
    return new URI(url).host
}

static String describe(long skew) {
    long magnitude = Math.abs(skew)
    String size = magnitude >= 86_400 ? "${magnitude.intdiv(86_400)} day(s)" : magnitude >= 60 ? "${magnitude.intdiv(60)} min" : "${magnitude} s"
    return skew == 0 ? 'on time' : skew > 0 ? "${size} ahead" : "${size} behind"
}

static String expectedOf(String id) {
    switch (id) {
        case 'TLS-INTERCEPTED':
            return 'a chain issued by HydrantID, which connectorCA.pem trusts: exempt the SSE hosts from TLS inspection'
        case 'SSE-SERVER-SILENT':
            return "the server's TLS hello within curl's time: check what on the path holds the connection"
        case 'TLS-HANGUP':
            return 'a TLS handshake: allow TLS to the SSE hosts through the firewall or proxy'
        case 'TLS-NOT-TLS':
            return 'TLS on port 443: the SSE hosts must not be sent to a captive portal or a plain-HTTP proxy'
        default:
            return "a certificate valid now (connectorCA.pem's chain)"
    }
}
