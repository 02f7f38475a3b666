package io.fpsh.shell;

import io.fpsh.device.DeviceIo;
import io.fpsh.world.StandIns;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code :fmc}, {@code :sse} and {@code :smart-account}: a lab's stand-ins for the FMC's Cloud Services page, the SSE
 * portal and the Smart Account (issue 12 §3), on the session's device. A target that is not a lab has none: one line.
 */
final class WorldShellCommand {
    /** What completion offers after each stand-in, word by word ({@code :fmc cloud-services set region}). */
    static final Map<String, List<String>> NEXT_WORDS = Map.of(
            ":fmc", List.of("cloud-services", "deploy"),
            ":fmc cloud-services", List.of("set"),
            ":fmc cloud-services set", List.of("region", "integration", "events", "event-types"),
            ":sse", List.of("devices", "events", "cloud-services", "link-smart-account", "unlink-smart-account"),
            ":sse cloud-services", List.of("set"),
            ":sse cloud-services set", List.of("eventing", "xdr-threat-response"));

    private WorldShellCommand() {}

    /** Runs stand-in {@code name} with {@code argument}; its status: 0, 1 refused, 2 usage or not a lab. */
    static int run(String name, String argument, Session session, DeviceIo io) {
        Optional<StandIns> standIns = session.device().feature(StandIns.class);
        if (standIns.isEmpty()) {
            io.err().println("fpsh: " + name + " works on labs only (now " + Printable.of(session.device().targetName()) + ")");
            return 2;
        }
        StandIns.Result result = standIns.get().run(name, argument);
        io.out().print(result.out());
        io.err().print(result.err());
        return result.status();
    }

    /** The words completion offers after {@code typed} (the words before the cursor's, blanks normalised). */
    static List<String> next(String typed) {
        return NEXT_WORDS.getOrDefault(typed.strip().replaceAll("\\s+", " "), List.of());
    }
}
