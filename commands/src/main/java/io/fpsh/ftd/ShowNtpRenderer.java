package io.fpsh.ftd;

import java.util.Locale;

/**
 * {@code show ntp} as the FTD prints it: four labelled lines per server (NTP Server, Status, Offset, Last Update),
 * [SRC community.cisco.com ta-p/3793916, FTD 6.2.2 on FPR4110: the labels, "Being Used", "(milliseconds)",
 * "(seconds)"]. [UNVERIFIED: the page collapsed blanks, so the labels' padding to column 26 is the one of
 * {@code show network}; so is the blank line between two servers.]
 */
public final class ShowNtpRenderer {
    private ShowNtpRenderer() {}

    public static String render(NtpStatus ntp) {
        StringBuilder out = new StringBuilder();
        for (NtpStatus.Server server : ntp.servers()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(CliText.field("NTP Server", server.address())).append('\n');
            out.append(CliText.field("Status", server.status())).append('\n');
            out.append(CliText.field("Offset", String.format(Locale.ROOT, "%.3f (milliseconds)", server.offsetMillis()))).append('\n');
            out.append(CliText.field("Last Update", server.lastUpdateSeconds() + " (seconds)")).append('\n');
        }
        return out.toString();
    }
}
