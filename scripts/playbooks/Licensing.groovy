package io.fpsh.playbooks

import io.fpsh.ftd.ConnectorProperties
import io.fpsh.ftd.ManagerInfo
import io.fpsh.ftd.VersionInfo
import io.fpsh.playbook.SseRegion
import io.fpsh.playbook.StepContext
import io.fpsh.probe.ProbeResult
import io.fpsh.world.FmcCloudServices
import io.fpsh.world.SmartAccountInfo
import io.fpsh.world.SseCloudServices
import io.fpsh.world.SseDevices
import io.fpsh.world.SseEvents

// The guide's "Licences", "Liez vos comptes à SSE" and "Enregistrement des périphériques auprès de SSE": what only a
// person can check in a browser is a checklist of steps that SKIP with what to look for and where (never a finding:
// the device cannot tell), then what the device itself shows (its manager, its version). On a lab the browser's
// pages are the lab's stand-ins (:fmc, :sse, :smart-account), read by the lab-only probes: those steps judge them
// there, with findings whose fix names the GUI action and its stand-in.

playbook 'licensing', 'Licences and SSE linking: the checklist only a person can do in a browser, and what the device shows'

String licences = 'Licences'
String linking = 'Liez vos comptes à SSE et enregistrez les périphériques'
String registering = 'Enregistrement des périphériques auprès de SSE'

finding 'MANAGER-NOT-REGISTERED',
        title: 'the device is not registered to an FMC',
        impact: "the FMC sends its devices the cloud settings (region, events): an unregistered device never enrols with SSE",
        verdict: FAIL, guide: registering

finding 'VERSION-TOO-OLD',
        title: "the device's version predates SSE's direct integration in its region",
        impact: 'no SSEConnector before 6.4 (US cloud); the EU and APJC clouds need 6.5 or later: the device cannot enrol',
        verdict: FAIL, guide: registering

// --- the world around the device (issue 12 §3): judged on a lab, a browser checklist elsewhere ---

finding 'SMART-ACCOUNT-ROLE',
        title: 'your Smart Account role cannot link the account to SSE',
        impact: 'only a Smart Account or Virtual Account Administrator may link the Smart Account to SSE',
        verdict: WARN, guide: licences

finding 'VA-NO-LICENCES',
        title: 'the virtual account linked to SSE holds no security licences',
        impact: 'linked without them, the security devices and their events never show in SSE (the guide, step 3)',
        verdict: FAIL, guide: licences

finding 'SSE-NOT-LINKED',
        title: 'no Smart Account is linked to the SSE portal',
        impact: 'SSE shows only the devices of a linked Smart Account: the device and its events never show',
        verdict: FAIL, guide: linking

finding 'SSE-CLOUD-SERVICES-OFF',
        title: "the SSE portal's Eventing or Cisco XDR threat response is off",
        impact: 'with Eventing off SSE keeps no event; with threat response off XDR sees none (the guide, step 2)',
        verdict: FAIL, guide: registering

finding 'FMC-EVENTS-OFF',
        title: "the FMC's Cloud Services send no events",
        impact: 'the device is registered and healthy, yet no event reaches SSE or XDR (the guide, step 3)',
        verdict: FAIL, guide: registering

finding 'FMC-DEPLOY-PENDING',
        title: "the FMC's Cloud Services changes are not deployed",
        impact: 'the device keeps its old cloud settings until the FMC deploys them',
        verdict: WARN, guide: registering

finding 'REGION-MISMATCH',
        title: "the FMC's cloud region is not the SSE tenant's",
        impact: 'the device registers and sends events to another regional cloud: events cannot move between regions',
        verdict: FAIL, guide: registering

step 'lic-smart-account-role', 'your Smart Account role lets you link the account to SSE (browser)', {
    SmartAccountInfo account = (SmartAccountInfo) browserPage(delegate as StepContext, 'smart-account') {
        'in a browser: software.cisco.com > Administration > Manage Smart Account > Users: your user has Smart Account ' +
                'Administrator or Virtual Account Administrator under Roles (only they may link the Smart Account to SSE)'
    }
    if (account.mayLink()) {
        reason "${account.user()} is ${account.role()} in ${account.name()}"
    } else {
        report 'SMART-ACCOUNT-ROLE', expected: 'Smart Account Administrator or Virtual Account Administrator (software.cisco.com > ' +
                'Manage Smart Account > Users > Roles; ask an administrator of the account)',
                actual: "${account.user()} is ${account.role()} in ${account.name()} (in a lab: :smart-account)"
    }
}

