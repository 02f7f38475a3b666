package io.fpsh.sim.world;

import io.fpsh.lab.LabFile;
import io.fpsh.playbook.SseRegion;
import io.fpsh.world.SmartAccountInfo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The world around a lab's device (issue 12 §3), its mutable part: the FMC's Cloud Services page as saved and as
 * deployed (with when), and the SSE portal's link and toggles (with when). The Smart Account is as the lab wrote it.
 * Held by the device's {@link io.fpsh.sim.DeviceState} and reset with it; what it does to the device (a deployment)
 * is {@link FmcDeployment}'s, what reaches SSE {@link SseEventFlow}'s.
 */
public final class LabWorld {
    /** The FMC's cloud settings: the integration, Cisco Cloud Event Configuration, the region, the events selected. */
    public record Settings(boolean integration, boolean events, String region, List<String> eventTypes) {
        public Settings {
            eventTypes = List.copyOf(eventTypes);
        }

        /** Whether a device deployed with these settings sends its events to the cloud. */
        public boolean sendsEvents() {
            return integration && events && !eventTypes.isEmpty();
        }
    }

    /** The SSE portal's own settings: the Smart Account linked (null: none), Eventing, Cisco XDR threat response. */
    public record Portal(String linkedAccount, boolean eventing, boolean xdrThreatResponse) {}

    private record Timed<T>(Instant at, T value) {}

    /** The default Smart Account's name and user: documentation names, as a lab's addresses are. [INVENTED] */
    static final String DEFAULT_ACCOUNT = "example-sa";
    static final String DEFAULT_USER = "netadmin@example.com";

    private final LabFile lab;
    private final SmartAccountInfo smartAccount;
    private Settings saved;
    private final List<Timed<Settings>> deployments = new ArrayList<>();
    private final List<Timed<Portal>> portal = new ArrayList<>();

    public LabWorld(LabFile lab) {
        this.lab = lab;
        LabFile.SmartAccount account = lab.smartAccount();
        this.smartAccount = new SmartAccountInfo(
                account == null || account.name() == null ? DEFAULT_ACCOUNT : account.name(),
                account == null || account.virtualAccount() == null ? "DEFAULT" : account.virtualAccount(),
                account == null || !Boolean.FALSE.equals(account.holdsLicences()),
                account == null || account.user() == null ? DEFAULT_USER : account.user(),
                account == null || account.role() == null ? "Smart Account Administrator" : account.role());
        plant();
    }

    /** Back to the lab's world: the FMC's page saved and deployed as written, the portal as written. */
    public synchronized void reset() {
        deployments.clear();
        portal.clear();
        plant();
    }

    private void plant() {
        LabFile.Fmc fmc = lab.fmc();
        String region = fmc != null && fmc.region() != null ? normal(fmc.region())
                : SseRegion.ofApiHost(lab.connector().fqdn()).orElse(SseRegion.US).name();
        saved = new Settings(fmc == null || !Boolean.FALSE.equals(fmc.integration()),
                fmc == null || !Boolean.FALSE.equals(fmc.events()), region,
                fmc == null || fmc.eventTypes() == null ? io.fpsh.world.WorldPages.EVENT_TYPE_ORDER : fmc.eventTypes());
        deployments.add(new Timed<>(Instant.MIN, saved));
        LabFile.Sse sse = lab.sse();
        portal.add(new Timed<>(Instant.MIN, new Portal(
                sse == null || !Boolean.FALSE.equals(sse.linked()) ? smartAccount.name() : null,
                sse == null || !Boolean.FALSE.equals(sse.eventing()),
                sse == null || !Boolean.FALSE.equals(sse.xdrThreatResponse()))));
    }

    /** US, EU or APJ: SSE's APJC is the guide's APJ. */
    static String normal(String region) {
        String upper = region.toUpperCase(Locale.ROOT);
        return upper.equals("APJC") ? "APJ" : upper;
    }

    // --- the FMC ---

    public synchronized Settings saved() { return saved; }

    /** The FMC's Save: the page changes, the device only at the next deployment. */
    public synchronized void save(Settings settings) {
        saved = Objects.requireNonNull(settings);
    }

    public synchronized Settings deployed() { return deployments.get(deployments.size() - 1).value(); }

    /** The settings the device had at a lab instant. */
    public synchronized Settings deployedAt(Instant at) {
        Settings inForce = deployments.get(0).value();
        for (Timed<Settings> deployment : deployments) {
            if (!deployment.at().isAfter(at)) {
                inForce = deployment.value();
            }
        }
        return inForce;
    }

    /** When the FMC deployed, oldest first (the lab's own settings, deployed before it starts, not counted). */
    public synchronized List<Instant> deploymentTimes() {
        return deployments.stream().map(Timed::at).filter(at -> !at.equals(Instant.MIN)).toList();
    }

    /** The saved changes not on the device yet, one line each ({@code region: EU -> US}). */
    public synchronized List<String> pending() {
        Settings on = deployed();
        List<String> changes = new ArrayList<>();
        if (!on.region().equals(saved.region())) {
            changes.add("region: " + on.region() + " -> " + saved.region());
        }
        if (on.integration() != saved.integration()) {
            changes.add("integration: " + onOff(on.integration()) + " -> " + onOff(saved.integration()));
        }
        if (on.events() != saved.events()) {
            changes.add("events: " + onOff(on.events()) + " -> " + onOff(saved.events()));
        }
        if (!on.eventTypes().equals(saved.eventTypes())) {
            changes.add("event-types: " + types(on.eventTypes()) + " -> " + types(saved.eventTypes()));
        }
        return changes;
    }

    /** The deployment has reached the device at {@code at}: what was saved is what it runs. */
    synchronized void deployed(Instant at) {
        deployments.add(new Timed<>(at, saved));
    }

    // --- the SSE portal ---

    /** The SSE tenant's region as the lab declares it ({@code sse.region}, else {@code device.region}); null if neither. */
    public String declaredSseRegion() {
        String declared = lab.sse() != null && lab.sse().region() != null ? lab.sse().region() : lab.device().region();
        return declared == null ? null : normal(declared);
    }

    /** The SSE tenant's region: as declared, else the region the lab's connector starts in. */
    public String sseRegion() {
        String declared = declaredSseRegion();
        return declared != null ? declared : SseRegion.ofApiHost(lab.connector().fqdn()).orElse(SseRegion.US).name();
    }

    public synchronized Portal portal() { return portal.get(portal.size() - 1).value(); }

    public synchronized Portal portalAt(Instant at) {
        Portal inForce = portal.get(0).value();
        for (Timed<Portal> change : portal) {
            if (!change.at().isAfter(at)) {
                inForce = change.value();
            }
        }
        return inForce;
    }

    /** A change on the portal: it takes effect at once (no deployment there). */
    public synchronized void setPortal(Portal changed, Instant at) {
        portal.add(new Timed<>(at, changed));
    }

    /** When the portal changed, oldest first. */
    public synchronized List<Instant> portalChanges() {
        return portal.stream().map(Timed::at).filter(at -> !at.equals(Instant.MIN)).toList();
    }

    // --- the Smart Account ---

    public SmartAccountInfo smartAccount() { return smartAccount; }

    static String onOff(boolean on) {
        return on ? "on" : "off";
    }

    static String types(List<String> types) {
        return types.isEmpty() ? "none" : String.join(",", types);
    }
}
