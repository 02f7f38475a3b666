package io.fpsh.sim.expert;

import java.util.List;

/**
 * The box's memory and CPU figures from its processes: top's summary lines, and the clish's {@code show memory} and
 * {@code show cpu} (so the expert shell and the clish tell the same story). [UNVERIFIED: the real figures are not
 * known; the memory is {@link SystemInfo#MEMORY_KB}, a fifth of it page cache.]
 *
 * @param usedKb the processes' resident memory together
 * @param userPercent the CPU in user space, a quarter of the processes' shares (4 cores)
 */
public record SystemLoad(long totalKb, long usedKb, long cacheKb, double userPercent, double systemPercent) {

    public static SystemLoad of(List<SimProcess> processes) {
        double cpu = processes.stream().mapToDouble(SimProcess::cpuPercent).sum();
        long used = processes.stream().mapToLong(SimProcess::rssKb).sum();
        double user = Math.min(99, cpu / 4);
        return new SystemLoad(SystemInfo.MEMORY_KB, used, SystemInfo.MEMORY_KB / 5, user, user / 3);
    }

    /** Neither used by a process nor holding cache. */
    public long freeKb() {
        return totalKb - usedKb - cacheKb;
    }

    /** What the processes could still have: the free memory and the cache. */
    public long availableKb() {
        return totalKb - usedKb;
    }
}
