package io.fpsh.shell.classroom;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code fpsh classroom status DIR}: who is logged in now, in which mode, how many objectives each has met, the
 * hints taken and how long each logged-in student has typed nothing; a student logged in, idle for
 * {@code stuckAfter} or more with objectives left, is flagged {@code stuck}. Without a running server nobody is
 * logged in, whatever a killed server left open in the logs.
 */
public final class ClassStatus {
    private ClassStatus() {}

    public static String text(ClassInfo info, List<StudentProgress> students, Optional<ServerInfo> server,
                              Instant now, Duration stuckAfter) {
        int total = info.objectives().size();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"STUDENT", "NOW", "MODE", "OBJECTIVES", "HINTS", "COMMANDS", "IDLE", ""});
        List<String> stuck = new ArrayList<>();
        int loggedIn = 0;
        for (StudentProgress s : students) {
            List<StudentProgress.Session> open = server.isPresent() ? s.openSessions() : List.of();
            String now0;
            String mode = "-";
            String idle = "-";
            String flag = "";
            if (!open.isEmpty()) {
                loggedIn++;
                StudentProgress.Session latest = open.get(open.size() - 1);
                Instant last = open.stream().map(StudentProgress.Session::lastActivity).max(Instant::compareTo).orElse(now);
                Duration idleFor = Duration.between(last, now);
                now0 = open.size() == 1 ? "logged in" : "logged in x" + open.size();
                mode = latest.mode() == null ? "-" : latest.mode();
                idle = Durations.text(idleFor);
                if (s.firstMet().size() < total && idleFor.compareTo(stuckAfter) >= 0) {
                    flag = "stuck";
                    stuck.add(s.student() + " (" + idle + " without a command, " + (total - s.firstMet().size())
                            + " of " + total + " objectives not met)");
                }
            } else {
                now0 = s.sessions().isEmpty() ? "never" : "away";
            }
            rows.add(new String[] {s.student(), now0, mode, s.firstMet().size() + " of " + total,
                    String.valueOf(s.hints()), String.valueOf(s.commands()), idle, flag});
        }
        StringBuilder out = new StringBuilder();
        out.append("Class ").append(info.lab()).append(info.title() == null ? "" : " (" + info.title() + ")")
                .append(": ").append(students.size()).append(students.size() == 1 ? " student, " : " students, ")
                .append(loggedIn).append(" logged in now; ")
                .append(server.map(s -> "server pid " + s.pid() + " on port " + s.port() + " since "
                        + Durations.instant(Instant.parse(s.started()))).orElse("no server running"))
                .append('\n');
        out.append(Table.text(rows));
        if (!stuck.isEmpty()) {
            out.append("Stuck (no command for ").append(Durations.text(stuckAfter)).append(" or more): ")
                    .append(String.join("; ", stuck)).append('\n');
        }
        return out.toString();
    }
}
