package io.fpsh.sim.expert;

/**
 * One process of the simulated device, with what {@code ps aux} and {@code ps -ef} print.
 *
 * @param name        the short command name (comm), e.g. {@code EventHandler}; lsof and netstat show it
 * @param commandLine the full command line, e.g. {@code /ngfw/usr/local/sf/bin/EventHandler}
 * @param stat        the ps STAT column, e.g. {@code Ss}, {@code Sl}, {@code R+}
 * @param tty         {@code ?} for daemons, {@code pts/0} for the session
 * @param start       the START / STIME column, e.g. {@code Apr07} or {@code 01:27}
 * @param cpuSeconds  accumulated CPU time
 */
public record SimProcess(int pid, int ppid, String user, String name, String commandLine, String stat, String tty,
                         String start, long cpuSeconds, double cpuPercent, double memPercent, long vszKb,
                         long rssKb) {

    /**
     * A sleeping daemon started by pmtool (ppid 1). Its load differs from one daemon to the next, as on a real box:
     * figures drawn from its name (the same on every run), RSS matching %MEM of the box's memory [UNVERIFIED: the
     * real figures are not known].
     */
    public static SimProcess daemon(int pid, String user, String name, String commandLine) {
        int seed = Math.abs(name.hashCode() % 1000);
        double mem = 0.1 + seed % 37 / 10.0;
        long rss = (long) (mem / 100 * 8_167_840);
        long vsz = rss * (3 + seed % 5) + 80_000;
        double cpu = seed % 23 / 10.0;
        long cpuSeconds = 40 + (long) (cpu * 6 * 3600 / 2) + seed;
        return new SimProcess(pid, 1, user, name, commandLine, "Sl", "?", "Apr07", cpuSeconds, cpu, mem, vsz, rss);
    }
}
