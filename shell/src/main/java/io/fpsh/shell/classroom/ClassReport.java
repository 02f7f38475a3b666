package io.fpsh.shell.classroom;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code fpsh classroom report DIR}: per student, which objective was met and when (first met), after how many
 * hints and commands, with the totals, sessions, time logged in and the seed their lab was drawn from (so the
 * instructor can open the same lab). The same rows as Markdown, self-contained HTML and CSV.
 */
public final class ClassReport {
    private final ClassInfo info;
    private final List<StudentProgress> students;
    private final Instant now;

    public ClassReport(ClassInfo info, List<StudentProgress> students, Instant now) {
        this.info = info;
        this.students = List.copyOf(students);
        this.now = now;
    }

    /** One student's line of the summary. */
    private String[] summary(StudentProgress s) {
        return new String[] {s.student(), s.firstMet().size() + " of " + info.objectives().size(),
                String.valueOf(s.hints()), String.valueOf(s.commands()), String.valueOf(s.sessions().size()),
                Durations.text(s.timeLoggedIn(now)), s.seed() == null ? "" : String.valueOf(s.seed())};
    }

    private static final String[] SUMMARY = {"Student", "Objectives met", "Hints", "Commands", "Sessions",
            "Time logged in", "Seed"};
    private static final String[] DETAIL = {"Objective", "Met", "First met (UTC)", "Hints then", "Commands then"};

    private List<String[]> details(StudentProgress s) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i <= info.objectives().size(); i++) {
            StudentProgress.Met met = s.firstMet().get(i);
            rows.add(new String[] {i + ". " + info.objectives().get(i - 1), met == null ? "no" : "yes",
                    met == null ? "" : Durations.instant(met.at()), met == null ? "" : String.valueOf(met.hints()),
                    met == null ? "" : String.valueOf(met.commands())});
        }
        return rows;
    }

    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Class report: ").append(info.lab()).append(info.title() == null ? "" : ": " + info.title())
                .append("\n\n").append("Written ").append(Durations.instant(now)).append(". ")
                .append(students.size()).append(" students; ").append(info.objectives().size())
                .append(" objectives, each counted once met (a reset or a server restart does not take it back).\n\n");
        markdownTable(out, SUMMARY, students.stream().map(this::summary).toList());
        for (StudentProgress s : students) {
            out.append("\n## ").append(s.student()).append("\n\n");
            markdownTable(out, DETAIL, details(s));
        }
        return out.toString();
    }

    private static void markdownTable(StringBuilder out, String[] heading, List<String[]> rows) {
        out.append(markdownRow(heading));
        out.append("|").append("---|".repeat(heading.length)).append('\n');
        rows.forEach(r -> out.append(markdownRow(r)));
    }

    private static String markdownRow(String[] cells) {
        StringBuilder row = new StringBuilder("|");
        for (String cell : cells) {
            row.append(' ').append(cell.replace("|", "\\|")).append(" |");
        }
        return row.append('\n').toString();
    }

    public String html() {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
                .append(escape("Class report: " + info.lab())).append("</title>\n<style>")
                .append("body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}")
                .append("th,td{border:1px solid #999;padding:.3em .6em;text-align:left}th{background:#eee}")
                .append("td.yes{background:#d8f5d0}td.no{background:#f8dcdc}")
                .append("</style></head><body>\n<h1>").append(escape("Class report: " + info.lab()
                        + (info.title() == null ? "" : ": " + info.title()))).append("</h1>\n<p>")
                .append(escape("Written " + Durations.instant(now) + ". " + students.size() + " students; "
                        + info.objectives().size() + " objectives, each counted once met."))
                .append("</p>\n");
        htmlTable(out, SUMMARY, students.stream().map(this::summary).toList());
        for (StudentProgress s : students) {
            out.append("<h2>").append(escape(s.student())).append("</h2>\n");
            htmlTable(out, DETAIL, details(s));
        }
        return out.append("</body></html>\n").toString();
    }

    private static void htmlTable(StringBuilder out, String[] heading, List<String[]> rows) {
        out.append("<table><tr>");
        for (String h : heading) {
            out.append("<th>").append(escape(h)).append("</th>");
        }
        out.append("</tr>\n");
        for (String[] row : rows) {
            out.append("<tr>");
            for (String cell : row) {
                String kind = cell.equals("yes") || cell.equals("no") ? " class=\"" + cell + "\"" : "";
                out.append("<td").append(kind).append('>').append(escape(cell)).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</table>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** One row per student and objective (RFC 4180), the student's totals repeated on each. */
    public String csv() {
        StringBuilder out = new StringBuilder("student,objective,description,met,first_met_at,hints_then,commands_then,"
                + "hints,commands,sessions,seconds_logged_in,seed\r\n");
        for (StudentProgress s : students) {
            for (int i = 1; i <= info.objectives().size(); i++) {
                StudentProgress.Met met = s.firstMet().get(i);
                List<String> cells = List.of(s.student(), String.valueOf(i), info.objectives().get(i - 1),
                        met == null ? "no" : "yes", met == null ? "" : Durations.instant(met.at()),
                        met == null ? "" : String.valueOf(met.hints()), met == null ? "" : String.valueOf(met.commands()),
                        String.valueOf(s.hints()), String.valueOf(s.commands()), String.valueOf(s.sessions().size()),
                        String.valueOf(s.timeLoggedIn(now).getSeconds()), s.seed() == null ? "" : String.valueOf(s.seed()));
                out.append(String.join(",", cells.stream().map(ClassReport::csvCell).toList())).append("\r\n");
            }
        }
        return out.toString();
    }

    private static String csvCell(String cell) {
        // a leading = + - @ would be a formula to a spreadsheet: quoted with a ' first, as OWASP advises
        String safe = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