step 'lic-virtual-account', 'the virtual account linked to SSE holds the security licences (browser)', {
    SmartAccountInfo account = (SmartAccountInfo) browserPage(delegate as StepContext, 'smart-account') {
        "in a browser: software.cisco.com > Smart Software Licensing: the virtual account you link to SSE holds the " +
                "security devices' licences (linked without them, devices and events never show in SSE)"
    }
    if (account.holdsLicences()) {
        reason "virtual account ${account.virtualAccount()} holds the security licences"
    } else {
        report 'VA-NO-LICENCES', expected: "the virtual account linked to SSE holds the devices' security licences " +
                '(software.cisco.com > Smart Software Licensing: move them there, or link the one that holds them)',
                actual: "virtual account ${account.virtualAccount()} holds none (in a lab: :smart-account)"
    }
}

step 'lic-fmc-smart-license', "the FMC is registered to that virtual account (FMC's web UI)", {
    skip 'in the FMC: System > Licenses > Smart Licenses: registered to the virtual account that holds the licences'
}

step 'lic-sse-link', 'the Smart Account is linked in SSE (browser)', hop: SSE, {
    StepContext context = delegate as StepContext
    SseDevices portal = (SseDevices) browserPage(context, 'sse-devices') {
        "in the SSE portal (${portalOf(region(context))}): tools icon > Link Accounts; " +
                'once linked, the Smart Account shows with all its virtual accounts'
    }
    if (portal.linked()) {
        reason "Smart Account ${portal.smartAccount()} is linked in SSE (${portal.region()})"
    } else {
        report 'SSE-NOT-LINKED', expected: "a Smart Account linked in the SSE portal (${portalOf(portal.region())}: tools icon > " +
                'Link Accounts; in a lab: :sse link-smart-account NAME, the name :smart-account shows)',
                actual: 'SSE Devices: Smart Account none linked, no device listed'
    }
}

step 'lic-sse-cloud-services', "SSE's Cloud Services: Eventing and Cisco XDR threat response are on (browser)", hop: SSE, {
    StepContext context = delegate as StepContext
    SseCloudServices services = (SseCloudServices) browserPage(context, 'sse-cloud-services') {
        "in the SSE portal (${portalOf(region(context))}): Cloud Services: both " +
                'Eventing and Cisco XDR threat response are enabled'
    }
    if (services.eventing() && services.xdrThreatResponse()) {
        reason 'Eventing and Cisco XDR threat response are enabled'
    } else {
        List<String> off = []
        if (!services.eventing()) {
            off << 'Eventing'
        }
        if (!services.xdrThreatResponse()) {
            off << 'Cisco XDR threat response'
        }
        report 'SSE-CLOUD-SERVICES-OFF', expected: 'SSE portal > Cloud Services: Eventing and Cisco XDR threat response enabled ' +
                '(in a lab: :sse cloud-services set eventing on, :sse cloud-services set xdr-threat-response on)',
                actual: "${off.join(' and ')} disabled"
    }
}

step 'lic-fmc-cloud-events', "the FMC's Cloud Services send the events (FMC's web UI)", hop: SSE, {
    FmcCloudServices fmc = (FmcCloudServices) browserPage(delegate as StepContext, 'fmc-cloud-services') {
        'in the FMC: System > Integration > Cloud Services: Cisco Cloud Event Configuration is on, with the events to ' +
                'send selected (intrusion, file and malware, connection events)'
    }
    if (!fmc.sendsEvents()) {
        String actual = !fmc.integration() ? 'the Cisco Cloud integration is disabled'
                : !fmc.events() ? 'Cisco Cloud Event Configuration is disabled' : 'no event type is selected'
        report 'FMC-EVENTS-OFF', expected: 'FMC > System > Integration > Cloud Services: Cisco Cloud Event Configuration ' +
                'enabled with the events to send selected, then Deploy (in a lab: :fmc cloud-services set events on, ' +
                ':fmc deploy)', actual: actual
    } else if (fmc.pending()) {
        report 'FMC-DEPLOY-PENDING', expected: 'the saved Cloud Services deployed to the device (FMC: Deploy; in a lab: :fmc deploy)',
                actual: "not deployed: ${fmc.pending().join('; ')}"
    } else {
        reason "events sent: ${fmc.eventTypes().join(', ')}"
    }
}

step 'lic-region', "the FMC's cloud region is the SSE tenant's (browser)", hop: SSE, {
    ProbeResult fmcPage = read('fmc-cloud-services')
    ProbeResult ssePage = read('sse-devices')
    if (!fmcPage.ok() || !ssePage.ok()) {
        skip "in the FMC (System > Integration > Cloud Services: Cisco Cloud Region) and the SSE portal's address: the " +
                'same region (US, EU or APJ) everywhere'
    }
    String fmcRegion = ((FmcCloudServices) fmcPage.record()).region()
    String sseRegion = ((SseDevices) ssePage.record()).region()
    if (fmcRegion == sseRegion) {
        reason "the FMC and the SSE tenant are both in ${fmcRegion}"
    } else {
        report 'REGION-MISMATCH', expected: "Cisco Cloud Region ${sseRegion}, the SSE tenant's (${portalOf(sseRegion)}), then " +
                "Deploy (in a lab: :fmc cloud-services set region ${sseRegion}, :fmc deploy)",
                actual: "the FMC's Cisco Cloud Region is ${fmcRegion}; connector.properties follows it after a deployment"
    }
}

