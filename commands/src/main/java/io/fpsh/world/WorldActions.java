package io.fpsh.world;

import java.util.List;

/**
 * The stand-ins for the world around a lab's device, one usage line each (the command, two blanks, what it does):
 * {@code :help} and {@code :lab actions} list them.
 */
public final class WorldActions {
    public static final List<String> USAGES = List.of(
            ":fmc cloud-services  the FMC's Cloud Services page: region, integration, events sent, pending changes",
            ":fmc cloud-services set region|integration|events|event-types VALUE  change it as the FMC allows (saved, not deployed)",
            ":fmc deploy  send the FMC's saved changes to the device (the Deploy button)",
            ":sse devices  the SSE portal's devices and the Smart Account linked",
            ":sse events  the events that reached the SSE portal",
            ":sse cloud-services  the SSE portal's toggles: Eventing, Cisco XDR threat response",
            ":sse cloud-services set eventing|xdr-threat-response on|off  turn a portal toggle on or off",
            ":sse link-smart-account NAME  link your Smart Account to SSE (tools icon > Link Accounts)",
            ":sse unlink-smart-account  unlink the Smart Account: its devices leave SSE, their events stop",
            ":smart-account  the Smart Account: its virtual account, the security licences, your role");

    /** The stand-ins' own commands, as completion offers them. */
    public static final List<String> COMMANDS = List.of(":fmc", ":sse", ":smart-account");

    private WorldActions() {}
}
