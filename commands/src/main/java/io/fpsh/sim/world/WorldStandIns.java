package io.fpsh.sim.world;

import io.fpsh.sim.DeviceState;
import io.fpsh.world.StandIns;
import io.fpsh.world.WorldActions;
import io.fpsh.world.WorldPages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The stand-ins of a lab's world: {@code :fmc}, {@code :sse} and {@code :smart-account}, their pages and the changes
 * their GUIs allow, on the device's state (one model: a change here shows on the device and in its probes).
 */
public final class WorldStandIns implements StandIns {
    private final DeviceState state;

    public WorldStandIns(DeviceState state) {
        this.state = state;
    }

    @Override
    public Result run(String command, String argument) {
        List<String> words = argument.isBlank() ? List.of() : Arrays.asList(argument.strip().split("\\s+"));
        return switch (command) {
            case ":fmc" -> fmc(words);
            case ":sse" -> sse(words);
            case ":smart-account" -> words.isEmpty() ? Result.ok(WorldPages.smartAccount(state.world().smartAccount()))
                    : usage(":smart-account");
            default -> Result.usage("fpsh: unknown command '" + command + "' (try :help)");
        };
    }

    private Result fmc(List<String> words) {
        if (words.equals(List.of("cloud-services"))) {
            return Result.ok(WorldPages.fmc(WorldViews.fmc(state)));
        }
        if (words.equals(List.of("deploy"))) {
            return Result.ok(String.join("\n", FmcDeployment.deploy(state)) + "\n");
        }
        if (words.size() == 4 && words.get(0).equals("cloud-services") && words.get(1).equals("set")) {
            return fmcSet(words.get(2), words.get(3));
        }
        return usage(":fmc");
    }

    /** The changes the FMC's page allows; saved, not on the device until deployed. */
    private Result fmcSet(String key, String value) {
        LabWorld world = state.world();
        LabWorld.Settings s = world.saved();
        LabWorld.Settings changed;
        switch (key) {
            case "region" -> {
                String region = LabWorld.normal(value);
                if (!List.of("US", "EU", "APJ").contains(region)) {
                    return Result.usage("fpsh: :fmc cloud-services set region: US, EU or APJ (got '" + printable(value) + "')");
                }
                changed = new LabWorld.Settings(s.integration(), s.events(), region, s.eventTypes());
            }
            case "integration", "events" -> {
                Boolean on = onOff(value);
                if (on == null) {
                    return Result.usage("fpsh: :fmc cloud-services set " + key + ": on or off (got '" + printable(value) + "')");
                }
                changed = key.equals("integration") ? new LabWorld.Settings(on, s.events(), s.region(), s.eventTypes())
                        : new LabWorld.Settings(s.integration(), on, s.region(), s.eventTypes());
            }
            case "event-types" -> {
                List<String> types = eventTypes(value);
                if (types == null) {
                    return Result.usage("fpsh: :fmc cloud-services set event-types: a comma list of "
                            + String.join(", ", WorldPages.EVENT_TYPE_ORDER) + ", or none (got '" + printable(value) + "')");
                }
                changed = new LabWorld.Settings(s.integration(), s.events(), s.region(), types);
            }
            default -> {
                return Result.usage("fpsh: :fmc cloud-services set: no setting '" + printable(key)
                        + "' (region, integration, events, event-types)");
            }
        }
        world.save(changed);
        List<String> pending = world.pending();
        return Result.ok("Saved. " + (pending.isEmpty() ? "Nothing to deploy: the device has these settings."
                : "Not on " + state.hostname() + " until deployed (:fmc deploy).") + "\n");
    }

    private Result sse(List<String> words) {
        LabWorld world = state.world();
        String region = world.sseRegion();
        if (words.equals(List.of("devices"))) {
            return Result.ok(WorldPages.sseDevices(WorldViews.sseDevices(state)));
        }
        if (words.equals(List.of("events"))) {
            return Result.ok(WorldPages.sseEvents(region, WorldViews.sseEvents(state)));
        }
        if (words.equals(List.of("cloud-services"))) {
            return Result.ok(WorldPages.sseCloudServices(region, WorldViews.sseCloudServices(state)));
        }
        if (words.size() == 4 && words.get(0).equals("cloud-services") && words.get(1).equals("set")) {
            return sseSet(words.get(2), words.get(3));
        }
        if (words.size() == 2 && words.get(0).equals("link-smart-account")) {
            return link(words.get(1));
        }
        if (words.equals(List.of("unlink-smart-account"))) {
            return unlink();
        }
        return usage(":sse");
    }

