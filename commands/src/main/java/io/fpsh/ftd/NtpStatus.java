package io.fpsh.ftd;

import java.util.List;

/**
 * What {@code show ntp} reports: each NTP server the device knows, and how it stands with it. The probe of a
 * clock problem (the guide's "fix time, re-register") reads this next to {@code show time}.
 */
public record NtpStatus(List<Server> servers) {
    public NtpStatus {
        servers = List.copyOf(servers);
    }

    /**
     * One server: {@code status} in the device's words ({@code Being Used}, {@code Available}...),
     * {@code offsetMillis} how far the device is from it, {@code lastUpdateSeconds} since its last answer.
     */
    public record Server(String address, String status, double offsetMillis, int lastUpdateSeconds) {}

    /** The server the device takes its time from, or null when none is in use. */
    public Server inUse() {
        return servers.stream().filter(s -> s.status().equalsIgnoreCase("Being Used")).findFirst().orElse(null);
    }
}
