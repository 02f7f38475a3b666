package io.fpsh.local;

import io.fpsh.device.Device;
import io.fpsh.device.DeviceIo;
import io.fpsh.device.Mode;
import io.fpsh.device.ModeGraph;
import io.fpsh.device.SupportedModes;
import io.fpsh.sim.expert.CommandCall;
import io.fpsh.sim.expert.ExpertShell;
import io.fpsh.sim.expert.ExternalCommand;
import io.fpsh.sim.expert.SimPaths;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code fpsh --target local}: the expert shell on the operator's own machine, for checking from a jump host
 * that the SSE hosts resolve and answer. curl, nslookup and dig go to the real network through the system's
 * resolv.conf; echo and the other shell builtins work, but the builtins that read files see only
 * /etc/resolv.conf and /etc/hosts. Clish commands answer that they have no meaning here.
 */
public final class LocalMachine implements Device, SupportedModes {

    private final HostIdentity identity;
    private final ExpertShell shell = new ExpertShell();
    private final LocalExpertContext context;
    private volatile boolean open = true;

    public LocalMachine() {
        this(HostIdentity.ofThisMachine(), HostFiles.system());
    }

    public LocalMachine(HostIdentity identity, HostFiles host) {
        this.identity = identity;
        Map<String, ExternalCommand> commands = new HashMap<>(new LocalTools(host).commands());
        commands.put("exit", this::leave);
        commands.put("logout", this::leave);
        this.context = new LocalExpertContext(identity, LocalFileSystem.of(host, identity), commands);
    }

    /** No banner: {@code -c} output stays exactly the tools' own. */
    @Override
    public String banner() {
        return "";
    }

    @Override
    public Mode mode() {
        return Mode.EXPERT;
    }

    /** Only its own shell: there is no clish, LINA or sudo to move to. */
    @Override
    public Set<Mode> supportedModes() {
        return java.util.Set.of(Mode.EXPERT);
    }

    @Override
    public String prompt() {
        String directory = SimPaths.display(context.workingDirectory(), identity.home());
        return ModeGraph.prompt(Mode.EXPERT).render(identity.user(), identity.hostname(), directory);
    }

    @Override
    public int run(String line, DeviceIo io) {
        if (!open) {
            return 1;
        }
        try {
            Optional<String> refusal = ClishWords.refusal(line);
            if (refusal.isPresent()) {
                io.err().println(refusal.get());
                return 1;
            }
            return shell.run(line, io, context);
        } finally {
            io.out().flush();
            io.err().flush();
        }
    }

    private int leave(CommandCall call) {
        open = false;
        return 0;
    }

    @Override
    public void cancel() {
        shell.cancel();
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public String targetName() {
        return "local";
    }

    @Override
    public void close() {
        shell.cancel();
        open = false;
    }
}