    /** The portal's toggles: they take effect at once. */
    private Result sseSet(String key, String value) {
        Boolean on = onOff(value);
        if (!key.equals("eventing") && !key.equals("xdr-threat-response")) {
            return Result.usage("fpsh: :sse cloud-services set: no setting '" + printable(key) + "' (eventing, xdr-threat-response)");
        }
        if (on == null) {
            return Result.usage("fpsh: :sse cloud-services set " + key + ": on or off (got '" + printable(value) + "')");
        }
        LabWorld.Portal portal = state.world().portal();
        state.world().setPortal(key.equals("eventing") ? new LabWorld.Portal(portal.linkedAccount(), on, portal.xdrThreatResponse())
                : new LabWorld.Portal(portal.linkedAccount(), portal.eventing(), on), state.clock().now());
        return Result.ok((key.equals("eventing") ? WorldPages.EVENTING : WorldPages.XDR) + " " + WorldPages.enabled(on).toLowerCase(Locale.ROOT) + ".\n");
    }

    /**
     * The portal's tools icon > Link Accounts: the user's Smart Account, if their role may link it (the guide:
     * Smart Account or Virtual Account Administrator only). [UNVERIFIED: the portal's wording]
     */
    private Result link(String name) {
        LabWorld world = state.world();
        io.fpsh.world.SmartAccountInfo account = world.smartAccount();
        if (!name.equals(account.name())) {
            return Result.refused("fpsh: no Smart Account '" + printable(name) + "' for " + account.user()
                    + " (theirs: " + account.name() + ")");
        }
        if (!account.mayLink()) {
            return Result.refused("fpsh: " + account.user() + " is " + account.role() + " in " + account.name()
                    + ": only a Smart Account or Virtual Account Administrator may link it");
        }
        LabWorld.Portal portal = world.portal();
        if (name.equals(portal.linkedAccount())) {
            return Result.ok("Smart Account " + name + " is linked already.\n");
        }
        world.setPortal(new LabWorld.Portal(name, portal.eventing(), portal.xdrThreatResponse()), state.clock().now());
        return Result.ok("Smart Account " + name + " linked: its virtual accounts and their devices show in SSE.\n");
    }

    /**
     * The portal's Link Accounts page, Unlink: the device leaves the portal's list and its events stop arriving (those
     * that arrived stay). The same role as linking is needed. [UNVERIFIED: the portal's wording]
     */
    private Result unlink() {
        LabWorld world = state.world();
        io.fpsh.world.SmartAccountInfo account = world.smartAccount();
        LabWorld.Portal portal = world.portal();
        if (portal.linkedAccount() == null) {
            return Result.refused("fpsh: no Smart Account is linked to SSE");
        }
        if (!account.mayLink()) {
            return Result.refused("fpsh: " + account.user() + " is " + account.role() + " in " + account.name()
                    + ": only a Smart Account or Virtual Account Administrator may unlink it");
        }
        world.setPortal(new LabWorld.Portal(null, portal.eventing(), portal.xdrThreatResponse()), state.clock().now());
        return Result.ok("Smart Account " + portal.linkedAccount() + " unlinked: its devices leave SSE and their events"
                + " stop.\n");
    }

    private static Result usage(String command) {
        List<String> lines = new ArrayList<>();
        for (String usage : WorldActions.USAGES) {
            if (usage.startsWith(command + " ") || usage.equals(command)) {
                lines.add(usage.split("  ", 2)[0].strip());
            }
        }
        return Result.usage("fpsh: usage: " + String.join(" | ", lines));
    }

    private static Boolean onOff(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "on", "enabled", "true" -> Boolean.TRUE;
            case "off", "disabled", "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** A comma list of the FMC's event types in the page's order, or none; null when a word is not one. */
    private static List<String> eventTypes(String value) {
        if (value.equals("none")) {
            return List.of();
        }
        List<String> typed = Arrays.asList(value.split(","));
        if (typed.stream().anyMatch(t -> !WorldPages.EVENT_TYPE_ORDER.contains(t))) {
            return null;
        }
        return WorldPages.EVENT_TYPE_ORDER.stream().filter(typed::contains).toList();
    }

    /** A value typed, quoted in an error without its control characters. */
    private static String printable(String typed) {
        String clean = typed.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "..." : clean;
    }
}
