package io.fpsh.sim;

import io.fpsh.lab.LabFile;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * /ngfw/var/log/messages from the model: the process manager starting each daemon at boot and again after each
 * restart (pmtool or kill), and the session's SSH login at the lab's start, in syslog's format. The facts give the
 * file (2.3) but none of its lines: the forms below are rsyslog's usual ones and the process manager's wording is
 * invented [UNVERIFIED].
 */
final class MessagesLog {

    /** The pids ps shows for sshd and the process manager (LabExpertContext). */
    static final int SSHD_PID = 2101;
    static final int PM_PID = 2204;
    private static final DateTimeFormatter SYSLOG = DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss", Locale.US);

    private record Line(Instant at, String text) {}

    private MessagesLog() {}

    /** Booted at 01:27 six days before the lab's first day, as uptime says (SystemInfo). */
    static Instant bootTime(DeviceState state) {
        ZonedDateTime start = state.clock().start().atZone(ZoneOffset.UTC);
        return start.toLocalDate().atStartOfDay(ZoneOffset.UTC).minusDays(6).plusHours(1).plusMinutes(27).toInstant();
    }

    static String render(DeviceState state) {
        String host = state.hostname();
        Instant now = state.clock().now();
        List<Line> lines = new ArrayList<>();
        Instant boot = bootTime(state);
        lines.add(new Line(boot.plusSeconds(9), "sshd[" + SSHD_PID + "]: Server listening on 0.0.0.0 port 22."));
        int second = 30;
        for (LabFile.Process process : state.daemons()) {
            lines.add(new Line(boot.plusSeconds(second++), started(process.name(), process.pid())));
            for (DeviceState.DaemonRestart restart : state.restartsOf(process.name())) {
                lines.add(new Line(restart.at(), "SF-IMS[" + PM_PID + "]: [" + PM_PID + "] pm:process [INFO] Process "
                        + process.name() + " exited, restarting"));
                lines.add(new Line(restart.at().plusMillis(1), started(process.name(), restart.pid())));
            }
        }
        tunnelLines(state, lines);
        Instant login = state.clock().start();
        String user = state.loginUser();
        int port = 50_000 + Math.abs(host.hashCode() % 10_000);
        lines.add(new Line(login, "sshd[" + (SSHD_PID + 2000) + "]: Accepted password for " + user + " from "
                + Objects.requireNonNullElse(state.ipv4().gateway(), "127.0.0.1") + " port " + port + " ssh2"));
        lines.add(new Line(login, "sshd[" + (SSHD_PID + 2000) + "]: pam_unix(sshd:session): session opened for user "
                + user + " by (uid=0)"));
        StringBuilder text = new StringBuilder();
        lines.stream().filter(l -> !l.at().isAfter(now)).sorted(Comparator.comparing(Line::at))
                .forEach(l -> text.append(SYSLOG.format(l.at().atZone(ZoneOffset.UTC))).append(' ').append(host)
                        .append(' ').append(l.text()).append('\n'));
        return text.toString();
    }

    /**
     * The management tunnel's connection to each manager it reports connected, when it was made. [UNVERIFIED: the
     * wording is sftunneld's as remembered from FMC registration logs, not in the facts file.]
     */
    private static void tunnelLines(DeviceState state, List<Line> lines) {
        io.fpsh.ftd.SftunnelStatus tunnel = StateViews.sftunnel(state);
        int pid = state.daemons().stream().filter(p -> p.name().equals(DeviceState.SFTUNNEL)).findFirst()
                .map(p -> state.current(p).pid()).orElse(0);
        for (io.fpsh.ftd.SftunnelStatus.Peer peer : tunnel.peers()) {
            if (peer.connected() && pid > 0) {
                lines.add(new Line(peer.connectedSince().plusSeconds(2), "SF-IMS[" + pid + "]: [" + pid
                        + "] sftunneld:sf_ssl [INFO] Connect to " + peer.host() + " on port " + state.managementPort()
                        + " - " + tunnel.interfaceName()));
            }
        }
    }

    private static String started(String name, int pid) {
        return "SF-IMS[" + PM_PID + "]: [" + PM_PID + "] pm:process [INFO] Started " + name + " (pid " + pid + ")";
    }
}
