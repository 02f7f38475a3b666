package io.fpsh.sim.nettools;

import io.fpsh.ftd.NtpStatus;

import java.util.Locale;

/**
 * {@code ntpq -p}'s peers table from the same record {@code show ntp} renders: one row per server, its tally code from
 * its status, its offset and "when" the ones {@code show ntp} gives (Offset, Last Update). [SRC doc: ntpq(1) of ntp
 * 4.2.8, "peers": the columns remote refid st t when poll reach delay offset jitter, reach in octal, times in
 * milliseconds; the row's widths are ntpq's doprintpeers ones, checked against the header's 78 columns.]
 * [UNVERIFIED: ntpq is not installed here to compare with; the refid, stratum and delay of a reachable server are
 * invented believable figures; an unreachable one shows ntpd's .INIT. row (stratum 16, reach 0).]
 */
final class NtpPeersText {

    static final String HEADER = "     remote           refid      st t when poll reach   delay   offset  jitter\n"
            + "==============================================================================\n";

    private NtpPeersText() {}

    static String render(NtpStatus ntp) {
        if (ntp.servers().isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder(HEADER);
        for (NtpStatus.Server server : ntp.servers()) {
            text.append(row(server)).append('\n');
        }
        return text.toString();
    }

    private static String row(NtpStatus.Server server) {
        char tally = tally(server.status());
        if (tally == ' ') {
            return String.format(Locale.ROOT, "%c%-15.15s %-15.15s %2d %c %4.4s %4.4s  %3o  %7.7s %8.8s %7.7s", tally,
                    server.address(), ".INIT.", 16, 'u', "-", "64", 0, "0.000", "0.000", "0.000");
        }
        int when = Math.max(0, server.lastUpdateSeconds());
        double delay = 0.3 + Math.floorMod(server.address().hashCode(), 1700) / 1000.0;
        double jitter = Math.abs(server.offsetMillis()) / 4 + 0.011;
        return String.format(Locale.ROOT, "%c%-15.15s %-15.15s %2d %c %4.4s %4.4s  %3o  %7.7s %8.8s %7.7s", tally,
                server.address(), ".GPS.", 1, 'u', String.valueOf(when), String.valueOf(poll(when)), 0377,
                millis(delay), millis(server.offsetMillis()), millis(jitter));
    }

    /** The poll interval: a power of two from 64 to 1024 seconds that the time since the last answer fits in. */
    private static int poll(int when) {
        int poll = 64;
        while (poll < when && poll < 1024) {
            poll *= 2;
        }
        return poll;
    }

    /** ntpq's tally code: '*' the system peer, '+' a candidate, '-' an outlier, ' ' rejected (unreachable). */
    static char tally(String status) {
        String lower = status.toLowerCase(Locale.ROOT);
        if (lower.equals("being used")) return '*';
        if (lower.equals("available")) return '+';
        if (lower.contains("outlier") || lower.contains("discarded")) return '-'; // [UNVERIFIED] no FTD wording seen
        return ' ';
    }

    private static String millis(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
