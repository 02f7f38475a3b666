package io.fpsh.sim.clish;

import io.fpsh.ftd.LinaCpuUsage;
import io.fpsh.ftd.LinaMemory;
import io.fpsh.ftd.ShowCpuUsageRenderer;
import io.fpsh.ftd.ShowMemoryRenderer;
import io.fpsh.ftd.ShowRouteRenderer;
import io.fpsh.sim.DeviceProcesses;
import io.fpsh.sim.DeviceState;
import io.fpsh.sim.expert.SystemLoad;
import io.fpsh.sim.network.DataRoutes;

/**
 * The clish's {@code show route}, {@code show cpu} and {@code show memory}: LINA's answers, from the lab's data
 * interfaces and from the same processes the expert shell's ps and top show.
 */
final class LinaViews {
    private LinaViews() {}

    static String route(DeviceState state) {
        return ShowRouteRenderer.render(new DataRoutes(state.lab()).table());
    }

    /**
     * The CPU top shows busy (user and system) over the last 5 seconds, a little more over the longer spans, as the
     * load average does. [UNVERIFIED: LINA measures its own scheduler, not Linux's; the figures are the model's.]
     */
    static String cpu(DeviceState state) {
        SystemLoad load = SystemLoad.of(DeviceProcesses.of(state));
        double busy = load.userPercent() + load.systemPercent();
        return ShowCpuUsageRenderer.render(new LinaCpuUsage((int) Math.round(busy), (int) Math.round(busy * 1.1),
                (int) Math.round(busy * 1.2)));
    }

    /**
     * The system memory top shows: in use, what its processes hold; free, the rest (top's {@code avail Mem}, as
     * the note says "Free memory is the free system memory"). [UNVERIFIED: whether LINA counts the page cache as
     * free.]
     */
    static String memory(DeviceState state) {
        SystemLoad load = SystemLoad.of(DeviceProcesses.of(state));
        return ShowMemoryRenderer.render(new LinaMemory(load.availableKb() * 1024, load.usedKb() * 1024));
    }
}
