package io.fpsh.playbooks

import io.fpsh.ftd.ConnectorProperties
import io.fpsh.ftd.ManagerInfo
import io.fpsh.ftd.VersionInfo
import io.fpsh.playbook.SseRegion
import io.fpsh.probe.ProbeResult

// The guide's "Licences", "Liez vos comptes à SSE" and "Enregistrement des périphériques auprès de SSE": what only a
// person can check in a browser is a checklist of steps that SKIP with what to look for and where (never a finding:
// the device cannot tell), then what the device itself shows (its manager, its version).

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

step 'lic-smart-account-role', 'your Smart Account role lets you link the account to SSE (browser)', {
    skip 'in a browser: software.cisco.com > Administration > Manage Smart Account > Users: your user has Smart Account ' +
            'Administrator or Virtual Account Administrator under Roles (only they may link the Smart Account to SSE)'
}

step 'lic-virtual-account', 'the virtual account linked to SSE holds the security licences (browser)', {
    skip "in a browser: software.cisco.com > Smart Software Licensing: the virtual account you link to SSE holds the " +
            "security devices' licences (linked without them, devices and events never show in SSE)"
}

step 'lic-fmc-smart-license', "the FMC is registered to that virtual account (FMC's web UI)", {
    skip 'in the FMC: System > Licenses > Smart Licenses: registered to the virtual account that holds the licences'
}

step 'lic-sse-link', 'the Smart Account is linked in SSE (browser)', {
    skip "in the SSE portal (${portalOf(region(delegate as io.fpsh.playbook.StepContext))}): tools icon > Link Accounts; " +
            'once linked, the Smart Account shows with all its virtual accounts'
}

step 'lic-sse-cloud-services', "SSE's Cloud Services: Eventing and Cisco XDR threat response are on (browser)", {
    skip "in the SSE portal (${portalOf(region(delegate as io.fpsh.playbook.StepContext))}): Cloud Services: both " +
            'Eventing and Cisco XDR threat response are enabled'
}

step 'lic-fmc-cloud-events', "the FMC's Cloud Services send the events (FMC's web UI)", {
    skip 'in the FMC: System > Integration > Cloud Services: Cisco Cloud Event Configuration is on, with the events to ' +
            'send selected (intrusion, file and malware, connection events)'
}

step 'lic-sse-devices', "the device and its events show in SSE (browser)", {
    skip "in the SSE portal (${portalOf(region(delegate as io.fpsh.playbook.StepContext))}): Devices lists " +
            "${targetName()}, and Events shows its events (the FMC's Analysis > Intrusion > Events shows they are made)"
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
    String region = region(delegate as io.fpsh.playbook.StepContext)
    String needed = region == 'US' ? '6.4' : '6.5'
    if (older(version.version(), needed)) {
        report 'VERSION-TOO-OLD', expected: "${needed} or later for the ${region} cloud",
                actual: "version ${version.version()} (build ${version.build()})"
    } else {
        reason "version ${version.version()}: ${needed} or later is needed for the ${region} cloud"
    }
}

/** The device's region: its connector's API host when it has one, else the site's, else US. */
static String region(io.fpsh.playbook.StepContext context) {
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