step 'lic-sse-devices', "the device and its events show in SSE (browser)", {
    ProbeResult devicesPage = read('sse-devices')
    ProbeResult eventsPage = read('sse-events')
    if (!devicesPage.ok() || !eventsPage.ok()) {
        skip "in the SSE portal (${portalOf(region(delegate as StepContext))}): Devices lists " +
                "${targetName()}, and Events shows its events (the FMC's Analysis > Intrusion > Events shows they are made)"
    }
    List<SseDevices.Device> devices = ((SseDevices) devicesPage.record()).devices()
    List<SseEvents.Event> events = ((SseEvents) eventsPage.record()).events()
    String listed = devices ? devices.collect { SseDevices.Device d -> "${d.name()} ${d.status()}".toString() }.join(', ')
            : 'no device'
    if (!devices.any { SseDevices.Device d -> d.status() == 'Registered' } || !events) {
        // a symptom: its cause is a finding above, or on the device and its path, which the steps below read
        blocked "SSE lists ${listed}, ${events.size()} event(s): the cause is above or on the device's path (the steps below)"
    }
    reason "SSE lists ${listed}; newest event ${events.last().time()} (${events.last().type()})"
}

step 'lic-managers', 'the device is registered to an FMC (show managers)', {
    List<ManagerInfo> managers = showManagers().managers()
    if (managers.any { ManagerInfo m -> m.isLocal() }) {
        skip 'managed locally (FDM): the guide walks through the FMC; the cloud settings are in FDM there'
    }
    List<ManagerInfo> completed = managers.findAll { ManagerInfo m -> m.registration() == 'Completed' }
    if (completed) {
        reason "registered to ${completed.collect { ManagerInfo m -> m.host() }.join(', ')}"
    } else {
        report 'MANAGER-NOT-REGISTERED', expected: 'show managers: an FMC with Registration: Completed',
                actual: managers ? managers.collect { ManagerInfo m -> "${m.host()}: ${m.registration()}".toString() }.join(', ')
                        : 'show managers: no manager configured'
    }
}

step 'lic-version', "the device's version supports SSE in its region (show version)", {
    VersionInfo version = showVersion()
    String region = region(delegate as StepContext)
    String needed = region == 'US' ? '6.4' : '6.5'
    if (older(version.version(), needed)) {
        report 'VERSION-TOO-OLD', expected: "${needed} or later for the ${region} cloud",
                actual: "version ${version.version()} (build ${version.build()})"
    } else {
        reason "version ${version.version()}: ${needed} or later is needed for the ${region} cloud"
    }
}

/**
 * What the lab's stand-in for a browser's page shows (lab-only probe {@code page}); where there is none (a real
 * device), skips the step with what to look for in the browser ({@code inBrowser}, worked out only then).
 */
static Object browserPage(StepContext context, String page, Closure inBrowser) {
    ProbeResult result = context.read(page)
    if (!result.ok()) {
        context.skip(inBrowser.call().toString())
    }
    return result.record()
}

/** The device's region: its connector's API host when it has one, else the site's, else US. */
static String region(StepContext context) {
    ProbeResult properties = context.read('connector-properties')
    String fqdn = properties.ok() ? ((ConnectorProperties) properties.record()).connectorFqdn() : null
    Optional<SseRegion> region = fqdn != null ? SseRegion.ofApiHost(fqdn) : SseRegion.named(context.param('site-region'))
    return region.orElse(SseRegion.US).name()
}

/** The SSE portal of a region (US, EU, APJ). */
static String portalOf(String region) {
    return region == 'EU' ? 'https://admin.eu.sse.itd.cisco.com'
            : region == 'APJ' ? 'https://admin.apj.sse.itd.cisco.com' : 'https://admin.sse.itd.cisco.com'
}

/** Whether dotted version {@code version} comes before {@code floor} (6.4.0.10 against 6.5). */
static boolean older(String version, String floor) {
    List<Integer> have = version.tokenize('.').collect { String n -> n.isInteger() ? n.toInteger() : 0 }
    List<Integer> want = floor.tokenize('.').collect { String n -> n.toInteger() }
    for (int i = 0; i < want.size(); i++) {
        int part = i < have.size() ? have[i] : 0
        if (part != want[i]) {
            return part < want[i]
        }
    }
    return false
}
